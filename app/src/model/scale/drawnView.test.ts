// Tests for the drawn set of a graph over the budget: overview, expand/collapse, Expand neighbours, top by PageRank, the budget.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvidenceGraph } from '../graph';
import { totalElements } from './budget';
import { drawnView, groupKey, type DrawnView } from './drawnView';
import { collapseGroup, defaultOverview, expandGroup, expandNode, type OverviewState } from './overviewState';
import { buildScaleIndex, type ScaleIndex } from './scaleIndex';
import { scaleTestGraph, threeCliques } from './scaleTestGraph';
import { graphStructure } from './structure';
import { topologyOf } from './topology';

function indexOf(graph: EvidenceGraph): ScaleIndex {
  const topology = topologyOf(graph);
  return buildScaleIndex(topology, graphStructure(topology));
}

/** Recounts the drawn elements and the group links straight from the drawn entities and groups (no incremental bookkeeping). */
function recount(graph: EvidenceGraph, index: ScaleIndex, view: DrawnView): { elements: number; links: Map<string, number> } {
  const drawn = new Set(view.nodes);
  const shown = new Set(view.groups.map((g) => g.key));
  const rep = (x: string): string | null => (drawn.has(x) ? x : shown.has(groupKey(index.communityOf.get(x) as string)) ? groupKey(index.communityOf.get(x) as string) : null);
  const pairs = new Map<string, number>();
  const links = new Map<string, number>();
  let relations = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    if (drawn.has(s) && drawn.has(t)) {
      relations += 1;
      const k = [s, t].sort().join('~');
      pairs.set(k, (pairs.get(k) ?? 0) + 1);
      return;
    }
    const p = rep(s);
    const q = rep(t);
    if (p === null || q === null || p === q) return;
    const k = [p, q].sort().join('~');
    links.set(k, (links.get(k) ?? 0) + 1);
  });
  const bundles = [...pairs.values()].filter((n) => n > 1).length;
  // Links between two groups may be left out of the overview (weakest first): count the ones drawn.
  const isGroup = (k: string): boolean => k.split('~').every((x) => x.startsWith('g:'));
  const drawnGroupLinks = view.links.filter((l) => l.source.startsWith('g:') && l.target.startsWith('g:')).length;
  const groupLinks = [...links.keys()].filter(isGroup).length;
  expect(groupLinks - drawnGroupLinks).toBeLessThanOrEqual(view.linksLeftOut);
  const drawnLinks = linksOf(view);
  for (const k of [...links.keys()]) if (isGroup(k) && !drawnLinks.has(k)) links.delete(k);
  return { elements: drawn.size + relations + bundles + view.groups.length + links.size, links };
}


function linksOf(view: DrawnView): Map<string, number> {
  return new Map(view.links.map((l) => [[l.source, l.target].sort().join('~'), l.weight]));
}

