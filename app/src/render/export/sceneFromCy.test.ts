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
    expect(scene.edges.length).toBe(graph.size);
    for (const edge of scene.edges) {
      expect(edge.points.length, edge.id).toBeGreaterThanOrEqual(2);
      for (const p of edge.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y), `${edge.id} ${JSON.stringify(p)}`).toBe(true);
    }
  });
});
