// Which elements a graph over the drawing budget draws for an overview state: entities, relations, group nodes and group links.
import type { EvidenceGraph } from '../graph';
import type { OverviewState } from './overviewState';
import type { ScaleIndex } from './scaleIndex';
import { OVERVIEW_LINKS_PER_GROUP, OVERVIEW_SHARE } from './thresholds';

/** A community drawn as one node: `size` = its members not drawn on their own; `total` = all its members. */
export interface DrawnGroup {
  id: string;
  /** The element id of its node (`g:<community id>`). */
  key: string;
  size: number;
  total: number;
}

/** A drawn link standing for several relations: group–group or entity–group; `weight` = how many relations. */
export interface DrawnLink {
  id: string;
  source: string;
  target: string;
  weight: number;
}

/** What "Expand neighbours" (or a picked search result) drew around an entity, and what it left out for the budget. */
export interface NeighbourReport {
  id: string;
  added: number;
  leftOut: number;
  /** Left-out neighbours per entity kind (kinds with none are absent). */
  leftOutByKind: Record<string, number>;
}

/** How much of an expanded community is drawn. */
export interface GroupReport {
  id: string;
  drawn: number;
  leftOut: number;
}

export interface DrawnView {
  /** Entities drawn on their own, in the order they were added. */
  nodes: string[];
  /** Relations between drawn entities. */
  relations: string[];
  groups: DrawnGroup[];
  links: DrawnLink[];
  /** Elements drawn: entities, relations, bundle edges (one per pair with several relations), groups and links. */
  elements: number;
  /** Elements the whole graph would draw. */
  total: number;
  /** Communities not drawn at all (the overview's share of the budget was full). */
  groupsLeftOut: number;
  /** Links between two communities not drawn (the weakest first, when the overview's share was full). */
  linksLeftOut: number;
  expandedGroups: GroupReport[];
  expandedNodes: NeighbourReport[];
}

/** The element id of a community's group node. */
export const groupKey = (community: string): string => `g:${community}`;
/** The community id of a group node's element id, or null when `key` is not a group node. */
export const communityOfGroupKey = (key: string): string | null => (key.startsWith('g:') ? key.slice(2) : null);

const linkKey = (p: string, q: string): string => (p < q ? `${p}\u0000${q}` : `${q}\u0000${p}`);
const compareIds = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

export interface DrawnOptions {
  budget: number;
  /** Elements the drawing of the whole graph takes (see `totalElements`). */
  total: number;
  /** Entities drawn whatever the budget (the selection's entity or ends). */
  always?: readonly string[];
}

/**
 * Decides what is drawn for a graph over the budget. In order, each step only while the budget allows:
 * 1. the overview, within OVERVIEW_SHARE of the budget: communities largest first as group nodes, then the links between
 *    them (weighted by their relations) strongest first, at most OVERVIEW_LINKS_PER_GROUP per community; or the entities with the highest PageRank (stopping at the
 *    first that does not fit);
 * 2. the expanded communities, in the order they were expanded: each member (most relations first) replaces its share of
 *    the group node, which stays for the members that did not fit;
 * 3. the entities drawn with their neighbours, in order: the entity itself always, then each neighbour that fits;
 * 4. `always` (the selection) whatever the budget.
 * An entity drawn on its own keeps its relations to other drawn entities as relations, and those to an undrawn community
 * as one link to that community's group node.
 */