describe('drawnView', () => {
  const graph = threeCliques(8);
  const index = indexOf(graph);
  const total = totalElements(graph);
  const open = (o: OverviewState, budget = 1000, always: string[] = []): DrawnView => drawnView(graph, index, o, { budget, total, always });

  it('counts a whole graph as entities + relations + one bundle edge per parallel pair', () => {
    // 24 entities, 3 × 28 clique relations + 3 bridges; b0–c0 has two relations, so one bundle.
    expect(total).toBe(24 + 87 + 1);
  });

  it('finds each clique as one community, named by its best-connected entity', () => {
    expect(index.communities).toHaveLength(3);
    expect(new Set(index.communities)).toEqual(new Set(['a0', 'b0', 'c0']));
    for (const c of ['a', 'b', 'c']) for (let i = 0; i < 8; i++) expect(index.communityOf.get(`${c}${i}`)).toBe(`${c}0`);
    expect(index.members.get('b0')?.[0]).toBe('b0');
  });

  it('opens on community group nodes sized by members, linked by the number of relations between them', () => {
    const view = open(defaultOverview());
    expect(view.nodes).toEqual([]);
    expect(view.groups.map((g) => [g.id, g.size])).toEqual(expect.arrayContaining([['a0', 8], ['b0', 8], ['c0', 8]]));
    expect(linksOf(view)).toEqual(new Map([['g:a0~g:b0', 1], ['g:b0~g:c0', 2]]));
    expect(view.elements).toBe(5);
    expect(view.elements).toBe(recount(graph, index, view).elements);
  });

  it('expanding a group replaces its node by its members, their relations, and links from them to the other groups', () => {
    const view = open(expandGroup(defaultOverview(), 'b0'));
    expect(new Set(view.nodes)).toEqual(new Set(Array.from({ length: 8 }, (_, i) => `b${i}`)));
    expect(view.groups.map((g) => g.id).sort()).toEqual(['a0', 'c0']);
    expect(view.relations).toHaveLength(28);
    expect(linksOf(view)).toEqual(new Map([['b0~g:a0', 1], ['b0~g:c0', 2]]));
    expect(view.expandedGroups).toEqual([{ id: 'b0', drawn: 8, leftOut: 0 }]);
    const again = recount(graph, index, view);
    expect(view.elements).toBe(again.elements);
    expect(linksOf(view)).toEqual(again.links);
  });

  it('names a community by any of its members in the state (the link), and collapsing gives back the overview', () => {
    const byMember = open(expandGroup(defaultOverview(), 'b5'));
    expect(byMember.nodes).toHaveLength(8);
    const expanded = expandNode(expandGroup(defaultOverview(), 'b0'), 'b3');
    const collapsed = collapseGroup(expanded, 'b0', (e) => index.communityOf.get(e));
    expect(collapsed).toEqual(defaultOverview());
    expect(open(collapsed)).toEqual(open(defaultOverview()));
  });

  it('expands only what fits in the budget and keeps the group node for the members left out', () => {
    const budget = 30;
    const view = open(expandGroup(defaultOverview(), 'a0'), budget);
    expect(view.elements).toBeLessThanOrEqual(budget);
    const report = view.expandedGroups[0];
    expect(report?.drawn).toBeGreaterThan(0);
    expect(report?.leftOut).toBeGreaterThan(0);
    expect(view.groups.find((g) => g.id === 'a0')?.size).toBe(report?.leftOut);
    expect(view.elements).toBe(recount(graph, index, view).elements);
  });

  it('Expand neighbours draws the entity and its neighbours, and says by kind what did not fit', () => {
    const roomy = open(expandNode(defaultOverview(), 'a3'));
    expect(new Set(roomy.nodes)).toEqual(new Set(Array.from({ length: 8 }, (_, i) => `a${i}`)));
    expect(roomy.expandedNodes).toEqual([{ id: 'a3', added: 7, leftOut: 0, leftOutByKind: {} }]);
    const tight = open(expandNode(defaultOverview(), 'a3'), 20);
    const report = tight.expandedNodes[0];
    expect(tight.nodes).toContain('a3');
    expect(report?.leftOut).toBeGreaterThan(0);
    expect(report && report.added + report.leftOut).toBe(7);
    expect(Object.values(report?.leftOutByKind ?? {}).reduce((x, y) => x + y, 0)).toBe(report?.leftOut);
    expect(tight.elements).toBeLessThanOrEqual(20);
  });

  it('always draws the selected entity, even past the budget', () => {
    const view = open(defaultOverview(), 10, ['c4']);
    expect(view.nodes).toEqual(['c4']);
    expect(view.groups.find((g) => g.id === 'c0')?.size).toBe(7);
  });

  it('top mode draws the highest-PageRank entities within its share of the budget and no groups', () => {
    const star = scaleTestGraph(
      [['hub', 'person'], ...Array.from({ length: 30 }, (_, i) => [`leaf${i}`, 'organization'] as const)],
      Array.from({ length: 30 }, (_, i) => ['hub', `leaf${i}`] as const),
    );
    const starIndex = indexOf(star);
    expect(starIndex.byRank[0]).toBe('hub');
    const view = drawnView(star, starIndex, { mode: 'top', groups: [], nodes: [] }, { budget: 20, total: totalElements(star) });
    expect(view.groups).toEqual([]);
    expect(view.nodes[0]).toBe('hub');
    expect(view.elements).toBeLessThanOrEqual(10);
    expect(view.nodes.length).toBe(5);
    expect(view.relations).toHaveLength(4);
  });

  it('finds the same communities without PageRank, and then ranks nothing', () => {
    const topology = topologyOf(graph);
    const plain = buildScaleIndex(topology, graphStructure(topology, () => {}, false), false);
    expect([...plain.communityOf]).toEqual([...index.communityOf]);
    expect(plain.byRank).toEqual([]);
    expect(index.byRank).toHaveLength(24);
  });

  it('computes the same communities and view every time for the same graph', () => {
    const again = indexOf(threeCliques(8));
    expect([...again.communityOf]).toEqual([...index.communityOf]);
    expect(drawnView(graph, again, expandGroup(defaultOverview(), 'a0'), { budget: 50, total })).toEqual(open(expandGroup(defaultOverview(), 'a0'), 50));
  });

  it('for random graphs and states, counts exactly what it draws and stays within the budget unless forced', () => {
    const arbitraryCase = fc
      .record({
        n: fc.integer({ min: 2, max: 40 }),
        edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 120 }),
        budget: fc.integer({ min: 4, max: 200 }),
        groups: fc.array(fc.nat(), { maxLength: 4 }),
        nodes: fc.array(fc.nat(), { maxLength: 3 }),
        top: fc.boolean(),
      })
      .map((c) => ({ ...c, edges: c.edges.map(([s, t]) => [s % c.n, t % c.n] as const).filter(([s, t]) => s !== t) }));
    fc.assert(
      fc.property(arbitraryCase, ({ n, edges, budget, groups, nodes, top }) => {
        const g = scaleTestGraph(
          Array.from({ length: n }, (_, i) => [`e${i}`, i % 3 === 0 ? 'person' : 'group'] as const),
          edges.map(([s, t]) => [`e${s}`, `e${t}`] as const),
        );
        const idx = indexOf(g);
        const overview: OverviewState = { mode: top ? 'top' : 'communities', groups: groups.map((i) => `e${i % n}`), nodes: nodes.map((i) => `e${i % n}`) };
        const view = drawnView(g, idx, overview, { budget, total: totalElements(g) });
        const again = recount(g, idx, view);
        expect(view.elements).toBe(again.elements);
        expect(linksOf(view)).toEqual(again.links);
        if (overview.nodes.length === 0) expect(view.elements).toBeLessThanOrEqual(budget);
        // Every entity is drawn, inside a drawn group, or in a community left out of the overview (or top mode).
        const inGroups = view.groups.reduce((sum, grp) => sum + grp.size, 0);
        if (!top && view.groupsLeftOut === 0) expect(view.nodes.length + inGroups).toBe(n);
      }),
      { numRuns: 150 },
    );
  });
});

