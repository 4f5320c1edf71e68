// The search worker: builds the search index of a big dataset off the main thread (from chunks the page sends) and answers queries.
/// <reference lib="webworker" />
import { createSearchHandler } from './searchHandler';
import type { SearchRequest, SearchResponse } from './searchMessages';

const handle = createSearchHandler((response: SearchResponse) => postMessage(response));

addEventListener('message', (event: MessageEvent<SearchRequest>) => handle(event.data));
