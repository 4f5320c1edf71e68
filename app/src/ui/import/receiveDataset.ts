// A successful import received in parts from the worker: the Graphology graph, link index and overview topology grow chunk by chunk.
import { graphFromSerialized } from '../../model/graph';
import type { SerializedGraph as GraphologySerialized } from 'graphology-types';
import type { CompiledDataset, EdgeAttributes, GraphAttributes, NodeAttributes, SerializedGraph } from '../../model/schema';
import { rememberTopology } from '../../model/scale/topology';
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
 * the page's work is spread over one short task per message instead of one long task for the whole graph; the
 * overview's topology (model/scale/topology.ts) is gathered on the way, so opening the overview does not walk every
 * edge again.
 */
export function receiveDataset(head: CompiledDataset): DatasetReceiver {
  const nodes: SerializedGraph['nodes'] = [];
  const edges: SerializedGraph['edges'] = [];
  const graph = graphFromSerialized({ ...head.graph, nodes: [], edges: [] });
  const relations = new Map<string, number>();
  const pairs = new Set<string>();
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  /** Topology links keyed by the (smaller, larger) index pair; the key uses a multiplier fixed once edges start. */
  const links = new Map<number, number>();
  return {
    nodes(chunk) {
      graph.import({ nodes: chunk } as Partial<GraphologySerialized<NodeAttributes, EdgeAttributes, GraphAttributes>>);
      for (const node of chunk) {
        nodes.push(node);
        indexOf.set(node.key, ids.length);
        ids.push(node.key);
      }
    },
    edges(chunk) {
      graph.import({ edges: chunk } as Partial<GraphologySerialized<NodeAttributes, EdgeAttributes, GraphAttributes>>);
      const n = ids.length;
      for (const edge of chunk) {
        edges.push(edge);
        relations.set(edge.key, edge.attributes.evidence.length);
        pairs.add(pairKey(edge.source, edge.target));
        if (edge.source === edge.target) continue;
        const s = indexOf.get(edge.source) as number;
        const t = indexOf.get(edge.target) as number;
        const key = s < t ? s * n + t : t * n + s;
        links.set(key, (links.get(key) ?? 0) + 1);
      }
    },
    done() {
      const n = ids.length;
      const a = new Uint32Array(links.size);
      const b = new Uint32Array(links.size);
      const weight = new Uint32Array(links.size);
      let i = 0;
      for (const [key, w] of links) {
        a[i] = Math.floor(key / n);
        b[i] = key % n;
        weight[i] = w;
        i += 1;
      }
      rememberTopology(graph, { ids, a, b, weight });
      const dataset: CompiledDataset = { ...head, graph: { ...head.graph, nodes, edges } };
      return { dataset, loaded: { graph, texts: dataset.texts, index: datasetIndexOf(graph, relations, pairs), stories: dataset.stories ?? [] } };
    },
  };
}
