// Centrality: known values on a star and a path, parallel relations counted once, ranking ties, visibility.
import { describe, expect, it } from 'vitest';
import { testGraph } from '../formats/testGraph';
import { centrality } from './centrality';

function star() {
  return testGraph(['hub', 'l1', 'l2', 'l3', 'l4'], [
    { id: 'e1', source: 'hub', target: 'l1' },
    { id: 'e2', source: 'l2', target: 'hub' },
    { id: 'e3', source: 'hub', target: 'l3', directed: false },
    { id: 'e4', source: 'hub', target: 'l4' },
    { id: 'e4b', source: 'l4', target: 'hub', status: 'claim', claimedBy: 'l4' },
  ]);
}

describe('centrality', () => {
  it('degree: the hub of a star links to all, leaves to one; parallel relations count once', () => {
    const { scores } = centrality(star(), 'degree');
    expect(scores.get('hub')).toBe(1);
    expect(scores.get('l4')).toBe(0.25);
    expect(scores.get('l1')).toBe(0.25);
  });

  it('betweenness: the hub of a star lies on every path (1), leaves on none (0); the middle of a path is 1', () => {
    const { scores } = centrality(star(), 'betweenness');
    expect(scores.get('hub')).toBeCloseTo(1, 10);
    expect(scores.get('l2')).toBe(0);
    const path = testGraph(['a', 'b', 'c'], [
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'bc', source: 'b', target: 'c' },
    ]);
    expect(centrality(path, 'betweenness').scores.get('b')).toBeCloseTo(1, 10);
  });

  it('pagerank: scores sum to 1 and the hub ranks first; the doubly linked leaf outranks the others', () => {
    const { scores, ranking } = centrality(star(), 'pagerank');
    expect([...scores.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(ranking[0]?.id).toBe('hub');
    expect(scores.get('l4')).toBeGreaterThan(scores.get('l1') as number);
  });

  it('ranks highest first; equal scores share a rank and are ordered by id', () => {
    const { ranking } = centrality(star(), 'degree');
    expect(ranking.map((r) => [r.id, r.rank])).toEqual([
      ['hub', 1],
      ['l1', 2],
      ['l2', 2],
      ['l3', 2],
      ['l4', 2],
    ]);
  });

  it('scores only the visible part, isolated visible entities at 0', () => {
    const visible = { nodes: new Set(['hub', 'l1', 'l2']), edges: new Set(['e1']) };
    const { scores } = centrality(star(), 'degree', visible);
    expect([...scores.keys()]).toEqual(['hub', 'l1', 'l2']);
    expect(scores.get('l2')).toBe(0);
    expect(scores.get('hub')).toBe(0.5);
    expect(centrality(testGraph([]), 'pagerank').ranking).toEqual([]);
  });
});
