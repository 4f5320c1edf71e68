// Checks that the mini test graph is a valid, realistic dataset whose offsets really point at its quotes.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compiledDataset } from '../schema';
import { MINI_SOURCE_ID, MINI_TEXT, MINI_TEXT_SHA256, buildMiniGraph, miniDataset } from './miniGraph';
import { anchoredOnly } from './anchored';

describe('miniGraph', () => {
  it('is a valid compiled dataset under the zod schema', () => {
    expect(compiledDataset.safeParse(miniDataset()).success).toBe(true);
  });

  it('records the real sha256 and length of its source text', () => {
    const source = miniDataset().graph.attributes.sources[0];
    expect(createHash('sha256').update(MINI_TEXT, 'utf8').digest('hex')).toBe(MINI_TEXT_SHA256);
    expect(source?.length).toBe(MINI_TEXT.length);
  });

  it('locates every evidence quote at offsets whose text is the quote, with matching prefix and suffix', () => {
    const g = buildMiniGraph();
    g.forEachEdge((_id, a) => {
      for (const ev of anchoredOnly(a.evidence)) {
        expect(MINI_TEXT.slice(ev.start, ev.end)).toBe(ev.exact);
        expect(MINI_TEXT.slice(0, ev.start).endsWith(ev.prefix)).toBe(true);
        expect(MINI_TEXT.slice(ev.end).startsWith(ev.suffix)).toBe(true);
      }
    });
  });

  it('marks mentions only where the text spells one of the entity names or aliases', () => {
    const g = buildMiniGraph();
    let count = 0;
    g.forEachNode((_id, a) => {
      for (const m of a.mentions) {
        expect(m.source).toBe(MINI_SOURCE_ID);
        expect([a.label, a.labelZh, ...a.aliases]).toContain(MINI_TEXT.slice(m.start, m.end));
        count++;
      }
    });
    expect(count).toBeGreaterThan(20);
  });

  it('has the variety tests need: several kinds, parallel and undirected relations, claims, partial and missing dates', () => {
    const g = buildMiniGraph();
    expect(new Set(g.mapNodes((_n, a) => a.kind)).size).toBeGreaterThanOrEqual(5);
    expect(g.edges('elon-musk', 'openai').length + g.edges('openai', 'elon-musk').length).toBeGreaterThanOrEqual(4);
    expect(g.undirectedSize).toBeGreaterThanOrEqual(1);
    expect(g.filterEdges((_e, a) => a.status === 'claim' && a.claimedBy !== null).length).toBeGreaterThanOrEqual(2);
    expect(g.filterEdges((_e, a) => a.date === null).length).toBeGreaterThanOrEqual(2);
    expect(g.filterEdges((_e, a) => a.date !== null && a.date.length === 4).length).toBeGreaterThanOrEqual(1);
    expect(g.filterEdges((_e, a) => a.dateEnd !== null).length).toBeGreaterThanOrEqual(1);
  });

  it('returns an independent graph on each call', () => {
    const a = buildMiniGraph();
    a.dropNode('elon-musk');
    expect(buildMiniGraph().hasNode('elon-musk')).toBe(true);
  });
});
