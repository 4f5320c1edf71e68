// How XML exports write undirected relations: all edges directed plus an `undirected` flag (default), or a mixed graph.

/**
 * `directed`: every edge is written directed (`defaultedgetype`/`edgedefault` = directed) with a
 * boolean `undirected` attribute marking the symmetric relations: every tool reads it (networkx,
 * Gephi, Cytoscape desktop, yEd). `mixed`: undirected relations are written as undirected edges in
 * a directed graph, valid by both specs but refused by some readers (networkx 3.6).
 */
export const EDGE_FORMS = ['directed', 'mixed'] as const;
export type EdgeForm = (typeof EDGE_FORMS)[number];

/** The name of the edge attribute that marks an undirected relation in the `directed` form. */
export const UNDIRECTED_ATTRIBUTE = 'undirected';

/** Keys of the undirected edges of a graph (Graphology's iterator shape, so any graph will do). */
export function undirectedEdgeKeys(graph: { forEachUndirectedEdge(cb: (edge: string) => void): void }): Set<string> {
  const keys = new Set<string>();
  graph.forEachUndirectedEdge((edge) => keys.add(edge));
  return keys;
}
