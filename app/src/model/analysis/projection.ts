// The simple undirected projection every analysis runs on: one link per linked pair, holding all its relations.
import { UndirectedGraph } from 'graphology';
import type { EvidenceGraph } from '../graph';
import { isEdgeVisible, type VisibleSet } from '../formats/subset';
import { compareIds } from './compareIds';

export interface ProjectionOptions {
  visible?: VisibleSet;
  /** Leave out relations reported as somebody's claim. */
  factsOnly?: boolean;
}

/** A link of the projection: how many relations join the pair, and which (facts first, then by id). */
export interface LinkAttributes {
  weight: number;
  relations: string[];
}

export type Projection = UndirectedGraph<Record<string, never>, LinkAttributes>;

/**
 * The (visible) graph as a simple undirected graph: every relation, whatever its direction,
 * becomes a link between its two entities; parallel relations share one link whose `weight`
 * counts them. Nodes keep the graph's order; isolated visible nodes stay in.
 */
export function simpleProjection(graph: EvidenceGraph, opts: ProjectionOptions = {}): Projection {
  const { visible, factsOnly = false } = opts;
  const projection: Projection = new UndirectedGraph();
  graph.forEachNode((node) => {
    if (!visible || visible.nodes.has(node)) projection.addNode(node);
  });
  const facts = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (source === target || !isEdgeVisible(graph, edge, visible)) return;
    if (factsOnly && attributes.status === 'claim') return;
    if (attributes.status === 'fact') facts.add(edge);
    projection.updateEdge(source, target, (link) => ({
      weight: (link.weight ?? 0) + 1,
      relations: [...(link.relations ?? []), edge],
    }));
  });
  projection.forEachEdge((link, attributes) => {
    const sorted = [...attributes.relations].sort((a, b) => Number(facts.has(b)) - Number(facts.has(a)) || compareIds(a, b));
    projection.setEdgeAttribute(link, 'relations', sorted);
  });
  return projection;
}
