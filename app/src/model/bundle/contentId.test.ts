// The content id's canonical JSON, written without toBundle or a replacer, is byte for byte the reference one (so ids stay).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import raw from '../../generated/dataset.json';
import { arbitraryGraph, arbitraryText } from '../formats/arbitraryGraph';
import { compiledDataset, type CompiledDataset, type CompiledSource, type SerializedGraph } from '../schema';
import { canonicalDatasetJson, canonicalJson, datasetContentId } from './contentId';
import { sha256OfText } from './sha256';
import { toBundle } from './toBundle';

/** The id's text as earlier versions wrote it (the oracle): the whole bundle copy, keys sorted by a replacer. */
const reference = (dataset: CompiledDataset): string => canonicalJson({ ...toBundle(dataset), stories: [] });

const builtIn: CompiledDataset = compiledDataset.parse(raw);

const optionalSource = fc.record(
  {
    published: fc.constantFrom('2015', '2015-12-11'),
    url: arbitraryText(false),
    publisher: arbitraryText(false),
    note: fc.record({ en: arbitraryText(false), zh: arbitraryText(false) }),
    sha256: fc.constant('0'.repeat(64)),
  },
  { requiredKeys: [] },
);

/** Random datasets: hostile text everywhere, optional fields present or not, anchored and unanchored evidence. */
const arbitraryDataset = fc
  .record({
    graph: arbitraryGraph(false),
    sources: fc.array(fc.tuple(arbitraryText(false), optionalSource, fc.option(arbitraryText(false), { nil: undefined })), { maxLength: 3 }),
    phone: fc.array(fc.option(fc.tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true })), { nil: undefined }), { maxLength: 7 }),
    unanchored: fc.array(fc.boolean(), { maxLength: 9 }),
  })
  .map(({ graph, sources, phone, unanchored }): CompiledDataset => {
    const g = graph.export() as unknown as SerializedGraph;
    const texts: Record<string, string> = {};
    const compiled: CompiledSource[] = sources.map(([id, optional, text], i) => {
      const key = `s${i}${id}`;
      if (text !== undefined) Object.defineProperty(texts, key, { value: text, enumerable: true, writable: true, configurable: true });
      return { id: key, title: { en: id, zh: `${id}zh` }, language: 'en', ...optional };
    });
    g.attributes = { ...g.attributes, sources: compiled };
    g.nodes.forEach((n, i) => {
      const p = phone[i];
      if (p !== undefined) Object.assign(n.attributes, { px: p[0], py: p[1] });
    });
    g.edges.forEach((e, i) => {
      if (unanchored[i] === true) e.attributes.evidence = e.attributes.evidence.map((ev) => ({ source: ev.source, exact: ev.exact, anchored: false as const }));
    });
    return { graph: g, texts };
  });

describe('datasetContentId', () => {
  it('hashes the same text as the reference on the built-in dataset (its id is unchanged)', async () => {
    expect(canonicalDatasetJson(builtIn)).toBe(reference(builtIn));
    expect(await datasetContentId(builtIn)).toBe((await sha256OfText(reference(builtIn))).slice(0, 16));
  });

  it('hashes the same text as the reference on random datasets (optional fields, hostile text, both evidence forms)', () => {
    fc.assert(
      fc.property(arbitraryDataset, (dataset) => {
        expect(canonicalDatasetJson(dataset)).toBe(reference(dataset));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves stories out and changes with the data', async () => {
    const id = await datasetContentId(builtIn);
    expect(await datasetContentId({ ...builtIn, stories: [] })).toBe(id);
    const renamed = structuredClone(builtIn);
    (renamed.graph.nodes[0] as { attributes: { label: string } }).attributes.label += '!';
    expect(await datasetContentId(renamed)).not.toBe(id);
  });
});
