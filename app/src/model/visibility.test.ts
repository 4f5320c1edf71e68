// Tests for filters, the claimant filter, focus (with claims attached to their claimant), time range and facet counts.
import { describe, expect, it } from 'vitest';
import { buildMiniGraph } from './testing/miniGraph';
import { computeVisibility, facetCounts, type TimeWindow, type VisibilityFilters, type VisibilityInput } from './visibility';

const g = buildMiniGraph();
const noFilters: VisibilityFilters = { hiddenKinds: [], hiddenTypes: [], hiddenCategories: [], hiddenStances: [], hiddenStatuses: [], claimant: null };
const allTime: TimeWindow = { from: null, to: null, mode: 'hide', showUndated: true };
const input = (over: Partial<VisibilityInput> = {}): VisibilityInput => ({
  filters: noFilters,
  focusHops: 0,
  selection: null,
  time: allTime,
  ...over,
});

describe('computeVisibility: filters', () => {
  it('shows everything by default and counts it', () => {
    const v = computeVisibility(g, input());
    expect(v.nodes.size).toBe(g.order);
    expect(v.edges.size).toBe(g.size);
    expect(v.counts).toEqual({ nodes: g.order, edges: g.size, faded: 0, totalNodes: g.order, totalEdges: g.size });
  });

  it('hides the edges of a hidden type, category, stance or status and nothing else', () => {
    const cases: Array<[Partial<VisibilityFilters>, (e: string) => boolean]> = [
      [{ hiddenTypes: ['sued'] }, (e) => g.getEdgeAttribute(e, 'type') === 'sued'],
      [{ hiddenCategories: ['conflict'] }, (e) => g.getEdgeAttribute(e, 'category') === 'conflict'],
      [{ hiddenStances: ['opposes'] }, (e) => g.getEdgeAttribute(e, 'stance') === 'opposes'],
      [{ hiddenStatuses: ['claim'] }, (e) => g.getEdgeAttribute(e, 'status') === 'claim'],
    ];
    for (const [filters, isHidden] of cases) {
      const v = computeVisibility(g, input({ filters: { ...noFilters, ...filters } }));
      expect(g.filterEdges(isHidden).length).toBeGreaterThan(0);
      for (const e of g.edges()) expect(v.edges.has(e)).toBe(!isHidden(e));
      expect(v.nodes.size).toBe(g.order);
    }
  });

  it('hides entities of a hidden kind together with every edge touching them', () => {
    const v = computeVisibility(g, input({ filters: { ...noFilters, hiddenKinds: ['person'] } }));
    g.forEachNode((n, a) => expect(v.nodes.has(n)).toBe(a.kind !== 'person'));
    g.forEachEdge((e, _a, s, t) => expect(v.edges.has(e)).toBe(v.nodes.has(s) && v.nodes.has(t)));
    expect(v.edges.has('microsoft-partner-openai')).toBe(true);
  });

  it('keeps entities that lost all their edges on screen', () => {
    const v = computeVisibility(g, input({ filters: { ...noFilters, hiddenCategories: ['founding', 'role', 'funding', 'control', 'conflict', 'support', 'communication', 'creation', 'competition', 'other'] } }));
    expect(v.edges.size).toBe(0);
    expect(v.nodes.size).toBe(g.order);
  });

  it('ignores ids in filters that the graph does not know', () => {
    expect(computeVisibility(g, input({ filters: { ...noFilters, hiddenTypes: ['no-such-type'] } })).edges.size).toBe(g.size);
  });
});

