// Runs the structure worker (Louvain, and PageRank when asked) on a topology; an import over the budget starts it early.
import type { GraphStructure } from '../../model/scale/structure';
import type { Topology } from '../../model/scale/topology';
import type { StructureRequest, StructureResponse } from '../../workers/structureMessages';

export interface StructureRun {
  result: Promise<GraphStructure>;
  /** Ends the worker (a run still going rejects). */
  cancel: () => void;
}

/** Runs `topology` in a new structure worker (it gets copies of the arrays; the caller keeps its own). */
export function runStructure(topology: Topology, pagerank: boolean, onStage: (stage: 'communities' | 'pagerank') => void = () => {}): StructureRun {
  const request: StructureRequest = { type: 'structure', pagerank, topology: { ids: topology.ids, a: topology.a.slice(), b: topology.b.slice(), weight: topology.weight.slice() } };
  const worker = new Worker(new URL('../../workers/structureWorker.ts', import.meta.url), { type: 'module', name: 'structure' });
  let stop: (error: Error) => void = () => {};
  const result = new Promise<GraphStructure>((resolve, reject) => {
    stop = reject;
    worker.onmessage = (event: MessageEvent<StructureResponse>) => {
      const m = event.data;
      if (m.type === 'progress') onStage(m.stage);
      else if (m.type === 'result') resolve(m.structure);
      else reject(new Error(m.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the structure worker stopped'));
    };
    worker.postMessage(request, [request.topology.a.buffer, request.topology.b.buffer, request.topology.weight.buffer]);
  });
  const end = (): void => worker.terminate();
  result.then(end, end);
  return {
    result,
    cancel: () => {
      end();
      stop(new Error('cancelled'));
    },
  };
}

/** Communities (no PageRank) started while an import was still arriving, by the topology the graph will remember. */
const early = new WeakMap<Topology, StructureRun>();

/**
 * Starts the communities of an imported graph's `topology` at once (its overview needs them first), while the page still
 * receives the graph; returns how to cancel it (a cancelled or failed import). Never throws.
 */
export function startEarlyStructure(topology: Topology): () => void {
  let run: StructureRun;
  try {
    run = runStructure(topology, false);
  } catch {
    // No worker here (the overview will say so when it runs): the import itself goes on.
    return () => {};
  }
  run.result.catch(() => undefined);
  early.set(topology, run);
  return () => {
    early.delete(topology);
    run.cancel();
  };
}

/** The early run for `topology`, if one was started (taken once). */
export function takeEarlyStructure(topology: Topology): StructureRun | undefined {
  const run = early.get(topology);
  early.delete(topology);
  return run;
}
