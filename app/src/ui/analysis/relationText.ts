// Relation facts for the analysis panels: hop direction and first quote (sentences: model/sentences.ts).
import type { EvidenceGraph } from '../../model/graph';
import type { Hop } from '../../model/analysis/shortestPaths';

/** Which way a hop walks its relation: from its source to its target, the other way, or it has no direction. */
export function hopDirection(graph: EvidenceGraph, hop: Pick<Hop, 'from' | 'edgeId'>): 'along' | 'against' | 'undirected' {
  if (graph.isUndirected(hop.edgeId) || !graph.getEdgeAttribute(hop.edgeId, 'directed')) return 'undirected';
  return graph.source(hop.edgeId) === hop.from ? 'along' : 'against';
}

/** The first evidence quote of a relation and its source's language, or null when it has none. */
export function firstQuote(graph: EvidenceGraph, edgeId: string): { text: string; lang: string | undefined } | null {
  if (!graph.hasEdge(edgeId)) return null;
  const ev = graph.getEdgeAttribute(edgeId, 'evidence')[0];
  if (!ev) return null;
  return { text: ev.exact, lang: graph.getAttribute('sources').find((s) => s.id === ev.source)?.language };
}
