// The search worker's logic, apart from the worker globals (so tests can run it in-process): grow the index, answer queries.
import { addSearchSources, emptySearchIndex, searchInParts, type SearchIndex } from '../model/search';
import type { SearchRequest, SearchResponse } from './searchMessages';

/**
 * A handler holding one index: feed it requests; it posts what it answers through `post`. A search posts its
 * entities as soon as they are ranked, before the relations (the costlier part on big graphs) are searched.
 */
export function createSearchHandler(post: (response: SearchResponse) => void): (request: SearchRequest) => void {
  const index: SearchIndex = emptySearchIndex();
  let documents = 0;
  return (request) => {
    try {
      if (request.type === 'sources') {
        addSearchSources(index, request.sources);
        documents += request.sources.length;
      } else if (request.type === 'done') post({ type: 'ready', documents });
      else {
        const { entities, totalEntities, relations } = searchInParts(index, request.query, { limit: request.limit });
        post({ type: 'entities', id: request.id, entities, totalEntities });
        post({ type: 'results', id: request.id, results: { entities, totalEntities, ...relations() } });
      }
    } catch (error) {
      post({ type: 'error', id: request.type === 'search' ? request.id : null, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
