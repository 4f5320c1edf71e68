// The drawn entities and relations of an overview as a graph of their own (attributes shared, not copied), for the element builder.
import Graph from 'graphology';
import type { EvidenceGraph } from '../graph';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../schema';

/** A graph holding only `nodes` and `relations` of `graph` (same keys, same attribute objects, same graph attributes). */
export function drawnSubgraph(graph: EvidenceGraph, nodes: readonly string[], relations: readonly string[]): EvidenceGraph {
  const sub = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: true });
  sub.replaceAttributes(graph.getAttributes());
  for (const n of nodes) sub.addNode(n, graph.getNodeAttributes(n));
  for (const e of relations) {
    const attributes = graph.getEdgeAttributes(e);
    const [source, target] = graph.extremities(e);
    if (graph.isDirected(e)) sub.addDirectedEdgeWithKey(e, source, target, attributes);
    else sub.addUndirectedEdgeWithKey(e, source, target, attributes);
  }
  return sub;
}
