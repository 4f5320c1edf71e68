// Ego network: entities within n hops either way, induced relations, visibility and bad input.
import { describe, expect, it } from 'vitest';
import { testGraph } from '../formats/testGraph';
import { UnknownEntityError } from './analysisError';
import { egoNetwork } from './egoNetwork';

function path() {
  return testGraph(['a', 'b', 'c', 'd', 'e'], [
    { id: 'ab', source: 'a', target: 'b' },
    { id: 'cb', source: 'c', target: 'b' },
    { id: 'cd', source: 'c', target: 'd', directed: false },
    { id: 'de', source: 'd', target: 'e' },
    { id: 'ac', source: 'a', target: 'c' },
  ]);
}

describe('egoNetwork', () => {
  it('takes the entities within n hops, whichever way relations point, with their distances', () => {
    const ego = egoNetwork(path(), 'b', 1);
    expect([...ego.nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...ego.distance]).toEqual([
      ['b', 0],
      ['a', 1],
      ['c', 1],
    ]);
    expect([...egoNetwork(path(), 'b', 2).nodes].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(egoNetwork(path(), 'b', 3).distance.get('e')).toBe(3);
  });

  it('includes every relation among the chosen entities, and only those', () => {
    expect([...egoNetwork(path(), 'b', 1).edges].sort()).toEqual(['ab', 'ac', 'cb']);
    expect([...egoNetwork(path(), 'e', 0).nodes]).toEqual(['e']);
    expect([...egoNetwork(path(), 'e', 0).edges]).toEqual([]);
  });

  it('walks only the visible part', () => {
    const visible = { nodes: new Set(['a', 'b', 'c', 'd', 'e']), edges: new Set(['ab', 'cd', 'de']) };
    expect([...egoNetwork(path(), 'a', 3, visible).nodes]).toEqual(['a', 'b']);
    expect(egoNetwork(path(), 'a', 1, { nodes: new Set(['b']), edges: new Set(['ab']) }).nodes.size).toBe(0);
  });

  it('throws UnknownEntityError for an unknown centre', () => {
    expect(() => egoNetwork(path(), 'zz', 1)).toThrow(UnknownEntityError);
    expect(() => egoNetwork(path(), 'zz', 1)).toThrow('id: unknown entity "zz"');
  });
});
