// The re-layout worker's logic, apart from the worker globals (so tests run it in-process): the regular build-time layout of a graph.
import { applyLayout } from '../model/data/layout';
import type { NodePosition } from '../model/edit/compileForEditing';
import { graphFromSerialized } from '../model/graph';
import type { RelayoutRequest, RelayoutResponse } from './relayoutMessages';

/** Lays the graph out as `npm run data` does (applyLayout: same graph, same positions) and answers every node's x/y and px/py. */
export function handleRelayout(request: RelayoutRequest): RelayoutResponse {
  try {
    const graph = graphFromSerialized(request.graph);
    applyLayout(graph);
    const positions = graph.mapNodes((key, a): [string, NodePosition] => [key, { x: a.x, y: a.y, ...(a.px !== undefined && a.py !== undefined ? { px: a.px, py: a.py } : {}) }]);
    return { type: 'result', id: request.id, positions };
  } catch (error) {
    return { type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) };
  }
}
