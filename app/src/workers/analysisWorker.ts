// The analysis worker: keeps the page's graph and runs centrality (betweenness sampled above a size) and camps off the main thread.
/// <reference lib="webworker" />
import { camps } from '../model/analysis/camps';
import { centrality } from '../model/analysis/centrality';
import { graphFromSerialized, type EvidenceGraph } from '../model/graph';
import type { AnalysisRequest, AnalysisResponse } from './analysisMessages';

const post = (message: AnalysisResponse): void => postMessage(message);
let graph: EvidenceGraph | null = null;

addEventListener('message', (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  if (request?.type !== 'run') return;
  const { id, task } = request;
  try {
    if (request.graph) graph = graphFromSerialized(request.graph);
    if (!graph) throw new Error('no graph was sent to the analysis worker');
    const visible = request.visible ? { nodes: new Set(request.visible.nodes), edges: new Set(request.visible.edges) } : undefined;
    post({ type: 'progress', id, fraction: 0 });
    const result =
      task.kind === 'camps'
        ? camps(graph, visible)
        : centrality(graph, task.measure, visible, {
            exactMax: task.exactMax,
            samples: task.samples,
            onProgress: (fraction) => post({ type: 'progress', id, fraction }),
          });
    post({ type: 'result', id, result });
  } catch (error: unknown) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
});
