// The search worker's logic, apart from the worker globals (so tests can run it in-process): grow the index, answer queries.
import { addSearchSources, emptySearchIndex, search, type SearchIndex } from '../model/search';
import type { SearchRequest, SearchResponse } from './searchMessages';

/** A handler holding one index: feed it requests, post what it returns (null: nothing to answer). */
export function createSearchHandler(): (request: SearchRequest) => SearchResponse | null {
  const index: SearchIndex = emptySearchIndex();
  let documents = 0;
  return (request) => {
    try {
      if (request.type === 'sources') {
        addSearchSources(index, request.sources);
        documents += request.sources.length;
        return null;
      }
      if (request.type === 'done') return { type: 'ready', documents };
      return { type: 'results', id: request.id, results: search(index, request.query, { limit: request.limit }) };
    } catch (error) {
      return { type: 'error', id: request.type === 'search' ? request.id : null, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
