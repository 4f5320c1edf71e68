// Search, loaded on demand: the index and its Chinese converter (opencc, ~50 KB gzip) stay out of the first bundle.
import type { EvidenceGraph } from '../model/graph';
import type { SearchResults } from '../model/search';

/** A ready search over one graph (names, aliases, relation summaries; English and Chinese in either script). */
export interface Searcher {
  search(query: string, options?: { limit?: number }): SearchResults;
}

/** Loads the search module and builds the index for `graph`. */
export async function loadSearcher(graph: EvidenceGraph): Promise<Searcher> {
  const { createSearchIndex, search } = await import('../model/search');
  const index = createSearchIndex(graph);
  return { search: (query, options) => search(index, query, options) };
}
