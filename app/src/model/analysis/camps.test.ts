// Camps: two clear sides with cross opposition, merging, shared opponents, neutral ties, explanations, determinism.
import { describe, expect, it } from 'vitest';
import { testGraph, type TestEdge } from '../formats/testGraph';
import { camps } from './camps';

const plus = (id: string, source: string, target: string): TestEdge => ({ id, source, target, stance: 'supports' });
const minus = (id: string, source: string, target: string): TestEdge => ({ id, source, target, stance: 'opposes' });

function twoSides(extra: TestEdge[] = [], extraNodes: string[] = []) {
  return testGraph(
    ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', ...extraNodes],
    [
      plus('pa12', 'a1', 'a2'),
      plus('pa13', 'a1', 'a3'),
      plus('pa23', 'a2', 'a3'),
      plus('pb12', 'b1', 'b2'),
      plus('pb13', 'b1', 'b3'),
      plus('pb23', 'b2', 'b3'),
      plus('pa1b', 'a1', 'a2'),
      minus('n11', 'a1', 'b1'),
      minus('n22', 'b2', 'a2'),
      minus('n1b2', 'a1', 'b2'),
      ...extra,
    ],
  );
}

describe('camps', () => {
  it('finds two clear camps with the negative ties between them, each named after its most central member', () => {
    const result = camps(twoSides());
    expect(result.camps.map((c) => c.members)).toEqual([
      ['a1', 'a2', 'a3'],
      ['b2', 'b1', 'b3'],
    ]);
    expect(result.camps[0]?.label).toEqual({ en: 'Label a1', zh: '標籤 a1' });
    for (const assignment of result.assignments.values()) expect(assignment.tensions).toEqual([]);
  });

  it('explains each assignment by its relations: supports inside its camp, oppositions against others', () => {
    const a1 = camps(twoSides()).assignments.get('a1');
    expect(a1).toEqual({ camp: 'a1', reason: 'positive-ties', inside: ['pa12', 'pa13', 'pa1b'], against: ['n11', 'n1b2'], via: [], tensions: [] });
  });

  it('places an entity with the side its signed ties favour and lists the support that does not fit as a tension', () => {
    // x supports a1 once but opposes a2 and a3, and supports b1 and b2: it belongs with the b side.
    const result = camps(twoSides([plus('xa1', 'x', 'a1'), minus('xa2', 'x', 'a2'), minus('xa3', 'x', 'a3'), plus('xb1', 'x', 'b1'), plus('xb2', 'x', 'b2')], ['x']));
    const x = result.assignments.get('x');
    expect(x?.camp).toBe(result.assignments.get('b1')?.camp);
    expect(x?.inside).toEqual(['xb1', 'xb2']);
    expect(x?.tensions).toEqual(['xa1']);
  });

  it('puts an entity with only negative ties beside the camp opposing whom it opposes, citing that opposition', () => {
    const result = camps(twoSides([minus('kb', 'k', 'b1')], ['k']));
    const k = result.assignments.get('k');
    expect(k?.camp).toBe('a1');
    expect(k?.reason).toBe('shared-opponent');
    expect(k?.against).toEqual(['kb']);
    expect(k?.via).toEqual(['n11', 'n1b2', 'n22']);
  });

  it('merges groups tied only by support into one camp', () => {
    const graph = testGraph(['a', 'b', 'c', 'd', 'e', 'f'], [
      plus('ab', 'a', 'b'),
      plus('bc', 'b', 'c'),
      plus('ca', 'c', 'a'),
      plus('de', 'd', 'e'),
      plus('ef', 'e', 'f'),
      plus('fd', 'f', 'd'),
      plus('cd', 'c', 'd'),
    ]);
    expect(camps(graph).camps.map((c) => c.members.length)).toEqual([6]);
  });

  it('ignores neutral relations: entities with no signed tie stay unassigned', () => {
    const result = camps(twoSides([{ id: 'neutral', source: 'n', target: 'a1', stance: 'neutral' }], ['n']));
    expect(result.unassigned).toEqual(['n']);
    expect(result.assignments.has('n')).toBe(false);
  });

  it('counts only visible relations, and gives the same answer on every run', () => {
    const graph = twoSides();
    const visible = { nodes: new Set(graph.nodes()), edges: new Set(['pa12', 'n11']) };
    const result = camps(graph, visible);
    expect(result.unassigned).toEqual(['a3', 'b2', 'b3']);
    expect(result.assignments.get('a2')?.camp).toBe(result.assignments.get('a1')?.camp);
    expect(result.assignments.get('b1')?.camp).not.toBe(result.assignments.get('a1')?.camp);
    expect(camps(graph)).toEqual(camps(graph));
  });
});
