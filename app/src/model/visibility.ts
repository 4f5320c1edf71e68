// What is shown: filters (with the claimant filter), focus (N-hop neighbourhood) and the time range applied to the model, plus facet counts.
import type { EvidenceGraph } from './graph';
import { CATEGORIES, ENTITY_KINDS, STANCES, STATUSES } from './enums';
import type { Category, Stance, Status } from './schema';
import type { VisibleSet } from './formats/subset';
import { dayKey, relationInterval } from './timeline';
import { flagsFor, visibilityIndex, type Codes, type VisibilityIndex } from './visibilityIndex';

/** What to hide (empty lists = everything shown). The view state's `filters` map onto this. */
export interface VisibilityFilters {
  /** Kind ids of the dataset's vocabulary. */
  hiddenKinds: readonly string[];
  hiddenTypes: readonly string[];
  hiddenCategories: readonly Category[];
  hiddenStances: readonly Stance[];
  hiddenStatuses: readonly Status[];
  /** Entity id: show only the relations it claims (`claimedBy`); null = no claimant filter. */
  claimant: string | null;
}

/** The time window: inclusive partial ISO dates (YYYY-MM; null = open end), what happens outside it, and undated relations. */
export interface TimeWindow {
  from: string | null;
  to: string | null;
  mode: 'hide' | 'fade';
  showUndated: boolean;
}

/** What focus grows from: an entity, a relation (its two ends) or a bundle (pair key `a~b`: both entities). */
export type FocusSelection = { kind: 'entity' | 'relation' | 'bundle'; id: string } | null;

/** What decides visibility; the model owns it and the view state maps onto it (filters, focusHops, selection, time). */
export interface VisibilityInput {
  filters: VisibilityFilters;
  focusHops: number;
  selection: FocusSelection;
  time: TimeWindow;
}

/** What is drawn: the one visibility shape (a `VisibleSet` plus faded ids and counts); the renderer takes it as is.
 * `edges` includes the `faded` ones (outside the time range in fade mode, drawn dimmed). */
export interface Visibility extends VisibleSet {
  nodes: Set<string>;
  edges: Set<string>;
  faded: Set<string>;
  counts: { nodes: number; edges: number; faded: number; totalNodes: number; totalEdges: number };
}

/** Entities the focus grows from: the selected entity, or both ends of the selected relation. */
function focusSeeds(graph: EvidenceGraph, selection: FocusSelection): string[] {
  if (selection?.kind === 'entity' && graph.hasNode(selection.id)) return [selection.id];
  if (selection?.kind === 'relation' && graph.hasEdge(selection.id)) return graph.extremities(selection.id);
  if (selection?.kind === 'bundle') return selection.id.split('~').filter((id) => graph.hasNode(id));
  return [];
}

/** What each shown relation and entity is, as flags over the graph's visibility index (for the facet counts). */
interface Masks {
  index: VisibilityIndex;
  nodes: Uint8Array;
  edges: Uint8Array;
}
const masksOf = new WeakMap<Visibility, Masks>();

/**
 * Applies filters, time range and focus.
 * - An edge is shown iff its type, category, stance and status are not hidden, it is claimed by the claimant
 *   filter's entity when that filter is set (`filters.claimant`), it holds within the time range
 *   (its [date, dateEnd] overlaps [from, to] at each date's precision; undated edges follow `showUndated`), and
 *   both its ends are shown. Out-of-range edges are dropped in 'hide' mode and kept but listed in `faded` in
 *   'fade' mode.
 * - A node is shown iff its kind is not hidden and, when focus is on (focusHops > 0 with an entity or relation
 *   selected), it lies within focusHops steps of the selection along shown edges. The focused entity itself is
 *   always shown, even if its kind is hidden: the user asked for it.
 * - Focus counts the relations an entity claims as attached to it: walking from entity X also reaches both ends
 *   of every shown relation X claims (`claimedBy === X`), so those relations are drawn with their ends.
 * - Nodes left with no shown edge stay shown: hiding every relation type still leaves the entities on screen,
 *   and hiding all kinds but one shows that kind's entities alone. Except under the claimant filter: then only
 *   the claimant and the ends of its shown claims are shown (the claimant always, even if its kind is hidden).
 * Unknown ids in the filters or selection are ignored (an unknown claimant means no claimant filter).
 */
