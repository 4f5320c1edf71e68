// The visible part of a graph: a copy holding only the given nodes and the given edges between them.
import Graph from 'graphology';
import type { EvidenceGraph } from '../graph';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../schema';

/** What the view shows: node and edge keys. Unknown keys are ignored. */
export interface VisibleSet {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Whether an edge is shown: listed in `visible.edges` with both ends listed in `visible.nodes` (always, without `visible`). */
export function isEdgeVisible(graph: EvidenceGraph, edge: string, visible?: VisibleSet): boolean {
  if (!visible) return true;
  return visible.edges.has(edge) && visible.nodes.has(graph.source(edge)) && visible.nodes.has(graph.target(edge));
}

/**
 * A new graph (same options and graph attributes) holding the visible nodes and edges, in the
 * original insertion order. Without `visible`, a full copy. Attributes are shared, not deep-copied.
 */
export function subsetGraph(graph: EvidenceGraph, visible?: VisibleSet): EvidenceGraph {
  if (!visible) return graph.copy();
  const out: EvidenceGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: graph.type,
    multi: graph.multi,
    allowSelfLoops: graph.allowSelfLoops,
  });
  out.replaceAttributes(graph.getAttributes());
  graph.forEachNode((node, attributes) => {
    if (visible.nodes.has(node)) out.addNode(node, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    if (!visible.edges.has(edge) || !out.hasNode(source) || !out.hasNode(target)) return;
    if (undirected) out.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else out.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return out;
}
