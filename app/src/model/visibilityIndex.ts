// The filters' view of a graph as flat arrays (codes per kind, type, category, stance, status; day keys), built once per graph, so a filter change is one pass over numbers.
import type { EvidenceGraph } from './graph';
import { dayKey } from './timeline';

/** Values of one facet, numbered in the order the graph first shows them. */
export interface Codes {
  values: string[];
  code: Map<string, number>;
}

/** One graph's entities and relations as parallel arrays (index = position in graph order). */
export interface VisibilityIndex {
  nodeIds: string[];
  nodeIndex: Map<string, number>;
  /** Code of each entity's kind (in `kinds`). */
  nodeKind: Uint32Array;
  kinds: Codes;
  edgeIds: string[];
  edgeIndex: Map<string, number>;
  source: Uint32Array;
  target: Uint32Array;
  type: Uint32Array;
  category: Uint32Array;
  stance: Uint32Array;
  status: Uint32Array;
  types: Codes;
  categories: Codes;
  stances: Codes;
  statuses: Codes;
  /** Code of the relation's claimant (in `claimants`), or -1 when it is a narrated fact. */
  claimedBy: Int32Array;
  claimants: Codes;
  /** Per claimant code, the claimant's entity index (-1 if the graph has no such entity). */
  claimantNode: number[];
  /** The relation's interval as day keys (`relationInterval`); NaN when undated or (with `badDate`) unreadable. */
  start: Float64Array;
  end: Float64Array;
  /** 1 where the relation's date does not parse: asking about its time throws, as `relationInterval` does. */
  badDate: Uint8Array;
}

function codes(): Codes {
  return { values: [], code: new Map() };
}
function codeOf(c: Codes, value: string): number {
  let n = c.code.get(value);
  if (n === undefined) {
    n = c.values.length;
    c.values.push(value);
    c.code.set(value, n);
  }
  return n;
}

/** `dayKey(date, edge)`, remembered per date string in `known`; NaN when the date does not parse. */
function day(known: Map<string, number>, date: string, edge: 'start' | 'end'): number {
  let key = known.get(date);
  if (key === undefined) {
    try {
      key = dayKey(date, edge);
    } catch {
      key = NaN;
    }
    known.set(date, key);
  }
  return key;
}

function build(graph: EvidenceGraph): VisibilityIndex {
  const nodeIds: string[] = new Array(graph.order);
  const nodeIndex = new Map<string, number>();
  const nodeKind = new Uint32Array(graph.order);
  const kinds = codes();
  let i = 0;
  graph.forEachNode((n, a) => {
    nodeIds[i] = n;
    nodeIndex.set(n, i);
    nodeKind[i] = codeOf(kinds, a.kind);
    i += 1;
  });
  const m = graph.size;
  const index: VisibilityIndex = {
    nodeIds,
    nodeIndex,
    nodeKind,
    kinds,
    edgeIds: new Array(m),
    edgeIndex: new Map(),
    source: new Uint32Array(m),
    target: new Uint32Array(m),
    type: new Uint32Array(m),
    category: new Uint32Array(m),
    stance: new Uint32Array(m),
    status: new Uint32Array(m),
    types: codes(),
    categories: codes(),
    stances: codes(),
    statuses: codes(),
    claimedBy: new Int32Array(m),
    claimants: codes(),
    claimantNode: [],
    start: new Float64Array(m),
    end: new Float64Array(m),
    badDate: new Uint8Array(m),
  };
  const startDays = new Map<string, number>();
  const endDays = new Map<string, number>();
  let j = 0;
  graph.forEachEdge((e, a, s, t) => {
    index.edgeIds[j] = e;
    index.edgeIndex.set(e, j);
    index.source[j] = nodeIndex.get(s) ?? 0;
    index.target[j] = nodeIndex.get(t) ?? 0;
    index.type[j] = codeOf(index.types, a.type);
    index.category[j] = codeOf(index.categories, a.category);
    index.stance[j] = codeOf(index.stances, a.stance);
    index.status[j] = codeOf(index.statuses, a.status);
    if (a.claimedBy === null) index.claimedBy[j] = -1;
    else {
      const c = codeOf(index.claimants, a.claimedBy);
      index.claimedBy[j] = c;
      index.claimantNode[c] ??= nodeIndex.get(a.claimedBy) ?? -1;
    }
    // relationInterval's day keys, each distinct date string parsed once (big graphs repeat dates); NaN = unreadable.
    const start = a.date === null ? NaN : day(startDays, a.date, 'start');
    const end = a.date === null ? NaN : day(endDays, a.dateEnd ?? a.date, 'end');
    const bad = Number.isNaN(start) || Number.isNaN(end);
    if (a.date !== null && bad) index.badDate[j] = 1;
    index.start[j] = bad ? NaN : Math.min(start, end);
    index.end[j] = bad ? NaN : Math.max(start, end);
    j += 1;
  });
  return index;
}

const cache = new WeakMap<EvidenceGraph, VisibilityIndex>();
const watched = new WeakSet<EvidenceGraph>();

/** Drops the graph's index on any change to it, so the next question rebuilds it. */
function watch(graph: EvidenceGraph): void {
  const drop = (): void => {
    cache.delete(graph);
  };
  for (const event of ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated', 'cleared', 'edgesCleared'] as const) {
    graph.on(event, drop);
  }
}

/** The graph's visibility index, built on first use and kept until the graph changes. */
export function visibilityIndex(graph: EvidenceGraph): VisibilityIndex {
  let index = cache.get(graph);
  if (!index) {
    index = build(graph);
    if (!watched.has(graph)) {
      watched.add(graph);
      watch(graph);
    }
    cache.set(graph, index);
  }
  return index;
}

/** A flag per code: 1 for the codes of `values` (values the graph does not have are ignored). */
export function flagsFor(c: Codes, values: Iterable<string>): Uint8Array {
  const flags = new Uint8Array(c.values.length);
  for (const v of values) {
    const n = c.code.get(v);
    if (n !== undefined) flags[n] = 1;
  }
  return flags;
}
