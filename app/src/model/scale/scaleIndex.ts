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
  /** Every entity, highest PageRank first (then by id); empty when PageRank was not computed (communities only). */
  byRank: readonly string[];
  /** Entity id → its neighbours, each with how many relations (either direction) join them. */
  adjacency: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>>;
  /** Entity id → number of relations (Graphology's degree; the graph has no self-loops). */
  degree: ReadonlyMap<string, number>;
}

const compareIds = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Builds the index from the worker's structure (indexed like `topology.ids`). Works on indices and typed arrays (a
 * 20,000-entity graph indexes in tens of milliseconds on the page); the maps it returns are keyed by entity id.
 */
export function buildScaleIndex(topology: Topology, structure: GraphStructure, ranked = true): ScaleIndex {
  const { ids, a, b, weight } = topology;
  const n = ids.length;
  // Neighbours with relation counts (compressed rows: entity i's neighbours are at offsets[i]..offsets[i+1], in link
  // order), and relation counts per entity.
  const offsets = new Uint32Array(n + 1);
  const degrees = new Float64Array(n);
  for (let i = 0; i < a.length; i++) {
    const s = a[i] as number;
    const t = b[i] as number;
    const w = weight[i] as number;
    offsets[s + 1] = (offsets[s + 1] as number) + 1;
    offsets[t + 1] = (offsets[t + 1] as number) + 1;
    degrees[s] = (degrees[s] as number) + w;
    degrees[t] = (degrees[t] as number) + w;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const neighbour = new Uint32Array(2 * a.length);
  const neighbourWeight = new Uint32Array(2 * a.length);
  const cursor = offsets.slice(0, n);
  for (let i = 0; i < a.length; i++) {
    const s = a[i] as number;
    const t = b[i] as number;
    const w = weight[i] as number;
    const at = cursor[s] as number;
    neighbour[at] = t;
    neighbourWeight[at] = w;
    cursor[s] = at + 1;
    const bt = cursor[t] as number;
    neighbour[bt] = s;
    neighbourWeight[bt] = w;
    cursor[t] = bt + 1;
  }
  const byDegree = (x: number, y: number): number => (degrees[y] as number) - (degrees[x] as number) || compareIds(ids[x] as string, ids[y] as string);
  // Communities: members by degree, named by the first.
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const c = structure.community[i] as number;
    const list = groups.get(c);
    if (list) list.push(i);
    else groups.set(c, [i]);
  }
  const anchorOf: string[] = new Array<string>(n);
  const members = new Map<string, readonly string[]>();
  for (const list of groups.values()) {
    list.sort(byDegree);
    const anchor = ids[list[0] as number] as string;
    members.set(anchor, list.map((i) => ids[i] as string));
    for (const i of list) anchorOf[i] = anchor;
  }
  const communities = [...members.keys()].sort((x, y) => (members.get(y)?.length ?? 0) - (members.get(x)?.length ?? 0) || compareIds(x, y));
  const links = new Map<string, Map<string, number>>();
  const add = (p: string, q: string, w: number): void => {
    let m = links.get(p);
    if (!m) links.set(p, (m = new Map()));
    m.set(q, (m.get(q) ?? 0) + w);
  };
  for (let i = 0; i < a.length; i++) {
    const p = anchorOf[a[i] as number] as string;
    const q = anchorOf[b[i] as number] as string;
    if (p === q) continue;
    add(p, q, weight[i] as number);
    add(q, p, weight[i] as number);
  }
  const communityOf = new Map<string, string>();
  const indexOf = new Map<string, number>();
  const degree = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    communityOf.set(id, anchorOf[i] as string);
    indexOf.set(id, i);
    degree.set(id, degrees[i] as number);
  }
  const adjacency = new LazyAdjacency(ids, indexOf, offsets, neighbour, neighbourWeight);
  const order = ranked ? Array.from({ length: n }, (_, i) => i) : [];
  const rank = structure.rank;
  order.sort((x, y) => (rank[y] as number) - (rank[x] as number) || compareIds(ids[x] as string, ids[y] as string));
  return { communityOf, members, communities, links, byRank: order.map((i) => ids[i] as string), adjacency, degree };
}

/**
 * Entity id → its neighbours with relation counts, read from compressed rows and made into arrays only for the
 * entities asked about (the overview asks about a few hundred; building every list took seconds at 100,000 entities).
 */
class LazyAdjacency implements ReadonlyMap<string, ReadonlyArray<readonly [string, number]>> {
  private readonly made = new Map<number, ReadonlyArray<readonly [string, number]>>();

  constructor(
    private readonly ids: readonly string[],
    private readonly indexOf: ReadonlyMap<string, number>,
    private readonly offsets: Uint32Array,
    private readonly neighbour: Uint32Array,
    private readonly neighbourWeight: Uint32Array,
  ) {}

  private row(i: number): ReadonlyArray<readonly [string, number]> {
    let list = this.made.get(i);
    if (list === undefined) {
      const out: Array<readonly [string, number]> = [];
      for (let k = this.offsets[i] as number; k < (this.offsets[i + 1] as number); k++) out.push([this.ids[this.neighbour[k] as number] as string, this.neighbourWeight[k] as number]);
      this.made.set(i, (list = out));
    }
    return list;
  }

  get size(): number {
    return this.ids.length;
  }

  get(id: string): ReadonlyArray<readonly [string, number]> | undefined {
    const i = this.indexOf.get(id);
    return i === undefined ? undefined : this.row(i);
  }

  has(id: string): boolean {
    return this.indexOf.has(id);
  }

  *entries(): MapIterator<[string, ReadonlyArray<readonly [string, number]>]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i] as string, this.row(i)];
  }

  *keys(): MapIterator<string> {
    yield* this.ids;
  }

  *values(): MapIterator<ReadonlyArray<readonly [string, number]>> {
    for (let i = 0; i < this.ids.length; i++) yield this.row(i);
  }

  [Symbol.iterator](): MapIterator<[string, ReadonlyArray<readonly [string, number]>]> {
    return this.entries();
  }

  forEach(callback: (value: ReadonlyArray<readonly [string, number]>, key: string, map: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
