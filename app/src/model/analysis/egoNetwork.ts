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
 * way, and the induced relations. A claim belongs to its claimant too: walking from an entity also
 * reaches both ends of the relations it claims (the same rule as focus in visibility.ts). Restricted to `visible` when given (a hidden centre gives an
 * empty network). Unknown ids throw UnknownEntityError.
 */
export function egoNetwork(graph: EvidenceGraph, id: string, hops: number, visible?: VisibleSet): EgoNetwork {
  assertEntity(graph, 'id', id);
  const distance = new Map<string, number>();
  if (!visible || visible.nodes.has(id)) distance.set(id, 0);
  const claimsBy = new Map<string, string[]>();
  graph.forEachEdge((edge, a) => {
    if (a.claimedBy) claimsBy.set(a.claimedBy, [...(claimsBy.get(a.claimedBy) ?? []), edge]);
  });
  const queue = [...distance.keys()];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string;
    const d = distance.get(node) as number;
    if (d >= hops) continue;
    const reach = (edge: string, next: string): void => {
      if (distance.has(next) || !isEdgeVisible(graph, edge, visible)) return;
      distance.set(next, d + 1);
      queue.push(next);
    };
    graph.forEachEdge(node, (edge, _a, source, target) => reach(edge, source === node ? target : source));
    for (const edge of claimsBy.get(node) ?? []) {
      reach(edge, graph.source(edge));
      reach(edge, graph.target(edge));
    }
  }
  const nodes = new Set(distance.keys());
  const edges = new Set<string>();
  graph.forEachEdge((edge, _a, source, target) => {
    if (nodes.has(source) && nodes.has(target) && isEdgeVisible(graph, edge, visible)) edges.add(edge);
  });
  return { nodes, edges, distance };
}
