// How many elements drawing a whole graph takes (entities, relations, one bundle edge per parallel pair), against the budget.
import type { EvidenceGraph } from '../graph';
import { rememberedTotal } from './topology';

/** Elements the whole graph draws as today: every entity, every relation, plus one bundle edge per pair joined by several relations. */
export function totalElements(graph: EvidenceGraph): number {
  // Counted by the import worker while the graph was sent (topology.ts), unless the graph changed since.
  const remembered = rememberedTotal(graph);
  if (remembered !== undefined) return remembered;
  const pairs = new Map<string, number>();
  let bundles = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const n = (pairs.get(key) ?? 0) + 1;
    pairs.set(key, n);
    if (n === 2) bundles += 1;
  });
  return graph.order + graph.size + bundles;
}

/** Whether the graph is drawn through the overview (more elements than the budget) rather than whole. */
export function overBudget(graph: EvidenceGraph, budget: number): boolean {
  return totalElements(graph) > budget;
}
