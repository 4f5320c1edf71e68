// Shortest paths: order of hops, k paths on ties, parallel relations, facts only, visibility, bad input.
import { describe, expect, it } from 'vitest';
import { testGraph } from '../formats/testGraph';
import { UnknownEntityError } from './analysisError';
import { shortestPaths } from './shortestPaths';

describe('shortestPaths', () => {
  it('lists the hops of a path graph in order, following relations against their direction too', () => {
    const graph = testGraph(['a', 'b', 'c', 'd'], [
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'cb', source: 'c', target: 'b' },
      { id: 'cd', source: 'c', target: 'd', directed: false },
    ]);
    const paths = shortestPaths(graph, 'a', 'd');
    expect(paths).toEqual([
      {
        nodes: ['a', 'b', 'c', 'd'],
        hops: [
          { from: 'a', to: 'b', edgeId: 'ab', alternatives: [] },
          { from: 'b', to: 'c', edgeId: 'cb', alternatives: [] },
          { from: 'c', to: 'd', edgeId: 'cd', alternatives: [] },
        ],
      },
    ]);
  });

  it('returns both shortest paths of a diamond, then the next longer one, at most k', () => {
    const graph = testGraph(['a', 'b', 'c', 'd', 'e', 'f'], [
      { id: 'ac', source: 'a', target: 'c' },
      { id: 'cd', source: 'c', target: 'd' },
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'bd', source: 'b', target: 'd' },
      { id: 'ae', source: 'a', target: 'e' },
      { id: 'ef', source: 'e', target: 'f' },
      { id: 'fd', source: 'f', target: 'd' },
    ]);
    expect(shortestPaths(graph, 'a', 'd').map((p) => p.nodes)).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
      ['a', 'e', 'f', 'd'],
    ]);
    expect(shortestPaths(graph, 'a', 'd', { k: 2 }).map((p) => p.nodes)).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
    ]);
  });

  it('shows one relation per hop (a fact before a claim, then the smallest id) and exposes the parallel ones', () => {
    const graph = testGraph(['a', 'b'], [
      { id: 'r-claim', source: 'a', target: 'b', status: 'claim', claimedBy: 'a' },
      { id: 'r-z', source: 'a', target: 'b' },
      { id: 'r-m', source: 'b', target: 'a', directed: false },
    ]);
    expect(shortestPaths(graph, 'a', 'b')[0]?.hops).toEqual([{ from: 'a', to: 'b', edgeId: 'r-m', alternatives: ['r-z', 'r-claim'] }]);
  });

  it('with factsOnly, leaves claims out and takes the longer factual route', () => {
    const graph = testGraph(['a', 'b', 'c'], [
      { id: 'claim', source: 'a', target: 'c', status: 'claim', claimedBy: 'a' },
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'bc', source: 'b', target: 'c' },
    ]);
    expect(shortestPaths(graph, 'a', 'c')[0]?.nodes).toEqual(['a', 'c']);
    expect(shortestPaths(graph, 'a', 'c', { factsOnly: true }).map((p) => p.nodes)).toEqual([['a', 'b', 'c']]);
  });

  it('stays inside the visible part: hidden nodes or relations break paths', () => {
    const graph = testGraph(['a', 'b', 'c'], [
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'bc', source: 'b', target: 'c' },
    ]);
    expect(shortestPaths(graph, 'a', 'c', { visible: { nodes: new Set(['a', 'b', 'c']), edges: new Set(['ab']) } })).toEqual([]);
    expect(shortestPaths(graph, 'a', 'c', { visible: { nodes: new Set(['a', 'c']), edges: new Set(['ab', 'bc']) } })).toEqual([]);
  });

  it('gives one empty path from an entity to itself, none between unconnected entities', () => {
    const graph = testGraph(['a', 'b']);
    expect(shortestPaths(graph, 'a', 'a')).toEqual([{ nodes: ['a'], hops: [] }]);
    expect(shortestPaths(graph, 'a', 'b')).toEqual([]);
  });

  it('throws UnknownEntityError naming the argument and the unknown id', () => {
    const graph = testGraph(['a']);
    expect(() => shortestPaths(graph, 'a', 'nobody')).toThrow(UnknownEntityError);
    expect(() => shortestPaths(graph, 'ghost', 'a')).toThrow('from: unknown entity "ghost"');
  });
});