export function computeVisibility(graph: EvidenceGraph, input: VisibilityInput): Visibility {
  const ix = visibilityIndex(graph);
  const f: VisibilityFilters = input.filters;
  const kindHidden = flagsFor(ix.kinds, f.hiddenKinds);
  const typeHidden = flagsFor(ix.types, f.hiddenTypes);
  const categoryHidden = flagsFor(ix.categories, f.hiddenCategories);
  const stanceHidden = flagsFor(ix.stances, f.hiddenStances);
  const statusHidden = flagsFor(ix.statuses, f.hiddenStatuses);
  const claimantId = f.claimant !== null && graph.hasNode(f.claimant) ? f.claimant : null;
  // The claimant filter: its entity index, and its code among claimants (-2: it claims nothing).
  const claimant = claimantId === null ? -1 : (ix.nodeIndex.get(claimantId) ?? -1);
  const claimantCode = claimantId === null ? -1 : (ix.claimants.code.get(claimantId) ?? -2);
  const seeds = input.focusHops > 0 ? focusSeeds(graph, input.selection) : [];
  const pinned = new Uint8Array(ix.nodeIds.length);
  for (const n of claimantId === null ? seeds : [...seeds, claimantId]) pinned[ix.nodeIndex.get(n) ?? 0] = 1;
  const nodeOk = (n: number): boolean => kindHidden[ix.nodeKind[n]!] === 0 || pinned[n] === 1;

  const { time } = input;
  // The range's day keys, read at the first dated relation that needs them (as overlapsRange does).
  let range: [number, number] | null = null;
  const bounds = (): [number, number] =>
    (range ??= [time.from === null ? -Infinity : dayKey(time.from, 'start', 'time.from'), time.to === null ? Infinity : dayKey(time.to, 'end', 'time.to')]);
  const m = ix.edgeIds.length;
  // 1 = candidate, 2 = candidate drawn faded (outside the time range in fade mode).
  const candidate = new Uint8Array(m);
  for (let e = 0; e < m; e++) {
    if (typeHidden[ix.type[e]!] === 1 || categoryHidden[ix.category[e]!] === 1) continue;
    if (stanceHidden[ix.stance[e]!] === 1 || statusHidden[ix.status[e]!] === 1) continue;
    if (claimant !== -1 && ix.claimedBy[e] !== claimantCode) continue;
    if (!nodeOk(ix.source[e]!) || !nodeOk(ix.target[e]!)) continue;
    if (ix.badDate[e] === 1) {
      const id = ix.edgeIds[e]!;
      relationInterval(graph.getEdgeAttribute(id, 'date'), graph.getEdgeAttribute(id, 'dateEnd'), `relation '${id}'`);
    }
    const start = ix.start[e]!;
    let inRange = time.showUndated;
    if (!Number.isNaN(start)) {
      const [from, to] = bounds();
      inRange = !(ix.end[e]! < from || start > to);
    }
    if (!inRange) {
      if (time.mode === 'hide') continue;
      candidate[e] = 2;
    } else candidate[e] = 1;
  }

  const n = ix.nodeIds.length;
  let shownNodes = new Uint8Array(n);
  // The shown entities in the order the sets list them: graph order; claimant first then the ends of its claims; focus: the walk's order.
  let nodeOrder: number[] | null = null;
  if (claimant === -1) {
    for (let i = 0; i < n; i++) if (nodeOk(i)) shownNodes[i] = 1;
  } else {
    nodeOrder = [claimant];
    shownNodes[claimant] = 1;
    for (let e = 0; e < m; e++) {
      if (candidate[e] === 0) continue;
      for (const end of [ix.source[e]!, ix.target[e]!]) {
        if (shownNodes[end] === 0) {
          shownNodes[end] = 1;
          nodeOrder.push(end);
        }
      }
    }
  }
  if (seeds.length > 0) {
    // Claims attached to their claimant: both ends of every candidate relation an entity claims.
    const claimsBy = new Map<number, number[]>();
    for (let e = 0; e < m; e++) {
      const code = ix.claimedBy[e]!;
      const c = code === -1 ? -1 : ix.claimantNode[code]!;
      if (candidate[e] === 0 || c === -1) continue;
      const list = claimsBy.get(c);
      if (list) list.push(e);
      else claimsBy.set(c, [e]);
    }
    const reached = new Uint8Array(n);
    const order: number[] = [];
    const reach = (i: number): void => {
      if (reached[i] === 1) return;
      reached[i] = 1;
      order.push(i);
    };
    let frontier = seeds.map((id) => ix.nodeIndex.get(id) ?? 0);
    for (const s of frontier) reach(s);
    for (let hop = 0; hop < input.focusHops && frontier.length > 0; hop++) {
      const next: number[] = [];
      const visit = (other: number): void => {
        if (reached[other] === 1) return;
        reach(other);
        next.push(other);
      };
      for (const i of frontier) {
        const id = ix.nodeIds[i]!;
        graph.forEachEdge(id, (edge, _a, s, t) => {
          const e = ix.edgeIndex.get(edge);
          if (e !== undefined && candidate[e] !== 0) visit(ix.nodeIndex.get(s === id ? t : s) ?? 0);
        });
        for (const e of claimsBy.get(i) ?? []) {
          visit(ix.source[e]!);
          visit(ix.target[e]!);
        }
      }
      frontier = next;
    }
    if (claimant !== -1) reach(claimant);
    shownNodes = reached;
    nodeOrder = order;
  }

  const nodes = new Set<string>();
  if (nodeOrder === null) {
    for (let i = 0; i < n; i++) if (shownNodes[i] === 1) nodes.add(ix.nodeIds[i]!);
  } else for (const i of nodeOrder) nodes.add(ix.nodeIds[i]!);
  const shownEdges = new Uint8Array(m);
  const edges = new Set<string>();
  const faded = new Set<string>();
  for (let e = 0; e < m; e++) {
    if (candidate[e] === 0 || shownNodes[ix.source[e]!] === 0 || shownNodes[ix.target[e]!] === 0) continue;
    shownEdges[e] = 1;
    const id = ix.edgeIds[e]!;
    edges.add(id);
    if (candidate[e] === 2) faded.add(id);
  }
  const visibility: Visibility = {
    nodes,
    edges,
    faded,
    counts: { nodes: nodes.size, edges: edges.size, faded: faded.size, totalNodes: graph.order, totalEdges: graph.size },
  };
  masksOf.set(visibility, { index: ix, nodes: shownNodes, edges: shownEdges });
  return visibility;
}

