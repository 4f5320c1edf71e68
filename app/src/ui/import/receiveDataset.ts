// A successful import received in parts from the worker: the Graphology graph and link index grow chunk by chunk; the overview topology comes with the head.
import { graphFromSerialized } from '../../model/graph';
import type { SerializedGraph as GraphologySerialized } from 'graphology-types';
import type { CompiledDataset, EdgeAttributes, GraphAttributes, NodeAttributes, SerializedGraph } from '../../model/schema';
import { rememberTopology, topologyOfSerialized } from '../../model/scale/topology';
import type { GraphShape } from '../../workers/importMessages';
import { datasetIndexOf, pairKey } from '../../state/datasetIndex';
import type { LoadedDataset } from '../builtInDataset';

export interface DatasetReceiver {
  /** Adds a chunk of nodes (every node comes before any edge). */
  nodes: (chunk: SerializedGraph['nodes']) => void;
  /** Adds a chunk of edges. */
  edges: (chunk: SerializedGraph['edges']) => void;
  /** The whole dataset (as the worker holds it) and the loaded model: the same as `loadCompiledDataset(dataset)` gives. */
  done: () => { dataset: CompiledDataset; loaded: LoadedDataset };
}

/**
 * Starts from the worker's `head` (the dataset with empty node and edge lists). Each chunk is added as it arrives, so
 * the page's work is spread over one short task per message instead of one long task for the whole graph. The
 * overview's topology and element total (model/scale/topology.ts) are the worker's `shape` when given (else read from
 * the lists at the end) and are remembered with the graph, so opening the overview does not walk every edge again.
 */
export function receiveDataset(head: CompiledDataset, shape?: GraphShape): DatasetReceiver {
  const nodes: SerializedGraph['nodes'] = [];
  const edges: SerializedGraph['edges'] = [];
  const graph = graphFromSerialized({ ...head.graph, nodes: [], edges: [] });
  const relations = new Map<string, number>();
  const pairs = new Set<string>();
  return {
    nodes(chunk) {
      graph.import({ nodes: chunk } as Partial<GraphologySerialized<NodeAttributes, EdgeAttributes, GraphAttributes>>);
      for (const node of chunk) nodes.push(node);
    },
    edges(chunk) {
      graph.import({ edges: chunk } as Partial<GraphologySerialized<NodeAttributes, EdgeAttributes, GraphAttributes>>);
      for (const edge of chunk) {
        edges.push(edge);
        relations.set(edge.key, edge.attributes.evidence.length);
        pairs.add(pairKey(edge.source, edge.target));
      }
    },
    done() {
      const { topology, total } = shape ?? topologyOfSerialized(nodes, edges);
      rememberTopology(graph, topology, total);
      const dataset: CompiledDataset = { ...head, graph: { ...head.graph, nodes, edges } };
      return { dataset, loaded: { graph, texts: dataset.texts, index: datasetIndexOf(graph, relations, pairs), stories: dataset.stories ?? [] } };
    },
  };
}

/** Loaded with the receiver: the early start of a big graph's communities (ui/scale/structureRun.ts). */
export { startEarlyStructure } from '../scale/structureRun';
