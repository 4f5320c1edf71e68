// The re-layout client: one worker per run, its positions as a Map, Cancel ends the worker and rejects, a newer run cancels the older.
import { describe, expect, it } from 'vitest';
import type { CompiledDataset } from '../../../model/schema';
import type { RelayoutRequest, RelayoutResponse } from '../../../workers/relayoutMessages';
import { cancelRelayout, relayoutInWorker, RelayoutCancelled, type RelayoutWorkerLike } from './relayoutClient';

class FakeWorker implements RelayoutWorkerLike {
  onmessage: ((event: MessageEvent<RelayoutResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: RelayoutRequest[] = [];
  terminated = false;
  postMessage(message: RelayoutRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(response: RelayoutResponse): void {
    this.onmessage?.({ data: response } as MessageEvent<RelayoutResponse>);
  }
}

const compiled = { graph: { attributes: {}, options: {}, nodes: [], edges: [] }, texts: {} } as unknown as CompiledDataset;

function start(): { promise: ReturnType<typeof relayoutInWorker>; worker: FakeWorker } {
  let worker: FakeWorker | null = null;
  const promise = relayoutInWorker(compiled, () => (worker = new FakeWorker()));
  return { promise, worker: worker as unknown as FakeWorker };
}

describe('relayoutInWorker', () => {
  it('sends the graph and resolves with the positions as a Map, then ends the worker', async () => {
    const { promise, worker } = start();
    const request = worker.sent[0] as RelayoutRequest;
    expect(request).toMatchObject({ type: 'relayout', graph: compiled.graph });
    worker.answer({ type: 'result', id: request.id, positions: [['a', { x: 1, y: 2, px: 3, py: 4 }]] });
    await expect(promise).resolves.toEqual(new Map([['a', { x: 1, y: 2, px: 3, py: 4 }]]));
    expect(worker.terminated).toBe(true);
  });

  it('rejects with RelayoutCancelled and ends the worker on cancel; a late answer changes nothing', async () => {
    const { promise, worker } = start();
    cancelRelayout();
    await expect(promise).rejects.toBeInstanceOf(RelayoutCancelled);
    expect(worker.terminated).toBe(true);
    worker.answer({ type: 'result', id: (worker.sent[0] as RelayoutRequest).id, positions: [] });
  });

  it('cancels the run in flight when a new one starts', async () => {
    const first = start();
    const second = start();
    await expect(first.promise).rejects.toBeInstanceOf(RelayoutCancelled);
    expect(first.worker.terminated).toBe(true);
    expect(second.worker.terminated).toBe(false);
    second.worker.answer({ type: 'result', id: (second.worker.sent[0] as RelayoutRequest).id, positions: [] });
    await expect(second.promise).resolves.toEqual(new Map());
  });

  it("rejects with the worker's message when the layout failed or the worker stopped", async () => {
    const failed = start();
    failed.worker.answer({ type: 'error', id: (failed.worker.sent[0] as RelayoutRequest).id, message: 'bad graph' });
    await expect(failed.promise).rejects.toThrow('bad graph');
    const crashed = start();
    crashed.worker.onerror?.({ message: 'out of memory', preventDefault: () => {} } as ErrorEvent);
    await expect(crashed.promise).rejects.toThrow('out of memory');
    expect(crashed.worker.terminated).toBe(true);
  });
});
