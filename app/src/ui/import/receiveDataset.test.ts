// A dataset received in chunks builds the same graph, link index and overview topology as loading it whole.
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../../scripts/gen/synthetic';
import raw from '../../generated/dataset.json';
import { compiledDataset, type CompiledDataset } from '../../model/schema';
import { totalElements } from '../../model/scale/budget';
import { topologyOf, topologyOfSerialized } from '../../model/scale/topology';
import { IMPORT_CHUNK } from '../../workers/importMessages';
import { loadCompiledDataset } from './loadCompiled';
import { receiveDataset } from './receiveDataset';

/** The dataset as the worker sends it: a head with empty lists, then chunks of `size` nodes, then of edges. */
function inChunks(whole: CompiledDataset, size: number, withShape = false) {
  const copy = structuredClone(whole);
  const shape = withShape ? topologyOfSerialized(copy.graph.nodes, copy.graph.edges) : undefined;
  const receiver = receiveDataset({ ...copy, graph: { ...copy.graph, nodes: [], edges: [] } }, shape);
  for (let i = 0; i < copy.graph.nodes.length; i += size) receiver.nodes(copy.graph.nodes.slice(i, i + size));
  for (let i = 0; i < copy.graph.edges.length; i += size) receiver.edges(copy.graph.edges.slice(i, i + size));
  return receiver.done();
}

/** The topology as topologyOf reads it from a graph nobody remembered one for, with links in a canonical order. */
const sortedTopology = (t: ReturnType<typeof topologyOf>) => ({
  ids: t.ids,
  links: Array.from(t.a, (a, i) => [a, t.b[i], t.weight[i]]).sort((x, y) => (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number)),
});

async function expectSameAsWhole(whole: CompiledDataset, size: number, withShape = false): Promise<void> {
  const { dataset, loaded } = inChunks(whole, size, withShape);
  const reference = loadCompiledDataset(structuredClone(whole));
  expect(dataset).toStrictEqual(whole);
  expect(loaded.graph.export()).toStrictEqual(reference.graph.export());
  expect(loaded.index).toStrictEqual(reference.index);
  expect(loaded.texts).toStrictEqual(reference.texts);
  expect(loaded.stories).toStrictEqual(reference.stories);
  expect(sortedTopology(topologyOf(loaded.graph))).toStrictEqual(sortedTopology(topologyOf(reference.graph)));
  // Exactly the same (link order too: Louvain's communities depend on it), and the same element total.
  expect(topologyOf(loaded.graph)).toStrictEqual(topologyOf(reference.graph));
  expect(totalElements(loaded.graph)).toBe(totalElements(reference.graph));
}

describe('receiveDataset', () => {
  it('builds the built-in dataset in chunks of 7 exactly as loading it whole (graph, index, texts, stories, topology)', async () => {
    await expectSameAsWhole(compiledDataset.parse(raw), 7);
  });

  it('does the same for a generated 2,500-entity dataset in the worker-sized chunks', async () => {
    const generated = await syntheticDataset({ nodes: 2500, edges: 6000, seed: 3 });
    expect(generated.graph.nodes.length).toBeGreaterThan(IMPORT_CHUNK);
    await expectSameAsWhole(generated, IMPORT_CHUNK);
  });

  it('does the same with the shape the worker sends in its head (topology and element total)', async () => {
    await expectSameAsWhole(await syntheticDataset({ nodes: 2500, edges: 6000, seed: 3 }), IMPORT_CHUNK, true);
  });

  it('forgets the gathered topology once the graph changes', () => {
    const { loaded } = inChunks(compiledDataset.parse(raw), 50);
    const before = topologyOf(loaded.graph);
    expect(topologyOf(loaded.graph)).toBe(before);
    const [a, b] = loaded.graph.nodes();
    loaded.graph.addDirectedEdgeWithKey('extra', a as string, b as string, loaded.graph.getEdgeAttributes(loaded.graph.edges()[0] as string));
    const after = topologyOf(loaded.graph);
    expect(after).not.toBe(before);
    expect(sortedTopology(after).links.reduce((n, l) => n + (l[2] as number), 0)).toBe(loaded.graph.size);
  });
});
