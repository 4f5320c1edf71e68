// Tests for parallel-relation bundling: which pairs bundle, counts under visibility, and what expands a bundle.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EvidenceGraph } from './graph';
import { bundleStates, expandedPairs, pairKey, pairRelationGroups, parallelPairs, splitPairKey } from './parallelEdges';
import { parallelRelations } from './queries';
import { buildMiniGraph } from './testing/miniGraph';

/** musk–openai: 3 relations (one each way plus an undirected one); musk–xai: 2; openai–msft: 1. */
function pairsGraph(): EvidenceGraph {
  const g = new Graph({ type: 'mixed', multi: true });
  for (const n of ['musk', 'openai', 'xai', 'msft']) g.addNode(n);
  g.addDirectedEdgeWithKey('r1', 'musk', 'openai');
  g.addDirectedEdgeWithKey('r2', 'openai', 'musk');
  g.addUndirectedEdgeWithKey('r3', 'musk', 'openai');
  g.addDirectedEdgeWithKey('r4', 'musk', 'xai');
  g.addDirectedEdgeWithKey('r5', 'xai', 'musk');
  g.addDirectedEdgeWithKey('r6', 'openai', 'msft');
  return g as unknown as EvidenceGraph;
}

describe('pair keys', () => {
  it('are the same for both directions and split back into the sorted ids', () => {
    expect(pairKey('openai', 'musk')).toBe(pairKey('musk', 'openai'));
    expect(splitPairKey(pairKey('openai', 'musk'))).toEqual(['musk', 'openai']);
  });

  it('refuse keys that are not two different ids', () => {
    for (const bad of ['musk', 'musk~', '~musk', 'musk~musk', 'a~b~c', '']) expect(splitPairKey(bad)).toBeNull();
  });
});

describe('parallelPairs', () => {
  it('lists the pairs joined by two or more relations, whatever their directions, with all their relations', () => {
    const pairs = parallelPairs(pairsGraph());
    expect(pairs.map((p) => [p.key, [...p.relations]])).toEqual([
      ['musk~openai', ['r1', 'r2', 'r3']],
      ['musk~xai', ['r4', 'r5']],
    ]);
    expect(pairs[0]).toMatchObject({ a: 'musk', b: 'openai' });
  });

  it('with min 1 also lists single relations', () => {
    expect(parallelPairs(pairsGraph(), 1).map((p) => p.key)).toContain('msft~openai');
  });
});

describe('pairRelationGroups', () => {
  const g = buildMiniGraph();
  const all = parallelRelations(g, 'elon-musk', 'openai');

  it('lists every relation between the pair once, grouped by type, seen from the first entity', () => {
    const groups = pairRelationGroups(g, 'elon-musk', 'openai');
    expect(all.length).toBeGreaterThan(1);
    expect(groups.flatMap((gr) => gr.relations.map((r) => r.edge)).sort()).toEqual([...all].sort());
    for (const gr of groups) for (const r of gr.relations) {
      expect(g.getEdgeAttribute(r.edge, 'type')).toBe(gr.type);
      expect(r.other).toBe('openai');
    }
    expect(new Set(groups.map((gr) => gr.type)).size).toBe(groups.length);
  });

  it('keeps only the shown relations and drops emptied groups', () => {
    const shown = new Set(all.slice(0, 1));
    const groups = pairRelationGroups(g, 'elon-musk', 'openai', shown);
    expect(groups.flatMap((gr) => gr.relations.map((r) => r.edge))).toEqual([...shown]);
    expect(pairRelationGroups(g, 'elon-musk', 'openai', new Set())).toEqual([]);
  });

  it('is empty for unknown or equal entities', () => {
    expect(pairRelationGroups(g, 'elon-musk', 'nobody')).toEqual([]);
    expect(pairRelationGroups(g, 'elon-musk', 'elon-musk')).toEqual([]);
  });
});

describe('bundleStates', () => {
  const pairs = parallelPairs(pairsGraph());
  const all = new Set(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);

  it('collapses every pair with two or more visible relations into one bundle counting them', () => {
    const s = bundleStates(pairs, all, new Set());
    expect(s.get('musk~openai')).toEqual({ count: 3, collapsed: true, faded: false });
    expect(s.get('musk~xai')).toEqual({ count: 2, collapsed: true, faded: false });
  });

  it('counts only visible relations: one left shows that relation alone, none hides the pair', () => {
    const s = bundleStates(pairs, new Set(['r1', 'r3', 'r4']), new Set());
    expect(s.get('musk~openai')).toMatchObject({ count: 2, collapsed: true });
    expect(s.get('musk~xai')).toMatchObject({ count: 1, collapsed: false });
    expect(bundleStates(pairs, new Set(), new Set()).get('musk~openai')).toMatchObject({ count: 0, collapsed: false });
  });

  it('draws an expanded pair as its relations', () => {
    expect(bundleStates(pairs, all, new Set(['musk~openai'])).get('musk~openai')).toMatchObject({ count: 3, collapsed: false });
  });

  it('marks a bundle faded only when all its visible relations are faded', () => {
    expect(bundleStates(pairs, all, new Set(), new Set(['r1', 'r2'])).get('musk~openai')?.faded).toBe(false);
    expect(bundleStates(pairs, all, new Set(), new Set(['r1', 'r2', 'r3'])).get('musk~openai')?.faded).toBe(true);
  });
});

describe('expandedPairs', () => {
  const pairs = parallelPairs(pairsGraph());
  it('opens nothing by default', () => {
    expect(expandedPairs(pairs, {})).toEqual(new Set());
  });
  it('opens the pair of a selected relation, a selected or hovered pair, and every pair of a selected entity', () => {
    expect(expandedPairs(pairs, { relation: 'r2' })).toEqual(new Set(['musk~openai']));
    expect(expandedPairs(pairs, { pair: 'musk~xai' })).toEqual(new Set(['musk~xai']));
    expect(expandedPairs(pairs, { hovered: 'musk~xai' })).toEqual(new Set(['musk~xai']));
    expect(expandedPairs(pairs, { entity: 'musk' })).toEqual(new Set(['musk~openai', 'musk~xai']));
    expect(expandedPairs(pairs, { entity: 'openai' })).toEqual(new Set(['musk~openai']));
  });
  it('opens the pairs holding a path relation', () => {
    expect(expandedPairs(pairs, { path: new Set(['musk', 'xai', 'r5']) })).toEqual(new Set(['musk~xai']));
  });
});
