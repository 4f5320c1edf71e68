// The messages between the page and the search worker (plain, structured-cloneable data only).
import type { SearchHit, SearchResults, SearchSource } from '../model/search';

/** The page sends the sources in chunks, then `done`; then any number of searches. */
export type SearchRequest =
  | { type: 'sources'; sources: SearchSource[] }
  | { type: 'done' }
  | { type: 'search'; id: number; query: string; limit: number };

/** A search is answered twice: its entities first (`entities`), then the whole answer (`results`). */
export type SearchResponse =
  | { type: 'ready'; documents: number }
  | { type: 'entities'; id: number; entities: SearchHit[]; totalEntities: number }
  | { type: 'results'; id: number; results: SearchResults }
  | { type: 'error'; id: number | null; message: string };
