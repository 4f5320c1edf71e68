// loadSearcher: small graphs search on the page; big ones stream their sources to a worker in chunks and get the same answers from it.
import { describe, expect, it } from 'vitest';
import { createSearchIndex, search } from '../model/search';
import { SEARCH_WORKER_ABOVE } from '../model/scale/thresholds';
import { scaledGraph } from '../model/testing/scaledGraph';
import { buildMiniGraph } from '../model/testing/miniGraph';
import { createSearchHandler } from '../workers/searchHandler';
import type { SearchRequest, SearchResponse } from '../workers/searchMessages';
import { loadSearcher } from './searcher';
import { SOURCES_PER_CHUNK, type SearchWorkerLike } from './searchWorkerClient';

/** A worker stand-in running the real worker logic asynchronously; records what the page sent. */
function fakeWorker(sent: SearchRequest[]): () => SearchWorkerLike {
  return () => {
    // Like a real worker's, each answer reaches the page in a task of its own.
    const handle = createSearchHandler((response) => setTimeout(() => worker.onmessage?.({ data: response } as MessageEvent<SearchResponse>), 0));
    const worker: SearchWorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => {},
      postMessage(message) {
        sent.push(message);
        setTimeout(() => handle(message), 0);
      },
    };
    return worker;
  };
}

/** A worker that cannot start (the one-file build has none). */
const brokenWorker = (): SearchWorkerLike => {
  const worker: SearchWorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => {},
    postMessage: () => setTimeout(() => worker.onerror?.({ message: 'no workers here' } as ErrorEvent), 0),
  };
  return worker;
};

describe('loadSearcher', () => {
  it('searches a small graph on the page, answering at once', async () => {
    const sent: SearchRequest[] = [];
    const searcher = await loadSearcher(buildMiniGraph(), fakeWorker(sent));
    expect(sent).toEqual([]);
    expect(searcher.searchNow?.('musk').entities[0]?.id).toBe('elon-musk');
    let early: string | undefined;
    expect((await searcher.search('musk', { onEntities: (hits) => (early = hits.entities[0]?.id) })).entities[0]?.id).toBe('elon-musk');
    expect(early).toBe('elon-musk');
  });

  it('builds a big graph’s index in a worker from chunks, and its answers equal a page index’s', async () => {
    const graph = scaledGraph(4000, 8000);
    expect(graph.order + graph.size).toBeGreaterThan(SEARCH_WORKER_ABOVE);
    const sent: SearchRequest[] = [];
    const searcher = await loadSearcher(graph, fakeWorker(sent));
    expect(searcher.searchNow).toBeNull();
    const chunks = sent.filter((m) => m.type === 'sources');
    expect(chunks.length).toBe(Math.ceil((graph.order + graph.size) / SOURCES_PER_CHUNK));
    expect(chunks.every((m) => m.type === 'sources' && m.sources.length <= SOURCES_PER_CHUNK)).toBe(true);
    expect(sent.at(-1)).toEqual({ type: 'done' });
    const page = createSearchIndex(graph);
    for (const q of ['alpha', 'kestrel 12', '實體7', 'musk']) expect(await searcher.search(q, { limit: 50 })).toEqual(search(page, q, { limit: 50 }));
    // The entities come first (before the whole answer), and are the whole answer's.
    const events: string[] = [];
    const whole = await searcher.search('alpha', {
      limit: 50,
      onEntities: (hits) => {
        events.push('entities');
        expect(hits).toEqual({ entities: search(page, 'alpha', { limit: 50 }).entities, totalEntities: search(page, 'alpha', { limit: 50 }).totalEntities });
      },
    }).then((r) => {
      events.push('whole');
      return r;
    });
    expect(events).toEqual(['entities', 'whole']);
    expect(whole.entities.length).toBe(50);
    searcher.dispose();
    await expect(searcher.search('alpha')).rejects.toThrow(/disposed/);
  });

  it('falls back to a page index when the worker cannot run', async () => {
    const searcher = await loadSearcher(scaledGraph(4000, 8000), brokenWorker);
    expect(searcher.searchNow?.('alpha 12').entities[0]?.id).toBe('e12');
  });
});
