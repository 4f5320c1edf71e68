// Tests for drawing bundles on a (headless) core: collapsed by default, counts under visibility, opened by selection, path and hover.
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildMiniGraph } from '../model/testing/miniGraph';
import { parallelPairs } from '../model/parallelEdges';
import { createBundleController } from './bundleView';
import { toCytoscapeElements } from './elements';

const graph = buildMiniGraph();
const pair = (() => {
  const found = parallelPairs(graph).find((p) => p.key === 'elon-musk~openai');
  if (!found) throw new Error('mini graph lacks the Musk–OpenAI pair');
  return found;
})();
const all = new Set(graph.edges());

function setup() {
  const cy = cytoscape({ headless: true, elements: toCytoscapeElements(graph, 'en') });
  const bundles = createBundleController(cy);
  bundles.reload();
  const state = () => ({
    collapsed: !cy.getElementById(pair.key).hasClass('bundle-off'),
    count: Number(cy.getElementById(pair.key).data('count')),
    bundled: pair.relations.filter((r) => cy.getElementById(r).hasClass('bundled')).length,
  });
  return { cy, bundles, state };
}

afterEach(() => vi.useRealTimers());

describe('createBundleController', () => {
  it('draws a pair as its bundle, counting the visible relations', () => {
    const { bundles, state } = setup();
    bundles.setVisible(all, new Set());
    expect(state()).toEqual({ collapsed: true, count: pair.relations.length, bundled: pair.relations.length });
    const fewer = new Set([...all].filter((e) => e !== pair.relations[0]));
    bundles.setVisible(fewer, new Set());
    expect(state()).toEqual({ collapsed: true, count: pair.relations.length - 1, bundled: pair.relations.length - 1 });
  });

  it('opens the pair for a selected relation, bundle or end, and for a path through it', () => {
    const { bundles, state } = setup();
    bundles.setVisible(all, new Set());
    for (const sel of [{ kind: 'relation', id: pair.relations[0] as string, evidence: 0 }, { kind: 'bundle', id: pair.key }, { kind: 'entity', id: 'openai' }] as const) {
      bundles.setSelection(sel);
      expect(state()).toMatchObject({ collapsed: false, bundled: 0 });
    }
    bundles.setSelection(null);
    expect(state().collapsed).toBe(true);
    bundles.setPath(new Set([pair.relations[1] as string]));
    expect(state().collapsed).toBe(false);
  });

  it('opens on hovering the bundle, stays open over its relations, and closes after the pointer leaves', () => {
    vi.useFakeTimers();
    const { bundles, state } = setup();
    bundles.setVisible(all, new Set());
    bundles.hover({ pair: pair.key, isBundle: false });
    expect(state().collapsed).toBe(true);
    bundles.hover({ pair: pair.key, isBundle: true });
    expect(state().collapsed).toBe(false);
    bundles.hover(null);
    bundles.hover({ pair: pair.key, isBundle: false });
    vi.advanceTimersByTime(1000);
    expect(state().collapsed).toBe(false);
    bundles.hover(null);
    vi.advanceTimersByTime(1000);
    expect(state().collapsed).toBe(true);
  });
});
