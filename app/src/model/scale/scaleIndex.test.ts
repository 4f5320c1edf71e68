// The overview index's adjacency, read lazily from compressed rows, lists each entity's neighbours as the eager lists did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildScaleIndex } from './scaleIndex';
import { graphStructure } from './structure';
import type { Topology } from './topology';

/** The eager lists buildScaleIndex used to build (the oracle): per entity, [neighbour id, relations] in link order. */
function eagerAdjacency({ ids, a, b, weight }: Topology): Map<string, Array<[string, number]>> {
  const lists = ids.map((): Array<[string, number]> => []);
  for (let i = 0; i < a.length; i++) {
    lists[a[i] as number]?.push([ids[b[i] as number] as string, weight[i] as number]);
    lists[b[i] as number]?.push([ids[a[i] as number] as string, weight[i] as number]);
  }
  return new Map(ids.map((id, i) => [id, lists[i] as Array<[string, number]>]));
}

/** Random simple topologies: up to 30 entities, each unordered pair linked at most once, weights 1–5. */
const arbitraryTopology = fc
  .integer({ min: 1, max: 30 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      links: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 5 })), { selector: ([x, y]) => `${Math.min(x, y)}~${Math.max(x, y)}`, maxLength: 80 }),
    }),
  )
  .map(({ n, links }): Topology => {
    const kept = links.filter(([x, y]) => x !== y).map(([x, y, w]) => [Math.min(x, y), Math.max(x, y), w] as const);
    return {
      ids: Array.from({ length: n }, (_v, i) => `e${i}`),
      a: Uint32Array.from(kept, (l) => l[0]),
      b: Uint32Array.from(kept, (l) => l[1]),
      weight: Uint32Array.from(kept, (l) => l[2]),
    };
  });

describe('buildScaleIndex adjacency', () => {
  it('gives every entity the neighbours and relation counts of the eager lists, in the same order', () => {
    fc.assert(
      fc.property(arbitraryTopology, (topology) => {
        const index = buildScaleIndex(topology, graphStructure(topology, () => {}, false), false);
        const expected = eagerAdjacency(topology);
        expect(index.adjacency.size).toBe(topology.ids.length);
        for (const id of topology.ids) {
          expect(index.adjacency.has(id)).toBe(true);
          expect(index.adjacency.get(id)).toEqual(expected.get(id));
          expect(index.degree.get(id)).toBe((expected.get(id) ?? []).reduce((sum, [, w]) => sum + w, 0));
        }
        expect(new Map(index.adjacency)).toEqual(expected);
        expect(index.adjacency.get('not-an-entity')).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
