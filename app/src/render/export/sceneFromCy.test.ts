// sceneFromCy on a graph whose edges have not been rendered yet (headless, or exported mid-layout) still gives finite geometry.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildMiniGraph } from '../../model/testing/miniGraph';
import { toCytoscapeElements } from '../elements';
import { buildStylesheet } from '../stylesheet';
import { sceneFromCy } from './sceneFromCy';

describe('sceneFromCy', () => {
  it('draws edges that have no rendered endpoints yet as finite centre-to-centre lines (never NaN paths)', () => {
    const graph = buildMiniGraph();
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toCytoscapeElements(graph, 'en'), style: buildStylesheet() });
    const scene = sceneFromCy(cy, graph, { full: true, lang: 'en', background: null });
    expect(scene.edges.length).toBe(cy.edges().filter((e) => e.visible()).length);
    for (const edge of scene.edges) {
      expect(edge.points.length, edge.id).toBeGreaterThanOrEqual(2);
      for (const p of edge.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y), `${edge.id} ${JSON.stringify(p)}`).toBe(true);
    }
  });

  it('makes a bundle edge say and cite every relation it stands for', () => {
    const graph = buildMiniGraph();
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toCytoscapeElements(graph, 'en'), style: buildStylesheet() });
    const bundles = cy.edges('.bundle');
    expect(bundles.length).toBeGreaterThan(0);
    const scene = sceneFromCy(cy, graph, { full: true, lang: 'en', background: null });
    bundles.forEach((b) => {
      const members = b.data('members') as string[];
      const drawn = scene.edges.find((e) => e.id === b.id());
      expect(drawn?.quotes.map((q) => q.exact)).toEqual(members.flatMap((m) => graph.getEdgeAttribute(m, 'evidence').map((ev) => ev.exact)));
      for (const m of members) expect(drawn?.summary).toContain(graph.getEdgeAttribute(m, 'summaryEn'));
    });
  });
});
