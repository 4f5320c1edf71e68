// The few shortest paths between two entities (Yen's k shortest simple paths over the undirected projection).
import type { EvidenceGraph } from '../graph';
import type { VisibleSet } from '../formats/subset';
import { assertEntity } from './analysisError';
import { compareIds, compareSequences } from './compareIds';
import { simpleProjection, type Projection } from './projection';

/** One step of a path, in path order: the relation shown for it and the parallel relations it stands for. */
export interface Hop {
  from: string;
  to: string;
  /** The representative relation: a fact before a claim, then the smallest id. */
  edgeId: string;
  /** The other relations linking the same two entities, in the same preference order. */
  alternatives: string[];
}

export interface Path {
  /** Entities in order, `from` first and `to` last. */
  nodes: string[];
  hops: Hop[];
}

export interface ShortestPathsOptions {
  /** Leave out relations reported as somebody's claim. */
  factsOnly?: boolean;
  visible?: VisibleSet;
  /** How many paths at most. Default 3. */
  k?: number;
}

type Blocked = { nodes: ReadonlySet<string>; links: ReadonlySet<string> };

const linkKey = (a: string, b: string) => (a < b ? JSON.stringify([a, b]) : JSON.stringify([b, a]));

function bfs(projection: Projection, from: string, to: string, blocked: Blocked): string[] | null {
  const parent = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string;
    if (node === to) break;
    for (const next of projection.neighbors(node).sort(compareIds)) {
      if (parent.has(next) || blocked.nodes.has(next) || blocked.links.has(linkKey(node, next))) continue;
      parent.set(next, node);
      queue.push(next);
    }
  }
  if (!parent.has(to)) return null;
  const path: string[] = [];
  for (let node: string | null = to; node !== null; node = parent.get(node) ?? null) path.unshift(node);
  return path;
}

function yen(projection: Projection, from: string, to: string, k: number): string[][] {
  const first = bfs(projection, from, to, { nodes: new Set(), links: new Set() });
  if (first === null) return [];
  const found = [first];
  const candidates: string[][] = [];
  const seen = new Set([JSON.stringify(first)]);
  while (found.length < k) {
    const previous = found[found.length - 1] as string[];
    for (let i = 0; i < previous.length - 1; i++) {
      const root = previous.slice(0, i + 1);
      const links = new Set<string>();
      for (const path of found) {
        if (path.length > i + 1 && compareSequences(path.slice(0, i + 1), root) === 0) links.add(linkKey(path[i] as string, path[i + 1] as string));
      }
      const spur = bfs(projection, previous[i] as string, to, { nodes: new Set(root.slice(0, -1)), links });
      if (spur === null) continue;
      const candidate = [...root.slice(0, -1), ...spur];
      const key = JSON.stringify(candidate);
      if (!seen.has(key)) {
        seen.add(key);
        candidates.push(candidate);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort(compareSequences);
    found.push(candidates.shift() as string[]);
  }
  return found;
}

/**
 * Up to `k` shortest simple paths from `from` to `to`, shortest first (ties: by entity ids in
 * order). Every relation counts as an undirected link, since a path explains a connection
 * whichever way its relations point. Unknown ids throw UnknownEntityError; an entity outside
 * `visible`, or no connection, gives no path; `from === to` gives one empty path.
 *
 * Own BFS + Yen rather than graphology-shortest-path/-simple-path: those break ties by insertion
 * order and enumerate all simple paths (exponential) or refuse multi-graphs.
 */
export function shortestPaths(graph: EvidenceGraph, from: string, to: string, opts: ShortestPathsOptions = {}): Path[] {
  assertEntity(graph, 'from', from);
  assertEntity(graph, 'to', to);
  const k = Math.max(1, Math.floor(opts.k ?? 3));
  const projection = simpleProjection(graph, { visible: opts.visible, factsOnly: opts.factsOnly });
  if (!projection.hasNode(from) || !projection.hasNode(to)) return [];
  if (from === to) return [{ nodes: [from], hops: [] }];
  return yen(projection, from, to, k).map((nodes) => ({
    nodes,
    hops: nodes.slice(1).map((next, i) => {
      const prev = nodes[i] as string;
      const [edgeId, ...alternatives] = projection.getEdgeAttribute(prev, next, 'relations');
      return { from: prev, to: next, edgeId: edgeId as string, alternatives };
    }),
  }));
}
