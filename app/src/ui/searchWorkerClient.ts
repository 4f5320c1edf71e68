// The search worker's client (loaded only for big datasets): streams the graph's search sources to the worker in chunks, then queries it.
import type { EvidenceGraph } from '../model/graph';
import type { SearchResults } from '../model/search';
import type { SearchRequest, SearchResponse } from '../workers/searchMessages';
import { searchSources } from '../model/search/sources';
import type { EntityHits, Searcher } from './searcher';

/** The part of a Worker the searcher uses (a fake in tests). */
export interface SearchWorkerLike {
  postMessage(message: SearchRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SearchResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Entities and relations the page sends the worker per message; the page yields between messages. */
export const SOURCES_PER_CHUNK = 2000;

/** The real worker (bundled by Vite from its own entry). */
export const startSearchWorker = (): SearchWorkerLike =>
  new Worker(new URL('../workers/searchWorker.ts', import.meta.url), { type: 'module', name: 'search' }) as unknown as SearchWorkerLike;

/**
 * Streams the graph's search sources to a worker in chunks (one task each) and resolves once the worker's index
 * is complete. Rejects when the worker cannot run (e.g. the one-file build, which has none).
 */
export async function workerSearcher(graph: EvidenceGraph, startWorker: () => SearchWorkerLike = startSearchWorker): Promise<Searcher> {
  const worker = startWorker();
  const pending = new Map<number, { resolve: (r: SearchResults) => void; reject: (e: Error) => void; onEntities?: ((hits: EntityHits) => void) | undefined }>();
  let nextId = 1;
  let stopped = false;
  const stop = (error: Error): void => {
    if (stopped) return;
    stopped = true;
    worker.terminate();
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const searcher: Searcher = {
    search(query, options) {
      if (stopped) return Promise.reject(new Error('search: the index was disposed'));
      const id = nextId++;
      return new Promise<SearchResults>((resolve, reject) => {
        pending.set(id, { resolve, reject, onEntities: options?.onEntities });
        worker.postMessage({ type: 'search', id, query, limit: Math.max(0, Math.floor(options?.limit ?? 20)) });
      });
    },
    searchNow: null,
    dispose: () => stop(new Error('search: the index was disposed')),
  };
  return new Promise<Searcher>((resolve, reject) => {
    const fail = (error: Error): void => {
      stop(error);
      reject(error);
    };
    worker.onerror = (event) => fail(new Error(`search worker: ${event.message || 'failed to start'}`));
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'ready') resolve(searcher);
      else if (message.type === 'entities') pending.get(message.id)?.onEntities?.({ entities: message.entities, totalEntities: message.totalEntities });
      else if (message.type === 'results') {
        pending.get(message.id)?.resolve(message.results);
        pending.delete(message.id);
      } else if (message.id === null) fail(new Error(`search worker: ${message.message}`));
      else {
        pending.get(message.id)?.reject(new Error(`search: ${message.message}`));
        pending.delete(message.id);
      }
    };
    const sources = searchSources(graph);
    const pump = (): void => {
      if (stopped) return;
      const chunk = [];
      let next = sources.next();
      for (; !next.done; next = sources.next()) {
        chunk.push(next.value);
        if (chunk.length >= SOURCES_PER_CHUNK) break;
      }
      if (chunk.length > 0) worker.postMessage({ type: 'sources', sources: chunk });
      if (next.done || chunk.length < SOURCES_PER_CHUNK) worker.postMessage({ type: 'done' });
      else setTimeout(pump, 0);
    };
    pump();
  });
}
