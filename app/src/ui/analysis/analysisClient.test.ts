// The analysis client: sends the graph once per worker, reports progress, and Cancel terminates the worker and settles null.
import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../model/schema';
import type { AnalysisRequest, AnalysisResponse } from '../../workers/analysisMessages';
import { createAnalysisClient, type WorkerLike } from './analysisClient';

class FakeWorker implements WorkerLike {
  sent: AnalysisRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: AnalysisRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(message: AnalysisResponse): void {
    if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<AnalysisResponse>);
  }
}

const GRAPH = { attributes: {}, nodes: [], edges: [] } as unknown as SerializedGraph;
const TASK = { kind: 'centrality', measure: 'betweenness', exactMax: 10, samples: 5 } as const;
const RESULT = { measure: 'betweenness', scores: new Map([['a', 1]]), ranking: [{ id: 'a', score: 1, rank: 1 }] } as const;

function setup() {
  const workers: FakeWorker[] = [];
  let serialized = 0;
  const client = createAnalysisClient(
    () => {
      serialized += 1;
      return GRAPH;
    },
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
  );
  return { client, workers, serializedCount: () => serialized };
}

describe('analysis client', () => {
  it('sends the graph with the first run only, reports progress and resolves with the result', async () => {
    const { client, workers, serializedCount } = setup();
    const progress: number[] = [];
    const first = client.run(TASK, { nodes: new Set(['a']), edges: new Set() }, (f) => progress.push(f));
    const w = workers[0] as FakeWorker;
    const id = (w.sent[0] as AnalysisRequest).id;
    expect(w.sent[0]?.graph).toBe(GRAPH);
    expect(w.sent[0]?.visible).toEqual({ nodes: ['a'], edges: [] });
    w.reply({ type: 'progress', id, fraction: 0.5 });
    w.reply({ type: 'result', id, result: RESULT as never });
    await expect(first.done).resolves.toBe(RESULT);
    expect(progress).toEqual([0.5]);
    client.run(TASK, null, () => {});
    expect(workers).toHaveLength(1);
    expect(w.sent[1]?.graph).toBeUndefined();
    expect(serializedCount()).toBe(1);
  });

  it('cancel terminates the worker, settles null and ignores anything it still says; the next run starts a fresh worker with the graph', async () => {
    const { client, workers } = setup();
    const progress: number[] = [];
    const run = client.run(TASK, null, (f) => progress.push(f));
    const w = workers[0] as FakeWorker;
    run.cancel();
    expect(w.terminated).toBe(true);
    await expect(run.done).resolves.toBeNull();
    w.onmessage?.({ data: { type: 'progress', id: (w.sent[0] as AnalysisRequest).id, fraction: 0.9 } } as MessageEvent<AnalysisResponse>);
    expect(progress).toEqual([]);
    client.run(TASK, null, () => {});
    expect(workers).toHaveLength(2);
    expect(workers[1]?.sent[0]?.graph).toBe(GRAPH);
  });

  it('a new run while one is in flight cancels the old one (null) and the worker error rejects the run', async () => {
    const { client, workers } = setup();
    const old = client.run(TASK, null, () => {});
    const next = client.run({ kind: 'camps' }, null, () => {});
    await expect(old.done).resolves.toBeNull();
    expect(workers[0]?.terminated).toBe(true);
    const w = workers[1] as FakeWorker;
    w.reply({ type: 'error', id: (w.sent[0] as AnalysisRequest).id, message: 'boom' });
    await expect(next.done).rejects.toThrow('boom');
  });
});
