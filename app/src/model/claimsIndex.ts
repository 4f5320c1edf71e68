// Relations by claimant, indexed once per graph (and rebuilt after the graph changes), so "claims made by" is not a scan of every relation.
import type { EvidenceGraph } from './graph';

const cache = new WeakMap<EvidenceGraph, Map<string, string[]>>();
const watched = new WeakSet<EvidenceGraph>();

function build(graph: EvidenceGraph): Map<string, string[]> {
  const byClaimant = new Map<string, string[]>();
  graph.forEachEdge((edge, a) => {
    if (a.claimedBy === null) return;
    const list = byClaimant.get(a.claimedBy);
    if (list) list.push(edge);
    else byClaimant.set(a.claimedBy, [edge]);
  });
  return byClaimant;
}

/** Drops the graph's index on any change to its relations, so the next question rebuilds it. */
function watch(graph: EvidenceGraph): void {
  const drop = (): void => {
    cache.delete(graph);
  };
  for (const event of ['edgeAdded', 'edgeDropped', 'nodeDropped', 'edgeAttributesUpdated', 'eachEdgeAttributesUpdated', 'cleared', 'edgesCleared'] as const) graph.on(event, drop);
}

/** The relations `claimant` claims (`claimedBy === claimant`), in graph order; empty when none. */
export function claimsByClaimant(graph: EvidenceGraph, claimant: string): readonly string[] {
  let index = cache.get(graph);
  if (!index) {
    index = build(graph);
    if (!watched.has(graph)) {
      watched.add(graph);
      watch(graph);
    }
    cache.set(graph, index);
  }
  return index.get(claimant) ?? [];
}

