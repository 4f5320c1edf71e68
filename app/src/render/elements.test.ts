// Tests for toCytoscapeElements: one element per entity and relation, labels in the chosen language, fan counts.
import { describe, expect, it } from 'vitest';
import { buildMiniGraph } from '../model/testing/miniGraph';
import { toCytoscapeElements } from './elements';

describe('toCytoscapeElements', () => {
  const graph = buildMiniGraph();

  it('emits one node per entity and one edge per relation', () => {
    const els = toCytoscapeElements(graph, 'en');
    expect(els.filter((e) => e.group === 'nodes').map((e) => e.data.id).sort()).toEqual(graph.nodes().sort());
    expect(els.filter((e) => e.group === 'edges').map((e) => e.data.id).sort()).toEqual(graph.edges().sort());
  });

  it('places nodes at the model x/y (preset positions)', () => {
    const node = toCytoscapeElements(graph, 'en').find((e) => e.data.id === 'elon-musk');
    expect(node?.position).toEqual({ x: graph.getNodeAttribute('elon-musk', 'x'), y: graph.getNodeAttribute('elon-musk', 'y') });
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
    for (const el of toCytoscapeElements(graph, 'en').filter((e) => e.group === 'edges')) {
      const attrs = graph.getEdgeAttributes(String(el.data.id));
      expect(el.data).toMatchObject({ category: attrs.category, status: attrs.status, stance: attrs.stance, directed: attrs.directed });
    }
  });

  it('counts parallel relations between a pair in either direction', () => {
    const edges = toCytoscapeElements(graph, 'en').filter((e) => e.group === 'edges');
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
