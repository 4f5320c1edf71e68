// The messages between the page and the re-layout worker (edit mode's "Re-layout"): the graph in, every node's new position out.
import type { NodePosition } from '../model/edit/compileForEditing';
import type { SerializedGraph } from '../model/schema';

export interface RelayoutRequest {
  type: 'relayout';
  /** Answers carry it back, so a late answer to a replaced request is ignored. */
  id: number;
  graph: SerializedGraph;
}

export type RelayoutResponse =
  /** Every node's position as [key, position] pairs (a list, so no key can be an object's own property name). */
  | { type: 'result'; id: number; positions: [string, NodePosition][] }
  | { type: 'error'; id: number; message: string };
