// Round trips: the built-in dataset and random datasets survive toBundle → JSON → fromBundle unchanged, with no issue.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import raw from '../../generated/dataset.json';
import { evidenceSelector, findMentions } from '../data/locate';
import { arbitraryGraph } from '../formats/arbitraryGraph';
import { emptyReport } from '../import/report';
import { compiledDataset, type CompiledDataset, type CompiledEvidence, type SerializedGraph } from '../schema';
import { datasetContentId } from './contentId';
import { fromBundle, parseBundle } from './fromBundle';
import { isUnsafeId } from './safeIds';
import { sha256OfText } from './sha256';
import { serializeBundle, toBundle } from './toBundle';

const builtIn: CompiledDataset = compiledDataset.parse(raw);

async function roundTrip(dataset: CompiledDataset): Promise<{ back: CompiledDataset; report: ReturnType<typeof emptyReport> }> {
  const report = emptyReport();
  const back = await fromBundle(parseBundle('b.json', serializeBundle(toBundle(dataset))), report, { file: 'b.json' });
  return { back, report };
}

describe('built-in dataset round trip', () => {
  it('gives the identical graph (keys, attributes, positions), texts and evidence, without any issue', async () => {
    const { back, report } = await roundTrip(builtIn);
    expect(report.issues).toEqual([]);
    expect(back.graph).toStrictEqual(builtIn.graph);
    expect(back.texts).toStrictEqual(builtIn.texts);
    expect(report.counts.anchored).toBe(builtIn.graph.edges.reduce((n, e) => n + e.attributes.evidence.length, 0));
    expect(report.counts.unanchored).toBe(0);
  });

  it('keeps the content id through the round trip, and changes it when a position moves', async () => {
    const { back } = await roundTrip(builtIn);
    const id = await datasetContentId(builtIn);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(await datasetContentId(back)).toBe(id);
    const moved = structuredClone(builtIn);
    (moved.graph.nodes[0] as { attributes: { x: number } }).attributes.x += 1;
    expect(await datasetContentId(moved)).not.toBe(id);
  });
});

const vocabulary = builtIn.graph.attributes.vocabulary;

/** A random dataset the app could hold: arbitrary graph, one source text, quotes cut from it, mentions computed. */
const arbitraryDataset = fc
  .record({ graph: arbitraryGraph(false), text: fc.string({ unit: 'grapheme', minLength: 0, maxLength: 200 }), withText: fc.boolean() })
  .map(({ graph, text, withText }) => ({ serialized: graph.export() as unknown as SerializedGraph, text, withText }));

async function datasetFrom({ serialized, text, withText }: { serialized: SerializedGraph; text: string; withText: boolean }): Promise<CompiledDataset> {
  const g = structuredClone(serialized);
  const source = { id: 'src', title: { en: 'Source', zh: '來源' }, language: 'en', ...(withText ? { sha256: await sha256OfText(text), length: text.length } : {}) };
  g.attributes = { name: g.attributes.name, sources: [source], vocabulary };
  // Unsafe ids are renamed on import (tested in fromBundle.test.ts): leave them out of the identity property.
  g.nodes = g.nodes.filter((n) => !isUnsafeId(n.key));
  g.edges = g.edges.filter((e) => ![e.key, e.source, e.target].some(isUnsafeId));
  const keys = g.nodes.map((n) => n.key);
  g.nodes.forEach((n, i) => {
    const a = n.attributes;
    a.kind = (vocabulary.kinds[i % vocabulary.kinds.length] as { id: string }).id;
    a.mentions = withText ? findMentions('src', text, [a.label, a.labelZh, ...a.aliases]) : [];
  });
  g.edges.forEach((e, i) => {
    const a = e.attributes;
    const type = vocabulary.relationTypes[i % vocabulary.relationTypes.length] as { id: string; category: (typeof a)['category'] };
    a.type = type.id;
    a.category = type.category;
    a.claimedBy = a.claimedBy === null ? null : (keys[i % keys.length] ?? null);
    a.evidence = a.evidence.map((ev): CompiledEvidence => {
      if (!withText || text.length === 0 || !('start' in ev)) return { source: 'src', exact: ev.exact, anchored: false };
      const start = ev.start % text.length;
      const end = start + 1 + ((ev.end as number) % Math.min(20, text.length - start));
      return evidenceSelector('src', text, start, end);
    });
  });
  return { graph: g, texts: withText ? { src: text } : {} };
}

describe('random dataset round trip (fast-check)', () => {
  it('toBundle → JSON → fromBundle gives back the same graph, texts and evidence, and the same content id', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDataset, async (input) => {
        const dataset = await datasetFrom(input);
        const { back, report } = await roundTrip(dataset);
        expect(report.issues).toEqual([]);
        expect(back.graph).toStrictEqual(dataset.graph);
        expect(back.texts).toStrictEqual(dataset.texts);
        expect(await datasetContentId(back)).toBe(await datasetContentId(dataset));
      }),
      { numRuns: 60 },
    );
  });
});