export function drawnView(graph: EvidenceGraph, index: ScaleIndex, overview: OverviewState, opts: DrawnOptions): DrawnView {
  const { budget } = opts;
  const communities = overview.mode === 'communities';
  const drawn = new Set<string>();
  const order: string[] = [];
  const shown = new Set<string>();
  const remaining = new Map<string, number>();
  const agg = new Map<string, number>();
  let elements = 0;
  const communityOf = (id: string): string => index.communityOf.get(id) ?? id;
  const rep = (m: string): string | null => {
    if (drawn.has(m)) return m;
    const c = communityOf(m);
    return communities && shown.has(c) ? groupKey(c) : null;
  };

  const neighbourCounts = (n: string): ReadonlyArray<readonly [string, number]> => index.adjacency.get(n) ?? [];
  const degree = (n: string): number => index.degree.get(n) ?? 0;

  /** The change in drawn elements if `n` is drawn on its own, and how to apply it. */
  const plan = (n: string): { cost: number; apply: () => void } => {
    const c = communityOf(n);
    const fromGroup = communities && shown.has(c);
    const own = groupKey(c);
    let cost = 1;
    const dec = new Map<string, number>();
    const inc = new Map<string, number>();
    for (const [m, k] of neighbourCounts(n)) {
      if (m === n) {
        cost += k + (k > 1 ? 1 : 0);
        continue;
      }
      const rm = rep(m);
      if (fromGroup && rm !== null && rm !== own) dec.set(linkKey(own, rm), (dec.get(linkKey(own, rm)) ?? 0) + k);
      if (drawn.has(m)) cost += k + (k > 1 ? 1 : 0);
      else if (rm !== null) inc.set(linkKey(n, rm), (inc.get(linkKey(n, rm)) ?? 0) + k);
    }
    for (const [key, d] of dec) if (agg.has(key) && (agg.get(key) ?? 0) - d <= 0) cost -= 1;
    cost += inc.size;
    const emptiesGroup = fromGroup && remaining.get(c) === 1;
    if (emptiesGroup) cost -= 1;
    return {
      cost,
      apply: () => {
        drawn.add(n);
        order.push(n);
        if (fromGroup) remaining.set(c, (remaining.get(c) ?? 1) - 1);
        for (const [key, d] of dec) {
          if (!agg.has(key)) continue;
          const left = (agg.get(key) ?? 0) - d;
          if (left > 0) agg.set(key, left);
          else agg.delete(key);
        }
        for (const [key, k] of inc) agg.set(key, k);
        elements += cost;
      },
    };
  };

  /** Draws `n` if it fits in `limit` (or always when `force`); whether it is drawn afterwards. */
  const tryDraw = (n: string, limit: number, force = false): boolean => {
    if (drawn.has(n)) return true;
    const p = plan(n);
    if (!force && elements + p.cost > limit) return false;
    p.apply();
    return true;
  };

  const share = Math.floor(budget * OVERVIEW_SHARE);
  let groupsLeftOut = 0;
  let linksLeftOut = 0;
  if (communities) {
    // Every community that fits (largest first), then the links between them, strongest first, while the share lasts.
    for (const g of index.communities) {
      if (elements + 1 > share) {
        groupsLeftOut += 1;
        continue;
      }
      shown.add(g);
      remaining.set(g, index.members.get(g)?.length ?? 0);
      elements += 1;
    }
    const candidates: Array<[string, number]> = [];
    for (const g of shown) {
      for (const [q, w] of index.links.get(g) ?? []) if (g < q && shown.has(q)) candidates.push([linkKey(groupKey(g), groupKey(q)), w]);
    }
    candidates.sort(([k1, w1], [k2, w2]) => w2 - w1 || compareIds(k1, k2));
    const maxLinks = OVERVIEW_LINKS_PER_GROUP * shown.size;
    let drawnLinks = 0;
    for (const [key, w] of candidates) {
      if (elements + 1 > share || drawnLinks >= maxLinks) linksLeftOut += 1;
      else {
        agg.set(key, w);
        elements += 1;
        drawnLinks += 1;
      }
    }
  } else {
    for (const n of index.byRank) if (!tryDraw(n, share)) break;
  }

  const expandedGroups: GroupReport[] = [];
  if (communities) {
    for (const id of overview.groups) {
      const g = index.communityOf.get(id);
      if (g === undefined) continue;
      let count = 0;
      let leftOut = 0;
      for (const m of index.members.get(g) ?? []) {
        if (tryDraw(m, budget)) count += 1;
        else leftOut += 1;
      }
      expandedGroups.push({ id: g, drawn: count, leftOut });
    }
  }

  const expandedNodes: NeighbourReport[] = [];
  for (const n of overview.nodes) {
    if (!graph.hasNode(n)) continue;
    tryDraw(n, budget, true);
    const report: NeighbourReport = { id: n, added: 0, leftOut: 0, leftOutByKind: {} };
    const neighbours = neighbourCounts(n)
      .map(([m]) => m)
      .sort((x, y) => degree(y) - degree(x) || compareIds(x, y));
    for (const m of neighbours) {
      if (drawn.has(m)) continue;
      if (tryDraw(m, budget)) report.added += 1;
      else {
        report.leftOut += 1;
        const kind = graph.getNodeAttribute(m, 'kind');
        report.leftOutByKind[kind] = (report.leftOutByKind[kind] ?? 0) + 1;
      }
    }
    expandedNodes.push(report);
  }
  for (const n of opts.always ?? []) if (graph.hasNode(n)) tryDraw(n, budget, true);

  const relations = new Set<string>();
  for (const n of order) {
    graph.forEachEdge(n, (edge, _attributes, source, target) => {
      if (drawn.has(source) && drawn.has(target)) relations.add(edge);
    });
  }
  const groups: DrawnGroup[] = [];
  for (const g of shown) {
    const size = remaining.get(g) ?? 0;
    if (size > 0) groups.push({ id: g, key: groupKey(g), size, total: index.members.get(g)?.length ?? size });
  }
  const links: DrawnLink[] = [];
  for (const [key, weight] of agg) {
    const [source, target] = key.split('\u0000') as [string, string];
    links.push({ id: `gl:${source}~${target}`, source, target, weight });
  }
  return { nodes: order, relations: [...relations], groups, links, elements, total: opts.total, groupsLeftOut, linksLeftOut, expandedGroups, expandedNodes };
}
