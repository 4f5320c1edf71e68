// claimsByClaimant: the indexed answer equals a scan of every relation, for every entity, also after the graph changes.
import { describe, expect, it } from 'vitest';
import { claimsByClaimant } from './claimsIndex';
import { scaledGraph } from './testing/scaledGraph';
import type { EvidenceGraph } from './graph';

const scan = (graph: EvidenceGraph, id: string) => graph.filterEdges((_e, a) => a.claimedBy === id);
const everyEntityMatches = (graph: EvidenceGraph) => {
  for (const id of graph.nodes()) expect(claimsByClaimant(graph, id)).toEqual(scan(graph, id));
};

describe('claimsByClaimant', () => {
  it('lists, for every entity, exactly the relations a scan finds, in graph order', () => {
    const graph = scaledGraph(400, 1200);
    everyEntityMatches(graph);
    expect(graph.nodes().filter((id) => claimsByClaimant(graph, id).length > 0).length).toBeGreaterThan(5);
    expect(claimsByClaimant(graph, 'no-such-entity')).toEqual([]);
  });

  it('follows changes to the graph: a claimant changed, a relation added, a relation dropped', () => {
    const graph = scaledGraph(100, 300);
    everyEntityMatches(graph);
    const claim = graph.findEdge((_e, a) => a.claimedBy !== null)!;
    graph.setEdgeAttribute(claim, 'claimedBy', 'e99');
    everyEntityMatches(graph);
    graph.addEdgeWithKey('new-claim', 'e1', 'e2', { ...graph.getEdgeAttributes(claim), claimedBy: 'e3' });
    everyEntityMatches(graph);
    graph.dropEdge(claim);
    everyEntityMatches(graph);
    graph.dropNode('e3');
    everyEntityMatches(graph);
  });
});