describe('computeVisibility: focus', () => {
  const musk = { kind: 'entity', id: 'elon-musk' } as const;

  it('shows the selection and its direct neighbours at one hop, when the selection claims nothing', () => {
    const v = computeVisibility(g, input({ focusHops: 1, selection: { kind: 'entity', id: 'sam-altman' } }));
    expect(g.filterEdges((_e, a) => a.claimedBy === 'sam-altman')).toEqual([]);
    expect([...v.nodes].sort()).toEqual(['sam-altman', ...g.neighbors('sam-altman')].sort());
    g.forEachEdge((e, _a, s, t) => expect(v.edges.has(e)).toBe(v.nodes.has(s) && v.nodes.has(t)));
  });

  it('counts the relations an entity claims as attached to it: one hop from Musk reaches both ends of his claim', () => {
    const v = computeVisibility(g, input({ focusHops: 1, selection: musk }));
    expect(g.neighbors('elon-musk')).not.toContain('microsoft');
    expect([...v.nodes].sort()).toEqual(['elon-musk', ...g.neighbors('elon-musk'), 'microsoft'].sort());
    expect(v.edges.has('microsoft-controls-openai')).toBe(true);
    g.forEachEdge((e, _a, s, t) => expect(v.edges.has(e)).toBe(v.nodes.has(s) && v.nodes.has(t)));
  });

  it('does not attach a claim that the filters hide', () => {
    const v = computeVisibility(g, input({ focusHops: 1, selection: musk, filters: { ...noFilters, hiddenStatuses: ['claim'] } }));
    expect([...v.nodes].sort()).toEqual(['elon-musk', ...g.neighbors('elon-musk')].sort());
    expect(v.edges.has('microsoft-controls-openai')).toBe(false);
  });

  it('grows by one ring per hop, each ring adding neighbours and the ends of the ring’s claims', () => {
    const sam = { kind: 'entity', id: 'sam-altman' } as const;
    const one = computeVisibility(g, input({ focusHops: 1, selection: sam })).nodes;
    const two = computeVisibility(g, input({ focusHops: 2, selection: sam })).nodes;
    const claimEnds = (n: string) => g.filterEdges((_e, a) => a.claimedBy === n).flatMap((e) => g.extremities(e));
    const ring2 = new Set([...one].flatMap((n) => [...g.neighbors(n), ...claimEnds(n)]).concat([...one]));
    expect([...two].sort()).toEqual([...ring2].sort());
    expect(two.has('microsoft') && !one.has('microsoft')).toBe(true);
  });

  it('walks only edges that pass the filters', () => {
    const v = computeVisibility(g, input({ focusHops: 1, selection: musk, filters: { ...noFilters, hiddenTypes: ['open-sourced'] } }));
    expect(v.nodes.has('grok-1')).toBe(false);
    expect(v.nodes.has('openai')).toBe(true);
  });

  it('keeps the focused entity visible even when its kind is hidden', () => {
    const v = computeVisibility(g, input({ focusHops: 1, selection: musk, filters: { ...noFilters, hiddenKinds: ['person'] } }));
    expect(v.nodes.has('elon-musk')).toBe(true);
    expect(v.nodes.has('openai')).toBe(true);
    expect(v.nodes.has('sam-altman')).toBe(false);
  });

  it('grows from both ends of a selected relation', () => {
    const v = computeVisibility(g, input({ focusHops: 1, selection: { kind: 'relation', id: 'khosla-criticized-musk' } }));
    expect(v.nodes.has('vinod-khosla') && v.nodes.has('elon-musk') && v.nodes.has('grok-1')).toBe(true);
  });

  it('is off when nothing (or an unknown id) is selected', () => {
    expect(computeVisibility(g, input({ focusHops: 2, selection: null })).nodes.size).toBe(g.order);
    expect(computeVisibility(g, input({ focusHops: 2, selection: { kind: 'entity', id: 'nobody' } })).nodes.size).toBe(g.order);
  });
});

describe('computeVisibility: claimant filter', () => {
  const claims = (filters: Partial<VisibilityFilters>, over: Partial<VisibilityInput> = {}) => computeVisibility(g, input({ filters: { ...noFilters, ...filters }, ...over }));
  const sorted = (s: ReadonlySet<string>) => [...s].sort();

  it('shows only the relations the claimant claims, their ends and the claimant', () => {
    const v = claims({ claimant: 'openai' });
    expect(sorted(v.edges)).toEqual(['microsoft-partner-openai', 'musk-sought-control-openai']);
    expect(sorted(v.nodes)).toEqual(['elon-musk', 'microsoft', 'openai']);
    expect(v.counts).toMatchObject({ nodes: 3, edges: 2, totalNodes: g.order, totalEdges: g.size });
  });

  it('shows the claimant alone when it claims nothing, or when none of its claims passes the other filters', () => {
    expect(sorted(claims({ claimant: 'vinod-khosla' }).nodes)).toEqual(['vinod-khosla']);
    expect(claims({ claimant: 'vinod-khosla' }).edges.size).toBe(0);
    const none = claims({ claimant: 'elon-musk', hiddenCategories: ['control'] });
    expect([sorted(none.nodes), none.edges.size]).toEqual([['elon-musk'], 0]);
  });

  it('combines with the other filters, and keeps the claimant even when its kind is hidden', () => {
    expect(sorted(claims({ claimant: 'openai', hiddenCategories: ['control'] }).edges)).toEqual(['microsoft-partner-openai']);
    const v = claims({ claimant: 'openai', hiddenKinds: ['organization'] });
    expect(sorted(v.nodes)).toEqual(['elon-musk', 'openai']);
    expect(sorted(v.edges)).toEqual(['musk-sought-control-openai']);
  });

  it('with focus on the claimant, shows exactly its claims: the acceptance story “his claims, focused on him”', () => {
    const v = claims({ claimant: 'elon-musk' }, { focusHops: 1, selection: { kind: 'entity', id: 'elon-musk' } });
    expect(sorted(v.edges)).toEqual(['microsoft-controls-openai']);
    expect(sorted(v.nodes)).toEqual(['elon-musk', 'microsoft', 'openai']);
  });

  it('with focus on someone else, walks only the claimant’s claims and still shows the claimant', () => {
    const v = claims({ claimant: 'openai' }, { focusHops: 1, selection: { kind: 'entity', id: 'elon-musk' } });
    expect(sorted(v.edges)).toEqual(['musk-sought-control-openai']);
    expect(sorted(v.nodes)).toEqual(['elon-musk', 'openai']);
  });

  it('ignores a claimant the graph does not know', () => {
    const v = claims({ claimant: 'nobody' });
    expect([v.nodes.size, v.edges.size]).toEqual([g.order, g.size]);
  });
});

