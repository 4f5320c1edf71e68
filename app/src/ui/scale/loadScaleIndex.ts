// Runs the structure worker for a big graph and builds the overview's index; computed once per dataset (by content id).
import type { EvidenceGraph } from '../../model/graph';
import { buildScaleIndex, type ScaleIndex } from '../../model/scale/scaleIndex';
import { topologyOf } from '../../model/scale/topology';
import { runStructure, takeEarlyStructure } from './structureRun';

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
  // Communities an import started early (runImport.ts) are taken as they are; anything else runs now.
  const early = ranked ? undefined : takeEarlyStructure(topology);
  if (early) onStage('communities');
  const run = early ?? runStructure(topology, ranked, onStage);
  try {
    const structure = await run.result.catch((error: unknown) => {
      if (!early) throw error;
      return runStructure(topology, ranked, onStage).result;
    });
    performance.mark('overview:structure');
    onStage('index');
    await nextTask();
    const index = buildScaleIndex(topology, structure, ranked);
    performance.mark('overview:index');
    return index;
  } finally {
    run.cancel();
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
