// Tests for search ranking in English and Chinese (both scripts), prefix and typo tolerance, and bad queries.
import { describe, expect, it } from 'vitest';
import { buildMiniGraph } from '../testing/miniGraph';
import { scaledGraph } from '../testing/scaledGraph';
import { MAX_QUERY_CHARS, addSearchSources, createSearchIndex, emptySearchIndex, search } from './searchIndex';
import { searchSources } from './sources';

const graph = buildMiniGraph();
const index = createSearchIndex(graph);
const firstEntity = (q: string) => search(index, q).entities[0]?.id;

describe('search: entities', () => {
  it('puts the entity whose alias is the query first ("musk", any case)', () => {
    expect(firstEntity('musk')).toBe('elon-musk');
    expect(firstEntity('MUSK')).toBe('elon-musk');
    expect(search(index, 'musk').entities.map((h) => h.id)).toContain('musk-lawsuit');
  });

  it('finds the Traditional name from a Simplified query and from the Traditional one', () => {
    expect(firstEntity('马斯克')).toBe('elon-musk');
    expect(firstEntity('馬斯克')).toBe('elon-musk');
  });

  it('matches the article’s variant character: 布罗克曼 finds 佈羅克曼', () => {
    expect(graph.getNodeAttribute('greg-brockman', 'aliases')).toContain('佈羅克曼');
    expect(firstEntity('布罗克曼')).toBe('greg-brockman');
    expect(firstEntity('布羅克曼')).toBe('greg-brockman');
  });

  it('matches a name by prefix ("altm" → Sam Altman)', () => {
    expect(firstEntity('altm')).toBe('sam-altman');
  });

  it('tolerates typos: swapped letters ("kohsla") and one wrong letter ("khosle")', () => {
    expect(firstEntity('kohsla')).toBe('vinod-khosla');
    expect(firstEntity('khosle')).toBe('vinod-khosla');
  });

  it('needs every word of a multi-word query when some entity has them all', () => {
    expect(search(index, 'ilya sutskever').entities.map((h) => h.id)).toEqual(['ilya-sutskever']);
  });

  it('ranks an exact alias above a decoy whose names repeat the query more often', () => {
    const g = buildMiniGraph();
    const musk = g.getNodeAttributes('elon-musk');
    g.addNode('musk-fans', { ...musk, label: 'Musk fans', labelZh: '馬斯克粉絲', aliases: ['Musk Musk fans', '馬斯克粉', 'muskfans'], mentions: [] });
    const withDecoy = createSearchIndex(g);
    const ranked = search(withDecoy, 'musk').entities.map((h) => h.id);
    expect(ranked[0]).toBe('elon-musk');
    // Both names start with "Musk": the decoy (no relations) comes after the lawsuit (more relations).
    expect(ranked.indexOf('musk-fans')).toBeGreaterThan(ranked.indexOf('musk-lawsuit'));
    expect(search(withDecoy, 'mus').entities.map((h) => h.id)).toContain('musk-fans');
  });

  it('ranks an exact name before longer names that start with it', () => {
    const ids = search(index, 'openai').entities.map((h) => h.id);
    expect(ids[0]).toBe('openai');
    expect(ids).toContain('openai-board-crisis');
  });

  it('finds a partial Chinese name inside a longer one', () => {
    expect(search(index, '宫斗').entities.map((h) => h.id)).toContain('openai-board-crisis');
  });
});

describe('search: relations', () => {
  it('finds relations by English summary words and by type label', () => {
    expect(search(index, 'sour grapes').relations.map((h) => h.id)).toEqual(['khosla-criticized-musk']);
    const sued = search(index, 'sued').relations.map((h) => h.id);
    expect(sued).toEqual(expect.arrayContaining(['musk-sued-openai', 'musk-sued-altman']));
  });

  it('finds relations by a Simplified query against the Traditional summary and type label', () => {
    const ids = search(index, '起诉').relations.map((h) => h.id);
    expect(ids).toEqual(expect.arrayContaining(['musk-sued-openai', 'musk-sued-altman']));
    expect(search(index, '合作伙伴').relations.map((h) => h.id)).toContain('microsoft-partner-openai');
  });

  it('returns hits sorted by descending score', () => {
    const scores = search(index, 'musk').relations.map((h) => h.score);
    expect(scores.length).toBeGreaterThan(1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('search: limits and bad input', () => {
  it('returns empty lists for an empty or blank query', () => {
    expect(search(index, '')).toEqual({ entities: [], relations: [], totalEntities: 0, totalRelations: 0 });
    expect(search(index, '  \n\t ')).toEqual({ entities: [], relations: [], totalEntities: 0, totalRelations: 0 });
    expect(search(index, '?!—')).toEqual({ entities: [], relations: [], totalEntities: 0, totalRelations: 0 });
  });

  it('caps each list at the limit', () => {
    expect(search(index, 'openai', { limit: 1 }).relations).toHaveLength(1);
    expect(search(index, 'openai', { limit: 0 })).toEqual({ entities: [], relations: [], totalEntities: 0, totalRelations: 0 });
  });

  it('reads only the first MAX_QUERY_CHARS characters of a huge query', () => {
    const head = 'khosla ';
    const huge = head + 'x'.repeat(10_000);
    expect(huge.length).toBeGreaterThan(MAX_QUERY_CHARS);
    expect(search(index, huge).entities[0]?.id).toBe('vinod-khosla');
    const tail = 'y'.repeat(MAX_QUERY_CHARS) + ' khosla';
    expect(search(index, tail).entities).toEqual([]);
  });

  it('survives strings that are not words: lone surrogates, control and bidi characters', () => {
    for (const q of ['\ud800', '\u0000musk', '\u202emusk', 'musk\u200d']) {
      expect(() => search(index, q)).not.toThrow();
    }
    expect(firstEntity('\u202emusk')).toBe('elon-musk');
  });
});

describe('search at size: capped, ranked, built in chunks', () => {
  const big = scaledGraph(3000, 6000);
  const bigIndex = createSearchIndex(big);

  it('returns at most `limit` entities and says how many matched in all', () => {
    const r = search(bigIndex, 'alpha', { limit: 50 });
    expect(r.entities).toHaveLength(50);
    expect(r.totalEntities).toBe(big.filterNodes((_id, a) => a.label.startsWith('Alpha ')).length);
    expect(r.totalEntities).toBeGreaterThan(200);
  });

  it('ranks an exact name first, then names starting with the query, then the rest', () => {
    const ids = search(bigIndex, 'alpha 12', { limit: 50 }).entities.map((h) => h.id);
    expect(ids[0]).toBe('e12');
    const exact = search(bigIndex, 'Alpha 1200', { limit: 50 }).entities.map((h) => h.id);
    expect(exact[0]).toBe('e1200');
  });

  it('breaks ties between equally good name matches by degree (more relations first)', () => {
    // Every "Alpha n" name starts with "alpha": one tier, so the order is by degree; e0 is the hub.
    const hits = search(bigIndex, 'alpha', { limit: 50 }).entities.map((h) => h.id);
    expect(hits[0]).toBe('e0');
    const degrees = hits.map((id) => big.degree(id));
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
  });

  it('gives the same answers when built from chunks of sources as when built at once', () => {
    const chunked = emptySearchIndex();
    const all = [...searchSources(big)];
    for (let i = 0; i < all.length; i += 1000) addSearchSources(chunked, all.slice(i, i + 1000));
    for (const q of ['alpha', 'juniper 77', '實體12', 'relation 5', 'kestrl']) expect(search(chunked, q, { limit: 50 })).toEqual(search(bigIndex, q, { limit: 50 }));
  });
});
