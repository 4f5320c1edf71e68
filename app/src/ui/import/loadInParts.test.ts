// A stored dataset built in short tasks gives the same model as loading it in one go.
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../../scripts/gen/synthetic';
import raw from '../../generated/dataset.json';
import { compiledDataset, type CompiledDataset } from '../../model/schema';
import { topologyOf } from '../../model/scale/topology';
import { loadCompiledDataset } from './loadCompiled';
import { loadInParts } from './loadInParts';

async function expectSame(dataset: CompiledDataset): Promise<void> {
  const parts = await loadInParts(structuredClone(dataset));
  const whole = loadCompiledDataset(structuredClone(dataset));
  expect(parts.graph.export()).toStrictEqual(whole.graph.export());
  expect(parts.index).toStrictEqual(whole.index);
  expect(parts.texts).toStrictEqual(whole.texts);
  expect(parts.stories).toStrictEqual(whole.stories);
  expect(topologyOf(parts.graph)).toStrictEqual(topologyOf(whole.graph));
}

describe('loadInParts', () => {
  it('builds the built-in dataset exactly as loadCompiledDataset does (graph, index, texts, stories, topology)', async () => {
    await expectSame(compiledDataset.parse(raw));
  });

  it('does the same for a generated 2,500-entity dataset (several chunks of nodes and edges)', async () => {
    await expectSame(await syntheticDataset({ nodes: 2500, edges: 6000, seed: 4 }));
  });
});
