// What the search index reads from the graph, as plain data (no MiniSearch, no opencc here: the page can stream it to a worker cheaply).
import type { EvidenceGraph } from '../graph';

/** One document of the index. */
export interface SearchDoc {
  key: string;
  kind: 'entity' | 'relation';
  name: string;
  aliases: string;
  summary: string;
  typeLabel: string;
}

/**
 * One entity or relation as the index reads it: plain, structured-cloneable data, so a worker can build the index
 * from chunks the page sends. Entities carry their names (for exact/prefix ranking) and degree (the tiebreak).
 */
export interface SearchSource extends SearchDoc {
  /** Entity: its English and Chinese names and aliases (raw; normalised by the index). Relation: empty. */
  names: string[];
  /** Entity: how many relations it has. Relation: 0. */
  degree: number;
}

/** The index's view of every entity (names in both languages, aliases, degree) and relation (summaries, type labels), in graph order. */
export function* searchSources(graph: EvidenceGraph): Generator<SearchSource> {
  const types = new Map(graph.getAttribute('vocabulary').relationTypes.map((t) => [t.id, t]));
  for (const { node: id, attributes: a } of graph.nodeEntries()) {
    yield { key: `e:${id}`, kind: 'entity', name: `${a.label} ${a.labelZh}`, aliases: a.aliases.join(' | '), summary: '', typeLabel: '', names: [a.label, a.labelZh, ...a.aliases], degree: graph.degree(id) };
  }
  for (const { edge: id, attributes: a } of graph.edgeEntries()) {
    const t = types.get(a.type);
    const typeLabel = t ? `${t.label.en} ${t.label.zh}` : a.type;
    yield { key: `r:${id}`, kind: 'relation', name: '', aliases: '', summary: `${a.summaryEn} ${a.summaryZh}`, typeLabel, names: [], degree: 0 };
  }
}

