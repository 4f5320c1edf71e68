// Re-layout on demand (edit bar): the regular layout of the graph being edited, in a Web Worker, one run at a time, with Cancel.
import type { NodePosition } from '../../../model/edit/compileForEditing';
import type { CompiledDataset } from '../../../model/schema';
import type { RelayoutRequest, RelayoutResponse } from '../../../workers/relayoutMessages';

/** The part of a Worker the client uses (a fake in tests). */
export interface RelayoutWorkerLike {
  postMessage(message: RelayoutRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<RelayoutResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The real worker (bundled by Vite from its own entry, loaded only when a re-layout is asked for). */
export const startRelayoutWorker = (): RelayoutWorkerLike =>
  new Worker(new URL('../../../workers/relayoutWorker.ts', import.meta.url), { type: 'module', name: 'relayout' }) as unknown as RelayoutWorkerLike;

/** Rejection of a run that was cancelled (by `cancelRelayout` or by a newer run). */
export class RelayoutCancelled extends Error {
  constructor() {
    super('re-layout cancelled');
    this.name = 'RelayoutCancelled';
  }
}

let running: { worker: RelayoutWorkerLike; reject: (e: Error) => void } | null = null;
let nextId = 1;

/** Stops the re-layout in flight, if any (its worker is ended; its promise rejects with RelayoutCancelled). */
export function cancelRelayout(): void {
  const run = running;
  running = null;
  run?.worker.terminate();
  run?.reject(new RelayoutCancelled());
}

/**
 * Every node's position in the regular layout of `compiled` (what `npm run data` would give this graph), computed in a
 * fresh worker that ends with the run. Pass the result as `previous` to compileForEditing to draw it. A run still in
 * flight is cancelled first. Rejects with RelayoutCancelled when cancelled, with the worker's message when it failed.
 */
export function relayoutInWorker(compiled: CompiledDataset, startWorker: () => RelayoutWorkerLike = startRelayoutWorker): Promise<Map<string, NodePosition>> {
  cancelRelayout();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    const run = { worker, reject };
    running = run;
    const finish = (): boolean => {
      if (running !== run) return false;
      running = null;
      worker.terminate();
      return true;
    };
    worker.onmessage = (event) => {
      const answer = event.data;
      if (answer.id !== id || !finish()) return;
      if (answer.type === 'result') resolve(new Map(answer.positions));
      else reject(new Error(answer.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (finish()) reject(new Error(event.message || 'the re-layout worker stopped'));
    };
    worker.postMessage({ type: 'relayout', id, graph: compiled.graph });
  });
}
