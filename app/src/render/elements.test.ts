// Tests for toCytoscapeElements: one element per entity and relation, labels in the chosen language, fan counts.
import { describe, expect, it } from 'vitest';
import { buildMiniGraph } from '../model/testing/miniGraph';
import { parallelPairs } from '../model/parallelEdges';
import { forOrientation, orientationFor, toCytoscapeElements } from './elements';

describe('toCytoscapeElements', () => {
  const graph = buildMiniGraph();

  it('emits one node per entity and one edge per relation, besides the bundle edges', () => {
    const els = toCytoscapeElements(graph, 'en');
    expect(els.filter((e) => e.group === 'nodes').map((e) => e.data.id).sort()).toEqual(graph.nodes().sort());
    expect(els.filter((e) => e.group === 'edges' && e.classes !== 'bundle').map((e) => e.data.id).sort()).toEqual(graph.edges().sort());
  });

  it('adds one bundle edge per pair joined by several relations, counting them, and tags those relations with the pair', () => {
    const els = toCytoscapeElements(graph, 'en');
    const bundles = els.filter((e) => e.classes === 'bundle');
    const pairs = parallelPairs(graph);
    expect(pairs.length).toBeGreaterThan(0);
    expect(bundles.map((b) => b.data.id).sort()).toEqual(pairs.map((p) => p.key).sort());
    for (const pair of pairs) {
      const b = bundles.find((e) => e.data.id === pair.key);
      expect(b?.data).toMatchObject({ source: pair.a, target: pair.b, count: pair.relations.length, label: `×${pair.relations.length}`, members: pair.relations });
      for (const r of pair.relations) expect(els.find((e) => e.data.id === r)).toMatchObject({ data: { pair: pair.key }, classes: 'bundled' });
    }
    const single = els.find((e) => e.group === 'edges' && e.data.parallel === 1);
    expect(single?.data.pair).toBeUndefined();
  });

  it('places nodes at the model x/y (preset positions)', () => {
    const node = toCytoscapeElements(graph, 'en').find((e) => e.data.id === 'elon-musk');
    expect(node?.position).toEqual({ x: graph.getNodeAttribute('elon-musk', 'x'), y: graph.getNodeAttribute('elon-musk', 'y') });
  });

  it('carries the portrait position (px/py) as `portrait`, and swaps it in only for a portrait view', () => {
    const node = toCytoscapeElements(graph, 'en').find((e) => e.data.id === 'elon-musk');
    if (!node) throw new Error('elon-musk element missing');
    const portrait = { x: graph.getNodeAttribute('elon-musk', 'px'), y: graph.getNodeAttribute('elon-musk', 'py') };
    expect(node.portrait).toEqual(portrait);
    expect(portrait).not.toEqual(node.position);
    expect(forOrientation(node, 'portrait')).toMatchObject({ position: portrait });
    expect(forOrientation(node, 'landscape').position).toEqual(node.position);
    expect(forOrientation(node, 'portrait')).not.toHaveProperty('portrait');
  });

  it('draws a node without a portrait position (an imported graph) at x/y in a portrait view', () => {
    const imported = buildMiniGraph();
    imported.forEachNode((key) => {
      imported.removeNodeAttribute(key, 'px');
      imported.removeNodeAttribute(key, 'py');
    });
    const node = toCytoscapeElements(imported, 'en').find((e) => e.data.id === 'elon-musk');
    if (!node) throw new Error('elon-musk element missing');
    expect(node.portrait).toBeUndefined();
    expect(forOrientation(node, 'portrait').position).toEqual({ x: imported.getNodeAttribute('elon-musk', 'x'), y: imported.getNodeAttribute('elon-musk', 'y') });
  });

  it('calls a container portrait only when its height exceeds 1.2 × its width', () => {
    expect(orientationFor(390, 712)).toBe('portrait');
    expect(orientationFor(1280, 700)).toBe('landscape');
    expect(orientationFor(500, 600)).toBe('landscape');
    expect(orientationFor(500, 601)).toBe('portrait');
    expect(orientationFor(0, 0)).toBe('landscape');
  });

  it('labels nodes in the requested language', () => {
    const en = toCytoscapeElements(graph, 'en').find((e) => e.data.id === 'elon-musk');
    const zh = toCytoscapeElements(graph, 'zh').find((e) => e.data.id === 'elon-musk');
    expect(en?.data.label).toBe(graph.getNodeAttribute('elon-musk', 'label'));
    expect(zh?.data.label).toBe(graph.getNodeAttribute('elon-musk', 'labelZh'));
  });

  it('labels edges with the relation type label in the requested language', () => {
    const edgeId = graph.edges()[0] ?? '';
    const type = graph.getEdgeAttribute(edgeId, 'type');
    const record = graph.getAttribute('vocabulary').relationTypes.find((t) => t.id === type);
    const zh = toCytoscapeElements(graph, 'zh').find((e) => e.data.id === edgeId);
    expect(zh?.data.label).toBe(record?.label.zh);
  });

  it('copies category, status, stance and direction onto edges for the stylesheet', () => {
    for (const el of toCytoscapeElements(graph, 'en').filter((e) => e.group === 'edges' && e.classes !== 'bundle')) {
      const attrs = graph.getEdgeAttributes(String(el.data.id));
      expect(el.data).toMatchObject({ category: attrs.category, status: attrs.status, stance: attrs.stance, directed: attrs.directed });
    }
  });

  it('counts parallel relations between a pair in either direction', () => {
    const edges = toCytoscapeElements(graph, 'en').filter((e) => e.group === 'edges' && e.classes !== 'bundle');
    const musk = edges.filter((e) => [e.data.source, e.data.target].sort().join() === ['elon-musk', 'openai'].sort().join());
    expect(musk.length).toBeGreaterThan(1);
    for (const e of musk) expect(e.data.parallel).toBe(musk.length);
  });

  it('carries text from data unchanged (it is drawn on canvas as text, never parsed)', () => {
    const hostile = buildMiniGraph();
    hostile.setNodeAttribute('elon-musk', 'label', '<img src=x onerror=alert(1)>');
    const node = toCytoscapeElements(hostile, 'en').find((e) => e.data.id === 'elon-musk');
    expect(node?.data.label).toBe('<img src=x onerror=alert(1)>');
  });
});
