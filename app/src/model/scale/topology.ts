// The bare shape of a graph as plain arrays (entity ids, linked index pairs with relation counts): cheap to send to a worker.
import type { EvidenceGraph } from '../graph';

/** The simple undirected projection as typed arrays: link i joins ids[a[i]] and ids[b[i]] with weight[i] relations. */
export interface Topology {
  ids: string[];
  a: Uint32Array;
  b: Uint32Array;
  weight: Uint32Array;
}

/** Topologies gathered while a graph was built (ui/import/receiveDataset.ts), until the graph's nodes or edges change. */
const known = new WeakMap<EvidenceGraph, Topology>();

/** Keeps `topology` as `graph`'s (it must equal `topologyOf(graph)`); forgotten as soon as a node or edge is added or dropped. */
export function rememberTopology(graph: EvidenceGraph, topology: Topology): void {
  known.set(graph, topology);
  const forget = (): void => {
    known.delete(graph);
    for (const event of CHANGES) graph.removeListener(event, forget);
  };
  for (const event of CHANGES) graph.on(event, forget);
}
const CHANGES = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared'] as const;

/** Reads the graph's topology (self-loops left out; parallel relations, either direction, one weighted link). */
export function topologyOf(graph: EvidenceGraph): Topology {
  const remembered = known.get(graph);
  if (remembered) return remembered;
  const ids = graph.nodes();
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const links = new Map<number, number>();
  const n = ids.length;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    const key = s < t ? s * n + t : t * n + s;
    links.set(key, (links.get(key) ?? 0) + 1);
  });
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
  return { ids, a, b, weight };
}
