// The indexed computeVisibility and facetCounts give exactly what the straightforward set-based versions give (same members, same order).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMiniGraph } from './testing/miniGraph';
import { scaledGraph } from './testing/scaledGraph';
import { referenceVisibility } from './testing/visibilityReference';
import type { EvidenceGraph } from './graph';
import { computeVisibility, facetCounts, type VisibilityInput } from './visibility';
import { relationInterval } from './timeline';
import { visibilityIndex } from './visibilityIndex';

const distinct = <T,>(xs: T[]): T[] => [...new Set(xs)];

/** Random view inputs over the values `graph` really has (plus one unknown id per list). */
function inputs(graph: EvidenceGraph): fc.Arbitrary<VisibilityInput> {
  const nodes = graph.nodes();
  const edges = graph.edges();
  const values = (pick: (e: string) => string) => distinct(edges.map(pick));
  const some = (xs: string[]) => fc.subarray([...xs, 'no-such-value']);
  const month = fc.tuple(fc.integer({ min: 1998, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
  return fc.record({
    filters: fc.record({
      hiddenKinds: some(distinct(nodes.map((n) => graph.getNodeAttribute(n, 'kind')))),
      hiddenTypes: some(values((e) => graph.getEdgeAttribute(e, 'type'))),
      hiddenCategories: some(values((e) => graph.getEdgeAttribute(e, 'category'))) as fc.Arbitrary<never[]>,
      hiddenStances: some(values((e) => graph.getEdgeAttribute(e, 'stance'))) as fc.Arbitrary<never[]>,
      hiddenStatuses: some(values((e) => graph.getEdgeAttribute(e, 'status'))) as fc.Arbitrary<never[]>,
      claimant: fc.option(fc.constantFrom(...distinct(edges.map((e) => graph.getEdgeAttribute(e, 'claimedBy')).filter((c): c is string => c !== null)), nodes[0]!, 'nobody')),
    }),
    focusHops: fc.integer({ min: 0, max: 3 }),
    selection: fc.option(
      fc.oneof(
        fc.constantFrom(...nodes).map((id) => ({ kind: 'entity' as const, id })),
        fc.constantFrom(...edges).map((id) => ({ kind: 'relation' as const, id })),
        fc.constantFrom(...edges).map((id) => ({ kind: 'bundle' as const, id: graph.extremities(id).sort().join('~') })),
      ),
    ),
    time: fc.record({ from: fc.option(month), to: fc.option(month), mode: fc.constantFrom('hide' as const, 'fade' as const), showUndated: fc.boolean() }),
  });
}

function expectSame(graph: EvidenceGraph, input: VisibilityInput): void {
  const fast = computeVisibility(graph, input);
  const slow = referenceVisibility(graph, input);
  expect([...fast.nodes]).toEqual([...slow.nodes]);
  expect([...fast.edges]).toEqual([...slow.edges]);
  expect([...fast.faded]).toEqual([...slow.faded]);
  expect(fast.counts).toEqual(slow.counts);
  // The counts from the index's flags equal the counts from plain sets (a copy is not known to the index).
  const counts = facetCounts(graph, fast);
  const fromSets = facetCounts(graph, { nodes: new Set(fast.nodes), edges: new Set(fast.edges) });
  for (const facet of ['kind', 'type', 'category', 'stance', 'status', 'claimant'] as const) expect([...counts[facet]]).toEqual([...fromSets[facet]]);
}

describe('computeVisibility (indexed) matches the set-based reference', () => {
  for (const [name, graph] of [
    ['the mini dataset', buildMiniGraph()],
    ['a scaled graph (200 entities, 600 relations)', scaledGraph(200, 600, 7)],
  ] as const) {
    it(`on ${name}, for random filters, claimant, focus and time ranges`, () => {
      fc.assert(
        fc.property(inputs(graph), (input) => expectSame(graph, input)),
        { numRuns: 150, seed: 11 },
      );
    });
  }

  it('rebuilds its index when the graph changes (a relation added is filtered like the others)', () => {
    const graph = buildMiniGraph();
    const before = visibilityIndex(graph);
    const [a, b] = graph.nodes() as [string, string];
    graph.addDirectedEdgeWithKey('new-relation', a, b, { ...graph.getEdgeAttributes(graph.edges()[0]!), type: 'brand-new-type' });
    expect(visibilityIndex(graph)).not.toBe(before);
    const none = { hiddenKinds: [], hiddenTypes: [], hiddenCategories: [], hiddenStances: [], hiddenStatuses: [], claimant: null };
    const input: VisibilityInput = { filters: { ...none, hiddenTypes: ['brand-new-type'] }, focusHops: 0, selection: null, time: { from: null, to: null, mode: 'hide', showUndated: true } };
    expect(computeVisibility(graph, input).edges.has('new-relation')).toBe(false);
    expectSame(graph, input);
  });
});

describe('visibilityIndex day keys', () => {
  it('equal relationInterval for every relation, each distinct date string parsed once (repeats, partial, reversed, unreadable, undated)', () => {
    const pool = [null, '2015', '2015-03', '2015-03-09', '2014-12-31', '1999-07', 'not a date', '2015-13', '2016-02-30x'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom(...pool)), { minLength: 1, maxLength: 40 }), (dates) => {
        const graph = buildMiniGraph();
        const [a, b] = graph.nodes() as [string, string];
        const template = graph.getEdgeAttributes(graph.edges()[0]!);
        graph.clearEdges();
        dates.forEach(([date, dateEnd], i) => graph.addDirectedEdgeWithKey(`d${i}`, a, b, { ...template, date, dateEnd: date === null ? null : dateEnd }));
        const ix = visibilityIndex(graph);
        dates.forEach(([date, dateEnd], i) => {
          let expected: [number, number] | null | 'bad';
          try {
            expected = relationInterval(date, date === null ? null : dateEnd);
          } catch {
            expected = 'bad';
          }
          expect(ix.badDate[i]).toBe(expected === 'bad' ? 1 : 0);
          expect([ix.start[i], ix.end[i]]).toEqual(expected === null || expected === 'bad' ? [NaN, NaN] : expected);
        });
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});
