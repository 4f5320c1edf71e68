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
    expect(a1).toEqual({ camp: 'a1', reason: 'positive-ties', inside: ['pa12', 'pa13', 'pa1b'], against: ['n11', 'n1b2'], via: [], tensions: [], credits: [] });
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

describe('camps contain only actors', () => {
  // Alice wrote a memo attacking Bob; Carol backs the memo; Acme makes a widget Bob praises; Dave only attacks an event.
  const nodes = [
    'alice',
    'bob',
    'carol',
    'dave',
    { id: 'acme', kind: 'organization' as const },
    { id: 'memo', kind: 'document' as const },
    { id: 'widget', kind: 'product' as const },
    { id: 'summit', kind: 'event' as const },
  ];
  const edges: TestEdge[] = [
    { id: 'alice-authored-memo', source: 'alice', target: 'memo', type: 'authored' },
    minus('memo-attacks-bob', 'memo', 'bob'),
    plus('carol-backs-memo', 'carol', 'memo'),
    { id: 'acme-developed-widget', source: 'acme', target: 'widget', type: 'developed' },
    plus('bob-praises-widget', 'bob', 'widget'),
    minus('dave-attacks-summit', 'dave', 'summit'),
    plus('summit-backs-alice', 'summit', 'alice'),
  ];
  const nonActors = ['memo', 'widget', 'summit'];

  it('never puts a document, product or event in a camp, nor counts one as unassigned', () => {
    const result = camps(testGraph(nodes, edges));
    const members = result.camps.flatMap((c) => c.members);
    for (const id of nonActors) {
      expect(members).not.toContain(id);
      expect(result.assignments.has(id)).toBe(false);
      expect(result.unassigned).not.toContain(id);
    }
    expect(members.sort()).toEqual(['acme', 'alice', 'bob', 'carol']);
  });

  it("credits a document's stances to its author and a product's to its maker, citing the authorship", () => {
    const result = camps(testGraph(nodes, edges));
    const alice = result.assignments.get('alice');
    expect(alice?.against).toEqual(['memo-attacks-bob']);
    expect(alice?.inside).toEqual(['carol-backs-memo']);
    expect(alice?.credits).toEqual(['alice-authored-memo']);
    expect(result.assignments.get('carol')?.camp).toBe(alice?.camp);
    expect(result.assignments.get('acme')?.inside).toEqual(['bob-praises-widget']);
    expect(result.assignments.get('acme')?.camp).toBe(result.assignments.get('bob')?.camp);
    expect(result.assignments.get('bob')?.camp).not.toBe(alice?.camp);
  });

  it("counts an event's stances for nobody: who only opposes an event has no camp", () => {
    const result = camps(testGraph(nodes, edges));
    expect(result.assignments.has('dave')).toBe(false);
    expect(result.unassigned).toEqual(['dave']);
    expect(result.assignments.get('alice')?.inside).not.toContain('summit-backs-alice');
  });

  it('credits nobody when the authorship is hidden, and lists a relation once when its document has two authors', () => {
    const graph = testGraph([...nodes, 'erin'], [...edges, { id: 'erin-authored-memo', source: 'erin', target: 'memo', type: 'authored' }]);
    const hidden = camps(graph, { nodes: new Set(graph.nodes()), edges: new Set(graph.edges().filter((e) => !e.endsWith('authored-memo'))) });
    expect(hidden.assignments.has('alice')).toBe(false);
    expect(hidden.assignments.get('bob')?.against ?? []).not.toContain('memo-attacks-bob');

    const both = camps(graph);
    expect(both.assignments.get('bob')?.against).toEqual(['memo-attacks-bob']);
    expect(both.assignments.get('bob')?.credits).toEqual(['alice-authored-memo', 'erin-authored-memo', 'acme-developed-widget']);
    expect(both.assignments.get('erin')?.camp).toBe(both.assignments.get('alice')?.camp);
  });
});
