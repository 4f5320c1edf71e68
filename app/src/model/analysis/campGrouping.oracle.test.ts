// groupCamps keeps camp sizes and links between steps; it must group exactly as the former recounting version did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupCampsReference } from '../testing/campGroupingReference';
import { groupCamps } from './campGrouping';
import type { SignedTie, TieIndex } from './signedTies';

/** A tie index like signedTies builds: each tie listed under both of its ends, in tie order. */
function tieIndex(pairs: readonly { a: number; b: number; positive: boolean }[]): TieIndex {
  const index: TieIndex = new Map();
  pairs.forEach(({ a, b, positive }, i) => {
    if (a === b) return;
    const tie: SignedTie = { id: `r${i}`, key: `r${i}`, a: `n${a}`, b: `n${b}`, sign: positive ? 1 : -1, credits: [] };
    for (const end of [tie.a, tie.b]) index.set(end, [...(index.get(end) ?? []), tie]);
  });
  return index;
}

/** groupCamps and the former version agree on camps and on shared-opponent placements (in order). */
function expectSameAsReference(pairs: readonly { a: number; b: number; positive: boolean }[], seed: number): void {
  const ties = tieIndex(pairs);
  const got = groupCamps(ties, seed);
  const want = groupCampsReference(ties, seed);
  expect([...got.campOf]).toEqual([...want.campOf]);
  expect([...got.sharedOpponent]).toEqual([...want.sharedOpponent]);
}

const signedGraphs = (nodes: number, maxTies: number) =>
  fc.array(fc.record({ a: fc.nat(nodes - 1), b: fc.nat(nodes - 1), positive: fc.boolean() }), { maxLength: maxTies });

describe('groupCamps against the former recounting version', () => {
  it('gives the same camps and the same shared-opponent placements on random signed graphs', () => {
    fc.assert(
      fc.property(signedGraphs(40, 120), fc.integer({ min: 1, max: 1_000 }), (pairs, seed) => expectSameAsReference(pairs, seed)),
      { numRuns: 300 },
    );
  });

  it('gives the same answer on small dense graphs (pairs tied several times with both signs, camps that split)', () => {
    fc.assert(
      fc.property(signedGraphs(8, 40), fc.integer({ min: 1, max: 1_000 }), (pairs, seed) => expectSameAsReference(pairs, seed)),
      { numRuns: 500 },
    );
  });

  it('gives the same answer on graphs mostly of oppositions (many entities placed by a shared opponent)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ a: fc.nat(59), b: fc.nat(59), positive: fc.integer({ min: 0, max: 9 }).map((n) => n === 0) }), { maxLength: 150 }),
        (pairs) => expectSameAsReference(pairs, 1),
      ),
      { numRuns: 200 },
    );
  });
});
