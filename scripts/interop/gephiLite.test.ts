// Interop: Gephi Lite's readers (graphology-gexf and graphology-graphml, called as Gephi Lite calls them) open our exports of the built dataset.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../app/src/model/formats/gexf';
import { toGraphml } from '../../app/src/model/formats/graphml';
import { builtGraph } from './builtGraph';

const graph = builtGraph();

// Gephi Lite: gexf.parse(Graph, content, { allowUndeclaredAttributes: true, addMissingNodes: true }); graphml.parse(Graph, content, { addMissingNodes: true }).
const readers = {
  gexf: () => parseGexf(Graph, toGexf(graph), { allowUndeclaredAttributes: true, addMissingNodes: true }),
  graphml: () => parseGraphml(Graph, toGraphml(graph), { addMissingNodes: true }),
};

describe.each(['gexf', 'graphml'] as const)("Gephi Lite's %s reader", (format) => {
  it('reads every node with its label and kind, and every relation with its ends, type and undirected flag', () => {
    const read = readers[format]();
    expect(read.type).toBe('directed');
    expect(read.multi).toBe(true);
    expect(read.order).toBe(graph.order);
    expect(read.size).toBe(graph.size);
    graph.forEachNode((node, a) => {
      expect(read.getNodeAttribute(node, 'label'), node).toBe(a.label);
      expect(read.getNodeAttribute(node, 'kind'), node).toBe(a.kind);
    });
    let undirected = 0;
    graph.forEachEdge((edge, a, source, target, _sa, _ta, isUndirected) => {
      expect([read.source(edge), read.target(edge)], edge).toEqual([source, target]);
      expect(read.getEdgeAttribute(edge, 'type'), edge).toBe(a.type);
      expect(read.getEdgeAttribute(edge, 'undirected'), edge).toBe(isUndirected);
      if (isUndirected) undirected += 1;
    });
    expect(undirected).toBeGreaterThan(0);
  });
});
