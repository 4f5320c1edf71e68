// The import worker's topology of a serialized graph is exactly the one read from the built graph, with the same element total.
import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EvidenceGraph } from '../graph';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../schema';
import { totalElements } from './budget';
import { rememberTopology, topologyOf, topologyOfSerialized } from './topology';

/** Random multigraphs: up to 12 entities, up to 60 directed relations (repeats, both directions and self-loops included). */
const arbitraryGraph = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({ n: fc.constant(n), edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 }) }),
);

function serialized({ n, edges }: { n: number; edges: Array<[number, number]> }) {
  // Ids in a shuffled-looking order, so index order and id order differ.
  const nodes = Array.from({ length: n }, (_v, i) => ({ key: `e${(i * 7) % n}-${i}` }));
  return { nodes, edges: edges.map(([s, t], i) => ({ key: `r${i}`, source: nodes[s]!.key, target: nodes[t]!.key })) };
}

function built(data: ReturnType<typeof serialized>): EvidenceGraph {
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: true });
  for (const { key } of data.nodes) graph.addNode(key);
  for (const e of data.edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target);
  return graph;
}

describe('topologyOfSerialized', () => {
  it('gives the same ids and links, in the same order, and the same element total as reading the built graph (500 graphs)', () => {
    fc.assert(
      fc.property(arbitraryGraph, (g) => {
        const data = serialized(g);
        const graph = built(data);
        expect(topologyOfSerialized(data.nodes, data.edges)).toStrictEqual({ topology: topologyOf(graph), total: totalElements(graph) });
      }),
      { numRuns: 500 },
    );
  });

  it('counts a bundle for a pair joined both ways and for repeated self-loops', () => {
    const data = serialized({ n: 3, edges: [[0, 1], [1, 0], [2, 2], [2, 2], [1, 2]] });
    const { topology, total } = topologyOfSerialized(data.nodes, data.edges);
    expect(total).toBe(3 + 5 + 2);
    expect(Array.from(topology.weight)).toStrictEqual([2, 1]);
  });

  it('a remembered total serves totalElements until the graph changes', () => {
    const data = serialized({ n: 3, edges: [[0, 1], [1, 2]] });
    const graph = built(data);
    const { topology } = topologyOfSerialized(data.nodes, data.edges);
    rememberTopology(graph, topology, 999);
    expect(totalElements(graph)).toBe(999);
    graph.addDirectedEdgeWithKey('extra', data.nodes[0]!.key, data.nodes[2]!.key);
    expect(totalElements(graph)).toBe(3 + 3);
  });
});
