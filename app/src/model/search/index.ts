// Public API of the search: build an index from the graph, query it in English or Chinese (either script).
export { addSearchSources, createSearchIndex, emptySearchIndex, search, searchInParts, MAX_QUERY_CHARS } from './searchIndex';
export { searchSources } from './sources';
export type { SearchHit, SearchIndex, SearchInParts, SearchResults, SearchSource } from './searchIndex';
export { normalizeText } from './normalize';
export { tokenize } from './tokenize';
