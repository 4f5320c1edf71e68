// The overview's index of a graph: each entity's community (named by its top entity), members in order, entities by PageRank.
import type { EvidenceGraph } from '../graph';
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
}

const byDegreeThenId = (graph: EvidenceGraph) => (x: string, y: string): number => graph.degree(y) - graph.degree(x) || (x < y ? -1 : x > y ? 1 : 0);

/** Builds the index from the worker's structure (indexed like `topology.ids`). */
export function buildScaleIndex(graph: EvidenceGraph, topology: Pick<Topology, 'ids'>, structure: GraphStructure): ScaleIndex {
  const { ids } = topology;
  const groups = new Map<number, string[]>();
  ids.forEach((id, i) => {
    const c = structure.community[i] as number;
    const list = groups.get(c);
    if (list) list.push(id);
    else groups.set(c, [id]);
  });
  const order = byDegreeThenId(graph);
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
  const add = (p: string, q: string): void => {
    let m = links.get(p);
    if (!m) links.set(p, (m = new Map()));
    m.set(q, (m.get(q) ?? 0) + 1);
  };
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const p = communityOf.get(source) as string;
    const q = communityOf.get(target) as string;
    if (p === q) return;
    add(p, q);
    add(q, p);
  });
  const rank = new Map<string, number>();
  ids.forEach((id, i) => rank.set(id, structure.rank[i] ?? 0));
  const byRank = [...ids].sort((x, y) => (rank.get(y) ?? 0) - (rank.get(x) ?? 0) || (x < y ? -1 : x > y ? 1 : 0));
  return { communityOf, members, communities, links, byRank };
}
