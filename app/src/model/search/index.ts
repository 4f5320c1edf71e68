// Public API of the search: build an index from the graph, query it in English or Chinese (either script).
export { createSearchIndex, search, MAX_QUERY_CHARS } from './searchIndex';
export type { SearchHit, SearchIndex, SearchResults } from './searchIndex';
export { normalizeText } from './normalize';
export { tokenize } from './tokenize';
