// The structure worker: Louvain communities and PageRank of a big graph's topology, off the main thread, for the overview.
/// <reference lib="webworker" />
import { graphStructure } from '../model/scale/structure';
import type { StructureRequest, StructureResponse } from './structureMessages';

const post = (message: StructureResponse, transfer: Transferable[] = []): void => postMessage(message, transfer);

addEventListener('message', (event: MessageEvent<StructureRequest>) => {
  if (event.data?.type !== 'structure') return;
  try {
    const structure = graphStructure(event.data.topology, (stage) => post({ type: 'progress', stage }), event.data.pagerank);
    post({ type: 'result', structure }, [structure.community.buffer, structure.rank.buffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
