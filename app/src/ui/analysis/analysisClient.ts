// Runs analysis tasks in a Web Worker, one at a time per graph: progress, a result, and Cancel (which ends the worker).
import type { SerializedGraph } from '../../model/schema';
import type { AnalysisRequest, AnalysisResponse, AnalysisTask, AnalysisTaskResult } from '../../workers/analysisMessages';

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** One task in flight. */
export interface AnalysisRun {
  /** The result; null when cancelled (or replaced by a newer run). Rejects when the worker failed. */
  done: Promise<AnalysisTaskResult | null>;
  cancel: () => void;
}

export interface AnalysisClient {
  /** Starts `task` over `visible` (null = everything); a run still in flight is cancelled first. */
  run(task: AnalysisTask, visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null, onProgress: (fraction: number) => void): AnalysisRun;
  dispose(): void;
}

/** The real worker (bundled by Vite from its own entry). */
export const startAnalysisWorker = (): WorkerLike =>
  new Worker(new URL('../../workers/analysisWorker.ts', import.meta.url), { type: 'module', name: 'analysis' }) as unknown as WorkerLike;

/**
 * A client for one graph. The worker is started on the first run and gets the graph (`serialize()`, called then) with
 * it; it is kept for the next runs. Cancel terminates it: the next run starts a fresh one and sends the graph again.
 */
export function createAnalysisClient(serialize: () => SerializedGraph, startWorker: () => WorkerLike = startAnalysisWorker): AnalysisClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let current: { id: number; settle: (r: AnalysisTaskResult | null) => void } | null = null;

  const stop = (): void => {
    worker?.terminate();
    worker = null;
    const run = current;
    current = null;
    run?.settle(null);
  };

  return {
    run(task, visible, onProgress) {
      if (current) stop();
      const id = nextId++;
      let settle: (r: AnalysisTaskResult | null) => void = () => {};
      let fail: (e: Error) => void = () => {};
      const done = new Promise<AnalysisTaskResult | null>((resolve, reject) => {
        settle = resolve;
        fail = reject;
      });
      current = { id, settle };
      const fresh = worker === null;
      const w = worker ?? startWorker();
      worker = w;
      w.onmessage = (event) => {
        const message = event.data;
        if (current?.id !== message.id) return;
        if (message.type === 'progress') onProgress(message.fraction);
        else {
          current = null;
          if (message.type === 'result') settle(message.result);
          else fail(new Error(message.message));
        }
      };
      w.onerror = (event) => {
        event.preventDefault();
        worker?.terminate();
        worker = null;
        if (current?.id === id) {
          current = null;
          fail(new Error(event.message || 'the analysis worker stopped'));
        }
      };
      const request: AnalysisRequest = {
        type: 'run',
        id,
        task,
        visible: visible ? { nodes: [...visible.nodes], edges: [...visible.edges] } : null,
        ...(fresh ? { graph: serialize() } : {}),
      };
      w.postMessage(request);
      return {
        done,
        cancel: () => {
          if (current?.id === id) stop();
        },
      };
    },
    dispose: stop,
  };
}