/** How many elements carry a facet value, in all and among those shown. */
export interface FacetCount {
  total: number;
  visible: number;
}
/** Per facet, a count for every value: vocabulary values first (in vocabulary order, zeros included), then any other. */
export interface FacetCounts {
  kind: Map<string, FacetCount>;
  type: Map<string, FacetCount>;
  category: Map<string, FacetCount>;
  stance: Map<string, FacetCount>;
  status: Map<string, FacetCount>;
  /** Claims per claimant (entity id), most claims first, ties by id. */
  claimant: Map<string, FacetCount>;
}

function seeded(values: readonly string[]): Map<string, FacetCount> {
  return new Map(values.map((v) => [v, { total: 0, visible: 0 }]));
}
function bump(map: Map<string, FacetCount>, value: string, visible: boolean): void {
  const c = map.get(value) ?? { total: 0, visible: 0 };
  c.total += 1;
  if (visible) c.visible += 1;
  map.set(value, c);
}

/** Counts for the filters: entities per kind; relations per type, category, stance, status and claimant. */
export function facetCounts(graph: EvidenceGraph, visibility: Pick<Visibility, 'nodes' | 'edges'>): FacetCounts {
  const vocab = graph.getAttribute('vocabulary');
  const out: FacetCounts = {
    kind: seeded(vocab.kinds.length > 0 ? vocab.kinds.map((k) => k.id) : ENTITY_KINDS),
    type: seeded(vocab.relationTypes.map((t) => t.id)),
    category: seeded(vocab.categories.length > 0 ? vocab.categories.map((c) => c.id) : CATEGORIES),
    stance: seeded(STANCES),
    status: seeded(STATUSES),
    claimant: new Map(),
  };
  const masks = masksOf.get(visibility as Visibility);
  if (masks && masks.index === visibilityIndex(graph)) countFromMasks(out, masks);
  else countFromSets(graph, visibility, out);
  out.claimant = new Map([...out.claimant].sort(([a, x], [b, y]) => y.total - x.total || (a < b ? -1 : a > b ? 1 : 0)));
  return out;
}