describe('drawnView overview share', () => {
  it('draws every community that fits, then the strongest links between them, and counts the links left out', () => {
    // Four cliques, all linked to each other with different strengths: a budget of 16 gives the overview 8 elements.
    const nodes: Array<[string, string]> = [];
    const relations: Array<[string, string]> = [];
    for (const c of ['a', 'b', 'c', 'd']) {
      for (let i = 0; i < 6; i++) nodes.push([`${c}${i}`, 'person']);
      for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) relations.push([`${c}${i}`, `${c}${j}`]);
    }
    const strength: Array<[string, string, number]> = [['a', 'b', 3], ['a', 'c', 1], ['a', 'd', 1], ['b', 'c', 2], ['b', 'd', 1], ['c', 'd', 4]];
    for (const [x, y, n] of strength) for (let k = 0; k < n; k++) relations.push([`${x}${k + 1}`, `${y}${k + 1}`]);
    const g = scaleTestGraph(nodes, relations);
    const idx = indexOf(g);
    expect(idx.communities).toHaveLength(4);
    const view = drawnView(g, idx, defaultOverview(), { budget: 16, total: totalElements(g) });
    expect(view.groups).toHaveLength(4);
    expect(view.links.map((l) => l.weight)).toEqual([4, 3, 2, 1]);
    expect(view.linksLeftOut).toBe(2);
    expect(view.elements).toBe(8);
  });
});