describe('computeVisibility: time', () => {
  const dated = (e: string) => g.getEdgeAttribute(e, 'date');

  it('hides relations that do not overlap the range, comparing partial dates at their precision', () => {
    const v = computeVisibility(g, input({ time: { ...allTime, from: '2015-12', to: '2015-12', showUndated: false } }));
    expect([...v.edges].sort()).toEqual(g.filterEdges((e) => dated(e)?.startsWith('2015-12') ?? false).sort());
    const day = computeVisibility(g, input({ time: { ...allTime, from: '2023-11', to: '2023-11', showUndated: false } }));
    expect(day.edges.has('sutskever-fired-altman')).toBe(true);
    expect(day.edges.has('brockman-president-openai')).toBe(true);
  });

  it('lets a date range hold on any month it spans', () => {
    const v = computeVisibility(g, input({ time: { ...allTime, from: '2018-02', to: '2018-02' } }));
    expect(v.edges.has('musk-sought-control-openai')).toBe(true);
    expect(v.edges.has('musk-left-openai-board')).toBe(true);
    expect(v.edges.has('musk-sued-openai')).toBe(false);
  });

  it('shows or hides undated relations by showUndated', () => {
    const undated = g.filterEdges((e) => dated(e) === null);
    const on = computeVisibility(g, input({ time: { ...allTime, from: '2030-01', showUndated: true } }));
    const off = computeVisibility(g, input({ time: { ...allTime, showUndated: false } }));
    expect([...on.edges].sort()).toEqual(undated.sort());
    for (const e of undated) expect(off.edges.has(e)).toBe(false);
  });

  it('in fade mode keeps out-of-range relations but lists them as faded', () => {
    const v = computeVisibility(g, input({ time: { ...allTime, from: '2024-03', mode: 'fade' } }));
    expect(v.edges.size).toBe(g.size);
    for (const e of g.edges()) {
      const out = dated(e) !== null && dated(e)! < '2024-03' && (g.getEdgeAttribute(e, 'dateEnd') ?? '0') < '2024-03';
      expect(v.faded.has(e)).toBe(out);
    }
    expect(v.counts.faded).toBe(v.faded.size);
  });

  it('names the offending field when the range holds a malformed date', () => {
    expect(() => computeVisibility(g, input({ time: { ...allTime, from: 'yesterday' } }))).toThrow(/time\.from: 'yesterday'/);
  });
});

describe('facetCounts', () => {
  it('counts every value in total and among visible elements, including vocabulary values with no element', () => {
    const v = computeVisibility(g, input({ filters: { ...noFilters, hiddenTypes: ['sued'] } }));
    const c = facetCounts(g, v);
    const sued = g.filterEdges((_e, a) => a.type === 'sued').length;
    expect(c.type.get('sued')).toEqual({ total: sued, visible: 0 });
    expect(c.category.get('conflict')?.visible).toBe((c.category.get('conflict')?.total ?? 0) - sued);
    expect(c.kind.get('group')).toEqual({ total: 0, visible: 0 });
    expect(c.category.get('competition')).toEqual({ total: 0, visible: 0 });
    const sum = (m: Map<string, { total: number; visible: number }>, k: 'total' | 'visible') => [...m.values()].reduce((s, x) => s + x[k], 0);
    expect(sum(c.status, 'total')).toBe(g.size);
    expect(sum(c.stance, 'visible')).toBe(v.edges.size);
    expect(sum(c.kind, 'visible')).toBe(v.nodes.size);
  });

  it('counts claims per claimant, most first, visible ones following the claimant filter', () => {
    const all = facetCounts(g, computeVisibility(g, input()));
    expect([...all.claimant]).toEqual([
      ['openai', { total: 2, visible: 2 }],
      ['elon-musk', { total: 1, visible: 1 }],
    ]);
    const only = facetCounts(g, computeVisibility(g, input({ filters: { ...noFilters, claimant: 'openai' } })));
    expect([...only.claimant]).toEqual([
      ['openai', { total: 2, visible: 2 }],
      ['elon-musk', { total: 1, visible: 0 }],
    ]);
    expect(only.status.get('fact')).toEqual({ total: g.size - 3, visible: 0 });
    expect(only.kind.get('organization')).toEqual({ total: 2, visible: 2 });
  });

  it('lists facet values in vocabulary order', () => {
    const c = facetCounts(g, computeVisibility(g, input()));
    expect([...c.type.keys()]).toEqual(g.getAttribute('vocabulary').relationTypes.map((t) => t.id));
  });
});
