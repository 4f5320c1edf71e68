// The Graphology model: the typed graph and its loader from the compiled dataset. No React, no Cytoscape.
import Graph from 'graphology';
import type { AbstractGraph, SerializedGraph as GraphologySerialized } from 'graphology-types';
import type { CompiledDataset, EdgeAttributes, GraphAttributes, NodeAttributes, SerializedGraph } from './schema';

export type EvidenceGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Builds a mixed multi-graph from Graphology's serialization format. */
export function graphFromSerialized(data: SerializedGraph): EvidenceGraph {
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
  graph.import(data as GraphologySerialized<NodeAttributes, EdgeAttributes, GraphAttributes>);
  return graph;
}

/** Builds the model from the bundled dataset. */
export function graphFromDataset(dataset: CompiledDataset): EvidenceGraph {
  return graphFromSerialized(dataset.graph);
}
