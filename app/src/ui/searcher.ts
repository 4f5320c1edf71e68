// Search, loaded on demand: on the page for small datasets; above SEARCH_WORKER_ABOVE the index is built and queried in a worker.
import type { EvidenceGraph } from '../model/graph';
import type { SearchResults } from '../model/search';
import { SEARCH_WORKER_ABOVE } from '../model/scale/thresholds';
import type { SearchWorkerLike } from './searchWorkerClient';

/** The entities of an answer, given before its relations. */
export type EntityHits = Pick<SearchResults, 'entities' | 'totalEntities'>;

/** A ready search over one whole graph (names, aliases, relation summaries; English and Chinese in either script). */
export interface Searcher {
  /**
   * Ranked entities and relations for `query`: at most `limit` (default 20) of each, with how many matched in all.
   * `onEntities` gets the entities first, as soon as they are known (a worker's index searches the relations after).
   */
  search(query: string, options?: { limit?: number; onEntities?: (hits: EntityHits) => void }): Promise<SearchResults>;
  /** The same answer at once; only when the index lives on the page (small datasets), else null. */
  searchNow: ((query: string, options?: { limit?: number }) => SearchResults) | null;
  /** Ends the worker behind a big dataset's index (nothing for a page index). */
  dispose(): void;
}

async function pageSearcher(graph: EvidenceGraph): Promise<Searcher> {
  const { createSearchIndex, search } = await import('../model/search');
  const index = createSearchIndex(graph);
  const searchNow = (query: string, options?: { limit?: number }) => search(index, query, options);
  return {
    search: (query, options) => {
      const hits = searchNow(query, options);
      options?.onEntities?.({ entities: hits.entities, totalEntities: hits.totalEntities });
      return Promise.resolve(hits);
    },
    searchNow,
    dispose: () => {},
  };
}

/** The real worker, or a stand-in (tests). */
export type StartSearchWorker = () => SearchWorkerLike;

/**
 * Loads the search module and builds the index for the whole of `graph` (whatever part of it is drawn). Above
 * SEARCH_WORKER_ABOVE entities + relations the index is built and queried in a worker, so no long task blocks the
 * page; without workers (the one-file build) it falls back to the page.
 */
export async function loadSearcher(graph: EvidenceGraph, startWorker?: StartSearchWorker): Promise<Searcher> {
  if (graph.order + graph.size <= SEARCH_WORKER_ABOVE) return pageSearcher(graph);
  try {
    const { startSearchWorker, workerSearcher } = await import('./searchWorkerClient');
    return await workerSearcher(graph, startWorker ?? startSearchWorker);
  } catch {
    return pageSearcher(graph);
  }
}
