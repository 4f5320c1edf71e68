// Suggestions for an entity picker: the search index when built (both scripts, typos), else a plain name match.
import type { EvidenceGraph } from '../../model/graph';
import type { Searcher } from '../searcher';
import type { Lang } from '../../state/types';
import { entityName } from '../panels/labels';

/**
 * Up to `limit` entity ids for what was typed: the search index's entity hits when it is ready on the page;
 * before that (and for a big dataset, whose index answers from a worker), entities whose name or alias contains
 * the text (case-insensitive), by name.
 * Blank text suggests nothing.
 */
export function entitySuggestions(graph: EvidenceGraph, index: Searcher | null, text: string, lang: Lang, limit = 8): string[] {
  const q = text.trim();
  if (q === '' || limit <= 0) return [];
  if (index?.searchNow) return index.searchNow(q, { limit }).entities.map((h) => h.id).filter((id) => graph.hasNode(id));
  const needle = q.toLowerCase();
  return graph
    .filterNodes((_id, a) => [a.label, a.labelZh, ...a.aliases].some((n) => n.toLowerCase().includes(needle)))
    .sort((x, y) => entityName(graph, x, lang).localeCompare(entityName(graph, y, lang)))
    .slice(0, limit);
}
