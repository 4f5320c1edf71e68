// A stored dataset (a `d=` link, the Datasets menu) built into the explorer's model in short tasks, like an import's parts.
import type { CompiledDataset } from '../../model/schema';
import { IMPORT_CHUNK } from '../../workers/importMessages';
import type { LoadedDataset } from '../builtInDataset';

/** Lets the page paint (and other tasks run) between two chunks. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The same model as `loadCompiledDataset(dataset)` (receiveDataset.ts, tested equal), built IMPORT_CHUNK nodes or
 * edges per task instead of in one long task; the overview's topology is remembered with the graph.
 */
export async function loadInParts(dataset: CompiledDataset): Promise<LoadedDataset> {
  const { receiveDataset } = await import('./receiveDataset');
  const { nodes, edges } = dataset.graph;
  const receiver = receiveDataset({ ...dataset, graph: { ...dataset.graph, nodes: [], edges: [] } });
  for (let i = 0; i < nodes.length; i += IMPORT_CHUNK) {
    receiver.nodes(nodes.slice(i, i + IMPORT_CHUNK));
    await nextTask();
  }
  for (let i = 0; i < edges.length; i += IMPORT_CHUNK) {
    receiver.edges(edges.slice(i, i + IMPORT_CHUNK));
    await nextTask();
  }
  return receiver.done().loaded;
}
