// Graphology JSON export: graph.export() of the visible part, pretty-printed.
import type { EvidenceGraph } from '../graph';
import { subsetGraph, type VisibleSet } from './subset';

/** Graphology's serialization (graph.export()) of the graph or its visible part, as indented JSON. */
export function toGraphologyJson(graph: EvidenceGraph, visible?: VisibleSet): string {
  return `${JSON.stringify(subsetGraph(graph, visible).export(), null, 2)}\n`;
}
