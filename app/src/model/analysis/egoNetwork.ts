// Ego network: the entities within n hops of one entity (relations as undirected links) and the relations among them.
import type { EvidenceGraph } from '../graph';
import { isEdgeVisible, type VisibleSet } from '../formats/subset';
import { assertEntity } from './analysisError';

export interface EgoNetwork {
  nodes: Set<string>;
  /** Every (visible) relation between two entities of the network. */
  edges: Set<string>;
  /** Hops from the centre. */
  distance: Map<string, number>;
}

/**
 * The entities within `hops` links of `id` (0 = the entity alone), following relations either
 * way, and the induced relations. Restricted to `visible` when given (a hidden centre gives an
 * empty network). Unknown ids throw UnknownEntityError.
 */
export function egoNetwork(graph: EvidenceGraph, id: string, hops: number, visible?: VisibleSet): EgoNetwork {
  assertEntity(graph, 'id', id);
  const distance = new Map<string, number>();
  if (!visible || visible.nodes.has(id)) distance.set(id, 0);
  const queue = [...distance.keys()];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string;
    const d = distance.get(node) as number;
    if (d >= hops) continue;
    graph.forEachEdge(node, (edge, _a, source, target) => {
      const next = source === node ? target : source;
      if (distance.has(next) || !isEdgeVisible(graph, edge, visible)) return;
      distance.set(next, d + 1);
      queue.push(next);
    });
  }
  const nodes = new Set(distance.keys());
  const edges = new Set<string>();
  graph.forEachEdge((edge, _a, source, target) => {
    if (nodes.has(source) && nodes.has(target) && isEdgeVisible(graph, edge, visible)) edges.add(edge);
  });
  return { nodes, edges, distance };
}
