// entitySuggestions: search-index hits in either script, a plain name match before the index exists, nothing for blanks.
import { describe, expect, it } from 'vitest';
import { createSearchIndex, search } from '../../model/search';
import { makeTestGraph } from '../panels/testGraph';
import { entitySuggestions } from './entitySuggestions';

const graph = makeTestGraph();
const built = createSearchIndex(graph);
const searchNow = (q: string, o?: { limit?: number }) => search(built, q, o);
const index = { search: (q: string, o?: { limit?: number }) => Promise.resolve(searchNow(q, o)), searchNow, dispose: () => {} };
/** An index that answers only asynchronously (a big dataset's worker). */
const workerIndex = { ...index, searchNow: null };

describe('entitySuggestions', () => {
  it('finds an entity typed in Simplified Chinese through the index (the article writes Traditional)', () => {
    expect(entitySuggestions(graph, index, '布罗克曼', 'zh')[0]).toBe('greg-brockman');
  });

  it('matches names and aliases by substring while the index is not ready', () => {
    expect(entitySuggestions(graph, null, 'brock', 'en')).toEqual(['greg-brockman']);
    expect(entitySuggestions(graph, null, '微軟', 'zh')).toEqual(['microsoft']);
  });

  it('matches names by substring when the index answers only from a worker', () => {
    expect(entitySuggestions(graph, workerIndex, 'brock', 'en')).toEqual(['greg-brockman']);
  });

  it('suggests nothing for blank text and respects the limit', () => {
    expect(entitySuggestions(graph, index, '   ', 'en')).toEqual([]);
    expect(entitySuggestions(graph, null, 'a', 'en', 2)).toHaveLength(2);
  });
});
