// One heavy analysis as a task with a status: computed on the page for small graphs, in the analysis worker above a size.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { camps } from '../../model/analysis/camps';
import { centrality } from '../../model/analysis/centrality';
import type { VisibleSet } from '../../model/formats/subset';
import type { EvidenceGraph } from '../../model/graph';
import type { SerializedGraph } from '../../model/schema';
import type { AnalysisTask, AnalysisTaskResult } from '../../workers/analysisMessages';
import { createAnalysisClient, type AnalysisClient } from './analysisClient';

/** Where a task is: not asked, running (share done), done, cancelled by the user, or failed. */
export type TaskStatus =
  | { status: 'idle' }
  | { status: 'running'; fraction: number }
  | { status: 'done' }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** A task's status with its controls (the same whether it ran on the page or in the worker). */
export type TaskControl = TaskStatus & { cancel: () => void; retry: () => void };

/** Runs a task on the page (the same code the worker runs). */
export function runTask(graph: EvidenceGraph, task: AnalysisTask, visible: VisibleSet): AnalysisTaskResult {
  return task.kind === 'camps' ? camps(graph, visible) : centrality(graph, task.measure, visible, { exactMax: task.exactMax, samples: task.samples });
}

// One worker per kind of task (centrality and camps run side by side) for the page's current graph: a new graph ends the previous graph's workers.
const shared = new Map<AnalysisTask['kind'], { graph: EvidenceGraph; client: AnalysisClient }>();
function clientFor(graph: EvidenceGraph, kind: AnalysisTask['kind']): AnalysisClient {
  let slot = shared.get(kind);
  if (slot?.graph !== graph) {
    slot?.client.dispose();
    slot = { graph, client: createAnalysisClient(() => graph.export() as unknown as SerializedGraph) };
    shared.set(kind, slot);
  }
  return slot.client;
}

const taskKey = (task: AnalysisTask | null): string => JSON.stringify(task);
const NOOP = (): void => {};

/**
 * The result of `task` over `visible` (null while not asked, running, cancelled or failed) and its status. With
 * `inWorker` false it is computed during render (small graphs: no flash, no waiting); with it true it runs in the
 * analysis worker with progress, and `cancel` stops the worker.
 */
export function useAnalysisTask<R extends AnalysisTaskResult>(
  graph: EvidenceGraph,
  visible: VisibleSet,
  task: AnalysisTask | null,
  inWorker: boolean,
): { result: R | null; control: TaskControl } {
  const key = taskKey(task);
  const [attempt, setAttempt] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the task by value (its key), not the fresh object
  const syncResult = useMemo(() => (task && !inWorker ? (runTask(graph, task, visible) as R) : null), [graph, visible, key, inWorker]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the task by value (its key), not the fresh object
  const request = useMemo(() => (task && inWorker ? { task, attempt } : null), [graph, visible, key, inWorker, attempt]);
  const [answer, setAnswer] = useState<{ request: object; status: TaskStatus; result: R | null } | null>(null);
  const cancelRef = useRef<() => void>(NOOP);

  useEffect(() => {
    if (!request) return;
    const run = clientFor(graph, request.task.kind).run(request.task, visible, (fraction) => setAnswer({ request, status: { status: 'running', fraction }, result: null }));
    cancelRef.current = () => {
      run.cancel();
      setAnswer({ request, status: { status: 'cancelled' }, result: null });
    };
    run.done.then(
      (result) => {
        if (result !== null) setAnswer({ request, status: { status: 'done' }, result: result as R });
      },
      (error: unknown) => setAnswer({ request, status: { status: 'failed', message: error instanceof Error ? error.message : String(error) }, result: null }),
    );
    return () => {
      cancelRef.current = NOOP;
      run.cancel();
    };
  }, [graph, visible, request]);

  const cancel = useCallback(() => cancelRef.current(), []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const asked = task !== null;
  return useMemo(() => {
    if (!asked) return { result: null, control: { status: 'idle', cancel, retry } };
    if (!inWorker) return { result: syncResult, control: { status: 'done', cancel, retry } };
    const mine = answer && answer.request === request ? answer : null;
    return { result: mine?.result ?? null, control: { ...(mine?.status ?? { status: 'running', fraction: 0 }), cancel, retry } };
  }, [asked, inWorker, syncResult, answer, request, cancel, retry]);
}
