// The search worker's handler: builds its index from chunks, then answers each search twice, entities first, then whole.
import { describe, expect, it } from 'vitest';
import { createSearchIndex, search, searchSources } from '../model/search';
import { scaledGraph } from '../model/testing/scaledGraph';
import { createSearchHandler } from './searchHandler';
import type { SearchResponse } from './searchMessages';

describe('createSearchHandler', () => {
  const graph = scaledGraph(800, 2000);
  const posted: SearchResponse[] = [];
  const handle = createSearchHandler((r) => posted.push(r));
  const all = [...searchSources(graph)];
  for (let i = 0; i < all.length; i += 500) handle({ type: 'sources', sources: all.slice(i, i + 500) });

  it('says it is ready, with how many documents it holds, only once told the sources are done', () => {
    expect(posted).toEqual([]);
    handle({ type: 'done' });
    expect(posted).toEqual([{ type: 'ready', documents: graph.order + graph.size }]);
  });

  it('posts a search’s entities, then its whole answer, equal to a page index’s', () => {
    const page = createSearchIndex(graph);
    for (const [id, query] of [[1, 'alpha'], [2, 'relation 12'], [3, 'zzzz']] as const) {
      posted.length = 0;
      handle({ type: 'search', id, query, limit: 20 });
      const whole = search(page, query, { limit: 20 });
      expect(posted).toEqual([
        { type: 'entities', id, entities: whole.entities, totalEntities: whole.totalEntities },
        { type: 'results', id, results: whole },
      ]);
    }
  });
});
