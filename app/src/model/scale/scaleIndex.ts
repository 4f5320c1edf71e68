// The overview's index of a graph: each entity's community (named by its top entity), members in order, entities by PageRank.
import type { GraphStructure } from './structure';
import type { Topology } from './topology';

/** Everything the drawn-set computation needs about communities and ranks; built once per dataset. */
export interface ScaleIndex {
  /** Entity id → its community id. A community id is the id of its top entity (most relations, then smallest id): stable, and a known entity in links. */
  communityOf: ReadonlyMap<string, string>;
  /** Community id → members, top entity first (most relations first, then id). */
  members: ReadonlyMap<string, readonly string[]>;
  /** Community ids, largest first (then by id). */
  communities: readonly string[];
  /** Community id → the other communities it is linked to and by how many relations. */
  links: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Every entity, highest PageRank first (then by id). */
  byRank: readonly string[];
  /** Entity id → its neighbours, each with how many relations (either direction) join them. */
  adjacency: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>>;
  /** Entity id → number of relations (Graphology's degree; the graph has no self-loops). */
  degree: ReadonlyMap<string, number>;
}

const byDegreeThenId = (degree: ReadonlyMap<string, number>) => (x: string, y: string): number =>
  (degree.get(y) ?? 0) - (degree.get(x) ?? 0) || (x < y ? -1 : x > y ? 1 : 0);

/** Neighbours with relation counts, and relation counts per entity, from the topology's weighted links. */
function adjacencyOf(topology: Topology): { adjacency: Map<string, Array<[string, number]>>; degree: Map<string, number> } {
  const { ids, a, b, weight } = topology;
  const lists: Array<Array<[string, number]>> = ids.map(() => []);
  const degrees = new Float64Array(ids.length);
  for (let i = 0; i < a.length; i++) {
    const s = a[i] as number;
    const t = b[i] as number;
    const w = weight[i] as number;
    lists[s]?.push([ids[t] as string, w]);
    lists[t]?.push([ids[s] as string, w]);
    degrees[s] = (degrees[s] as number) + w;
    degrees[t] = (degrees[t] as number) + w;
  }
  const adjacency = new Map<string, Array<[string, number]>>();
  const degree = new Map<string, number>();
  ids.forEach((id, i) => {
    adjacency.set(id, lists[i] as Array<[string, number]>);
    degree.set(id, degrees[i] as number);
  });
  return { adjacency, degree };
}

/** Builds the index from the worker's structure (indexed like `topology.ids`). */
export function buildScaleIndex(topology: Topology, structure: GraphStructure): ScaleIndex {
  const { ids } = topology;
  const groups = new Map<number, string[]>();
  ids.forEach((id, i) => {
    const c = structure.community[i] as number;
    const list = groups.get(c);
    if (list) list.push(id);
    else groups.set(c, [id]);
  });
  const { adjacency, degree } = adjacencyOf(topology);
  const order = byDegreeThenId(degree);
  const members = new Map<string, readonly string[]>();
  const communityOf = new Map<string, string>();
  for (const list of groups.values()) {
    list.sort(order);
    const anchor = list[0] as string;
    members.set(anchor, list);
    for (const id of list) communityOf.set(id, anchor);
  }
  const communities = [...members.keys()].sort((x, y) => (members.get(y)?.length ?? 0) - (members.get(x)?.length ?? 0) || (x < y ? -1 : x > y ? 1 : 0));
  const links = new Map<string, Map<string, number>>();
  const add = (p: string, q: string, w: number): void => {
    let m = links.get(p);
    if (!m) links.set(p, (m = new Map()));
    m.set(q, (m.get(q) ?? 0) + w);
  };
  for (const [source, neighbours] of adjacency) {
    const p = communityOf.get(source) as string;
    for (const [target, w] of neighbours) {
      const q = communityOf.get(target) as string;
      if (p !== q) add(p, q, w);
    }
  }
  const rank = new Map<string, number>();
  ids.forEach((id, i) => rank.set(id, structure.rank[i] ?? 0));
  const byRank = [...ids].sort((x, y) => (rank.get(y) ?? 0) - (rank.get(x) ?? 0) || (x < y ? -1 : x > y ? 1 : 0));
  return { communityOf, members, communities, links, byRank, adjacency, degree };
}