/** Adds `total`/`visible` per code of one facet to its map: vocabulary values keep their place, others follow in graph order (as `bump` would add them). */
function addCounts(map: Map<string, FacetCount>, c: Codes, total: Uint32Array, visible: Uint32Array): void {
  for (let k = 0; k < c.values.length; k++) {
    if (total[k] === 0) continue;
    const value = c.values[k]!;
    const count = map.get(value) ?? { total: 0, visible: 0 };
    count.total += total[k]!;
    count.visible += visible[k]!;
    map.set(value, count);
  }
}

/** The counts in one pass over the visibility index's codes (no string work per element). */
function countFromMasks(out: FacetCounts, { index: ix, nodes, edges }: Masks): void {
  const tally = (c: Codes, codesOf: Uint32Array, shown: Uint8Array, map: Map<string, FacetCount>): void => {
    const total = new Uint32Array(c.values.length);
    const visible = new Uint32Array(c.values.length);
    for (let i = 0; i < codesOf.length; i++) {
      const k = codesOf[i]!;
      total[k]! += 1;
      visible[k]! += shown[i]!;
    }
    addCounts(map, c, total, visible);
  };
  tally(ix.kinds, ix.nodeKind, nodes, out.kind);
  tally(ix.types, ix.type, edges, out.type);
  tally(ix.categories, ix.category, edges, out.category);
  tally(ix.stances, ix.stance, edges, out.stance);
  tally(ix.statuses, ix.status, edges, out.status);
  // Claimant codes follow the order of each one's first claim in the graph (as `bump` would add them).
  const total = new Uint32Array(ix.claimants.values.length);
  const visible = new Uint32Array(ix.claimants.values.length);
  for (let e = 0; e < ix.claimedBy.length; e++) {
    const c = ix.claimedBy[e]!;
    if (c === -1) continue;
    total[c]! += 1;
    visible[c]! += edges[e]!;
  }
  addCounts(out.claimant, ix.claimants, total, visible);
}

/** The counts for any visibility (one given as plain sets). */
function countFromSets(graph: EvidenceGraph, visibility: Pick<Visibility, 'nodes' | 'edges'>, out: FacetCounts): void {
  graph.forEachNode((n, a) => bump(out.kind, a.kind, visibility.nodes.has(n)));
  graph.forEachEdge((e, a) => {
    const shown = visibility.edges.has(e);
    bump(out.type, a.type, shown);
    bump(out.category, a.category, shown);
    bump(out.stance, a.stance, shown);
    bump(out.status, a.status, shown);
    if (a.claimedBy !== null) bump(out.claimant, a.claimedBy, shown);
  });
}
