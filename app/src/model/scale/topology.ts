// The bare shape of a graph as plain arrays (entity ids, linked index pairs with relation counts): cheap to send to a worker.
import type { EvidenceGraph } from '../graph';

/** The simple undirected projection as typed arrays: link i joins ids[a[i]] and ids[b[i]] with weight[i] relations. */
export interface Topology {
  ids: string[];
  a: Uint32Array;
  b: Uint32Array;
  weight: Uint32Array;
}

/** Topologies (and element totals) gathered while a graph was built (ui/import/receiveDataset.ts), until the graph's nodes or edges change. */
const known = new WeakMap<EvidenceGraph, Topology>();
const totals = new WeakMap<EvidenceGraph, number>();

/**
 * Keeps `topology` as `graph`'s (it must equal `topologyOf(graph)`) and, when given, `total` as its `totalElements`;
 * both are forgotten as soon as a node or edge is added or dropped.
 */
export function rememberTopology(graph: EvidenceGraph, topology: Topology, total?: number): void {
  known.set(graph, topology);
  if (total !== undefined) totals.set(graph, total);
  const forget = (): void => {
    known.delete(graph);
    totals.delete(graph);
    for (const event of CHANGES) graph.removeListener(event, forget);
  };
  for (const event of CHANGES) graph.on(event, forget);
}
/** The `totalElements` remembered with the graph's topology, if any. */
export const rememberedTotal = (graph: EvidenceGraph): number | undefined => totals.get(graph);

const CHANGES = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared'] as const;

/** Links keyed by the (smaller, larger) index pair → relation count, as typed arrays in first-seen order. */
function linksToArrays(ids: string[], links: Map<number, number>): Topology {
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
  return { ids, a, b, weight };
}

/**
 * The topology of a serialized graph (node keys in order, then edges in order), identical (same ids, links in the
 * same order) to `topologyOf` of the graph built from it, so Louvain finds the same communities; with the elements
 * drawing the whole graph takes (`totalElements`). The import worker computes it before sending the graph.
 */
export function topologyOfSerialized(nodes: readonly { key: string }[], edges: readonly { source: string; target: string }[]): { topology: Topology; total: number } {
  const ids = nodes.map((node) => node.key);
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const links = new Map<number, number>();
  const loops = new Map<number, number>();
  const n = ids.length;
  for (const { source, target } of edges) {
    const s = index.get(source) as number;
    if (source === target) {
      loops.set(s, (loops.get(s) ?? 0) + 1);
      continue;
    }
    const t = index.get(target) as number;
    const key = s < t ? s * n + t : t * n + s;
    links.set(key, (links.get(key) ?? 0) + 1);
  }
  // One bundle edge per pair joined by several relations (self-loops included), as totalElements counts them.
  let bundles = 0;
  for (const w of links.values()) if (w >= 2) bundles += 1;
  for (const w of loops.values()) if (w >= 2) bundles += 1;
  return { topology: linksToArrays(ids, links), total: n + edges.length + bundles };
}

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
  return linksToArrays(ids, links);
}
