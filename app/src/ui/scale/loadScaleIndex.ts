// Runs the structure worker for a big graph and builds the overview's index; computed once per dataset (by content id).
import type { EvidenceGraph } from '../../model/graph';
import { buildScaleIndex, type ScaleIndex } from '../../model/scale/scaleIndex';
import { topologyOf } from '../../model/scale/topology';
import type { StructureRequest, StructureResponse } from '../../workers/structureMessages';

export type ScaleStage = 'topology' | 'communities' | 'pagerank' | 'index';

/** Per dataset: the index without PageRank (communities) and with it (top entities); the ranked one serves both. */
interface Cached {
  plain?: Promise<ScaleIndex>;
  ranked?: Promise<ScaleIndex>;
}
const cache = new Map<string, Cached>();
const byGraph = new WeakMap<EvidenceGraph, Cached>();

/** Lets the page paint (and the heartbeat tick) between the main-thread steps. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function compute(graph: EvidenceGraph, ranked: boolean, onStage: (stage: ScaleStage) => void): Promise<ScaleIndex> {
  // Marks for the bench: overview:start → topology → structure (worker) → index.
  performance.mark('overview:start');
  onStage('topology');
  await nextTask();
  const topology = topologyOf(graph);
  performance.mark('overview:topology');
  // The worker gets copies of the id list and link arrays; the page keeps its own for building the index.
  const request: StructureRequest = { type: 'structure', pagerank: ranked, topology: { ids: topology.ids, a: topology.a.slice(), b: topology.b.slice(), weight: topology.weight.slice() } };
  const worker = new Worker(new URL('../../workers/structureWorker.ts', import.meta.url), { type: 'module', name: 'structure' });
  try {
    const structure = await new Promise<Extract<StructureResponse, { type: 'result' }>['structure']>((resolve, reject) => {
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
    performance.mark('overview:structure');
    onStage('index');
    await nextTask();
    const index = buildScaleIndex(topology, structure, ranked);
    performance.mark('overview:index');
    return index;
  } finally {
    worker.terminate();
  }
}

/**
 * The overview index of `graph`: communities (and, when `ranked`, PageRank) computed in a worker, then indexed on the
 * page. Cached by `contentId` (the dataset's content id, so reopening a dataset in this page reuses it) or, without
 * one, by the graph itself; a ranked index also serves the communities overview.
 */
export function loadScaleIndex(graph: EvidenceGraph, contentId: string | null, ranked: boolean, onStage: (stage: ScaleStage) => void): Promise<ScaleIndex> {
  let entry = contentId === null ? byGraph.get(graph) : cache.get(contentId);
  if (!entry) {
    entry = {};
    if (contentId === null) byGraph.set(graph, entry);
    else cache.set(contentId, entry);
  }
  const found = ranked ? entry.ranked : (entry.ranked ?? entry.plain);
  if (found) return found;
  const pending = compute(graph, ranked, onStage);
  const slot: keyof Cached = ranked ? 'ranked' : 'plain';
  const owner = entry;
  owner[slot] = pending;
  pending.catch(() => {
    if (owner[slot] === pending) delete owner[slot];
  });
  return pending;
}
