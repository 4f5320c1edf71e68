// The re-layout worker: the regular (multi-seed ForceAtlas2 + label-box) layout of the graph being edited, off the main thread; Cancel ends the worker.
/// <reference lib="webworker" />
import { handleRelayout } from './relayoutHandler';
import type { RelayoutRequest, RelayoutResponse } from './relayoutMessages';

addEventListener('message', (event: MessageEvent<RelayoutRequest>) => {
  if (event.data?.type !== 'relayout') return;
  const answer: RelayoutResponse = handleRelayout(event.data);
  postMessage(answer);
});
