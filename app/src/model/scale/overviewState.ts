// The overview part of the view state (mode, expanded communities, entities drawn with their neighbours) and its pure edits.

/** How a graph over the drawing budget opens: communities as group nodes, or the top entities by PageRank. */
export type OverviewMode = 'communities' | 'top';

/** What the user opened of a graph over the drawing budget; ignored (kept, not drawn differently) at or below it. */
export interface OverviewState {
  mode: OverviewMode;
  /** Expanded communities, by community id (the entity id of the community's top entity), in the order they were expanded. */
  groups: string[];
  /** Entities drawn with their neighbours (Expand neighbours, a picked search result), in the order they were added. */
  nodes: string[];
}

/** Longest expanded lists a view keeps (older entries go first): keeps links short and the work per change bounded. */
export const OVERVIEW_LIST_MAX = 40;

/** Most characters of ids both expanded lists hold together (older entries go first), so a link stays under 2,000 characters. */
export const OVERVIEW_LINK_CHARS = 600;

/**
 * The lists as a link keeps them: each without repeats (first mention kept) and at most OVERVIEW_LIST_MAX long, then
 * the oldest entities, then the oldest communities, dropped until the ids take at most OVERVIEW_LINK_CHARS characters.
 */
export function trimOverviewLists(groups: readonly string[], nodes: readonly string[]): { groups: string[]; nodes: string[] } {
  const unique = (xs: readonly string[]): string[] => [...new Set(xs)].slice(-OVERVIEW_LIST_MAX);
  const g = unique(groups);
  const n = unique(nodes);
  const chars = (xs: readonly string[]): number => xs.reduce((sum, x) => sum + x.length + 1, 0);
  while (n.length > 0 && chars(g) + chars(n) > OVERVIEW_LINK_CHARS) n.shift();
  while (g.length > 0 && chars(g) > OVERVIEW_LINK_CHARS) g.shift();
  return { groups: g, nodes: n };
}

/** The default overview: communities, nothing expanded. */
export function defaultOverview(): OverviewState {
  return { mode: 'communities', groups: [], nodes: [] };
}

const appendUnique = (xs: readonly string[], id: string): string[] => [...xs.filter((x) => x !== id), id];

/** Expands community `id` (its group node is replaced by its members, within the budget). */
export function expandGroup(o: OverviewState, id: string): OverviewState {
  return o.groups.includes(id) ? o : { ...o, groups: appendUnique(o.groups, id) };
}

/**
 * Collapses community `id` back into its group node: it leaves the expanded list, and so do the entities of that
 * community that were drawn with their neighbours (`communityOf` says which community an entity is in).
 */
export function collapseGroup(o: OverviewState, id: string, communityOf: (entity: string) => string | undefined): OverviewState {
  return { ...o, groups: o.groups.filter((g) => g !== id), nodes: o.nodes.filter((n) => communityOf(n) !== id) };
}

/** Draws entity `id` with its neighbours (Expand neighbours; picking a search result). */
export function expandNode(o: OverviewState, id: string): OverviewState {
  return o.nodes.includes(id) ? o : { ...o, nodes: appendUnique(o.nodes, id) };
}

/** Switches between communities and top entities; expanded communities are dropped (top mode has none), entities drawn with their neighbours stay. */
export function setOverviewMode(o: OverviewState, mode: OverviewMode): OverviewState {
  return o.mode === mode ? o : { mode, groups: [], nodes: o.nodes };
}

/** Back to the overview as it opens (same mode, nothing expanded). */
export function collapseAll(o: OverviewState): OverviewState {
  return { mode: o.mode, groups: [], nodes: [] };
}
