// The split search index (one MiniSearch for entities, one for relations) against the one index it replaced: same hits, scores, order and totals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMiniGraph } from '../testing/miniGraph';
import { scaledGraph } from '../testing/scaledGraph';
import { createOneIndex, searchOneIndex } from '../testing/searchOneIndex';
import { createSearchIndex, search, searchInParts } from './searchIndex';

const mini = buildMiniGraph();
const big = scaledGraph(1500, 4000);
const cases = [
  { name: 'the built-in mini graph', graph: mini, old: createOneIndex(mini), split: createSearchIndex(mini) },
  { name: 'a scaled graph (1,500 entities, 4,000 relations)', graph: big, old: createOneIndex(big), split: createSearchIndex(big) },
];

/** Words the queries are made of: names, aliases, summary words, type labels, in both scripts, cut and misspelt below. */
function wordsOf(graph: ReturnType<typeof buildMiniGraph>): string[] {
  const words = new Set<string>();
  graph.forEachNode((_id, a) => [a.label, a.labelZh, ...a.aliases].forEach((s) => s.split(/\s+/u).forEach((w) => words.add(w))));
  graph.forEachEdge((_id, a) => `${a.summaryEn} ${a.summaryZh} ${a.type}`.split(/\s+/u).forEach((w) => words.add(w)));
  return [...words].filter((w) => w !== '').slice(0, 400);
}

/** A query: 1–4 words, each whole, cut to a prefix, with two letters swapped or one changed; or noise. */
const queryOf = (words: string[]) =>
  fc.oneof(
    fc
      .array(
        fc.tuple(fc.constantFrom(...words), fc.nat(), fc.constantFrom('whole', 'prefix', 'swap', 'typo')).map(([w, n, how]) => {
          const chars = [...w];
          const i = chars.length > 1 ? n % (chars.length - 1) : 0;
          if (how === 'prefix') return chars.slice(0, 1 + (n % chars.length)).join('');
          if (how === 'swap' && chars.length > 1) [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
          if (how === 'typo') chars[i] = 'x';
          return chars.join('');
        }),
        { minLength: 1, maxLength: 4 },
      )
      .map((ws) => ws.join(' ')),
    fc.string({ maxLength: 12 }),
  );

describe('split search index vs the one index (oracle)', () => {
  for (const c of cases) {
    it(`answers every query exactly as before on ${c.name}`, () => {
      fc.assert(
        fc.property(queryOf(wordsOf(c.graph)), fc.constantFrom(1, 20, 50), (q, limit) => {
          expect(search(c.split, q, { limit })).toEqual(searchOneIndex(c.old, q, { limit }));
        }),
        { numRuns: 300, seed: 11 },
      );
    });
  }

  it('gives the entities before the relations are searched, and the same whole answer in parts', () => {
    const { split, old } = cases[1]!;
    for (const q of ['alpha', 'juniper 77', 'relation 5', 'kestrl', 'zzzz alpha', 'e0 e1']) {
      const parts = searchInParts(split, q, { limit: 50 });
      const whole = searchOneIndex(old, q, { limit: 50 });
      expect({ entities: parts.entities, totalEntities: parts.totalEntities }).toEqual({ entities: whole.entities, totalEntities: whole.totalEntities });
      expect(parts.relations()).toEqual({ relations: whole.relations, totalRelations: whole.totalRelations });
    }
  });
});
