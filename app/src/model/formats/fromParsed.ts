// Back from a column format: a graph read by graphology-gexf/graphml's parser → a validated EvidenceGraph.
import Graph from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { EvidenceGraph } from '../graph';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../schema';
import { UNDIRECTED_ATTRIBUTE } from './edgeForm';
import { unflattenEdge, unflattenNode } from './flatten';

/**
 * Rebuilds an EvidenceGraph (mixed, multi) from a graph a format parser returned: same keys,
 * ends and directedness (an edge is undirected when the file says so, or when it carries our
 * `undirected` attribute set to true: the all-directed form); attributes un-flattened and
 * validated (errors name the element).
 * Graph attributes are taken from `graphAttributes`, since the formats do not all carry them.
 */
export function evidenceGraphFromParsed(format: string, parsed: AbstractGraph<Attributes, Attributes, Attributes>, graphAttributes: GraphAttributes): EvidenceGraph {
  const graph: EvidenceGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes(graphAttributes);
  parsed.forEachNode((node, attributes) => {
    graph.addNode(node, unflattenNode(format, node, attributes));
  });
  parsed.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    const attrs = unflattenEdge(format, edge, attributes);
    const flagged = attributes[UNDIRECTED_ATTRIBUTE] === true || attributes[UNDIRECTED_ATTRIBUTE] === 'true';
    if (undirected || flagged) graph.addUndirectedEdgeWithKey(edge, source, target, attrs);
    else graph.addDirectedEdgeWithKey(edge, source, target, attrs);
  });
  return graph;
}
