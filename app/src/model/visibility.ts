// What is shown: filters, focus (N-hop neighbourhood) and the time range applied to the model, plus facet counts.
import type { EvidenceGraph } from './graph';
import type { Filters, Selection, TimeRange, ViewState } from '../state/types';
import { CATEGORIES, ENTITY_KINDS, STANCES, STATUSES } from './schema';
import { overlapsRange, relationInterval } from './timeline';

/** The part of the view state that decides visibility. */
export type VisibilityInput = Pick<ViewState, 'filters' | 'focusHops' | 'selection' | 'time'>;

/** What is drawn. `edges` includes the `faded` ones (outside the time range in fade mode, drawn dimmed). */
export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  faded: Set<string>;
  counts: { nodes: number; edges: number; faded: number; totalNodes: number; totalEdges: number };
}

/** Entities the focus grows from: the selected entity, or both ends of the selected relation. */
function focusSeeds(graph: EvidenceGraph, selection: Selection): string[] {
  if (selection?.kind === 'entity' && graph.hasNode(selection.id)) return [selection.id];
  if (selection?.kind === 'relation' && graph.hasEdge(selection.id)) return graph.extremities(selection.id);
  return [];
}

function timeState(time: TimeRange, date: string | null, dateEnd: string | null, where: string): 'in' | 'out' {
  const interval = relationInterval(date, dateEnd, where);
  if (interval === null) return time.showUndated ? 'in' : 'out';
  return overlapsRange(interval, time.from, time.to) ? 'in' : 'out';
}

/**
 * Applies filters, time range and focus.
 * - An edge is shown iff its type, category, stance and status are not hidden, it holds within the time range
 *   (its [date, dateEnd] overlaps [from, to] at each date's precision; undated edges follow `showUndated`), and
 *   both its ends are shown. Out-of-range edges are dropped in 'hide' mode and kept but listed in `faded` in
 *   'fade' mode.
 * - A node is shown iff its kind is not hidden and, when focus is on (focusHops > 0 with an entity or relation
 *   selected), it lies within focusHops steps of the selection along shown edges. The focused entity itself is
 *   always shown, even if its kind is hidden: the user asked for it.
 * - Nodes left with no shown edge stay shown: hiding every relation type still leaves the entities on screen,
 *   and hiding all kinds but one shows that kind's entities alone.
 * Unknown ids in the filters or selection are ignored.
 */
export function computeVisibility(graph: EvidenceGraph, input: VisibilityInput): Visibility {
  const f: Filters = input.filters;
  const hidden = {
    kinds: new Set<string>(f.hiddenKinds),
    types: new Set(f.hiddenTypes),
    categories: new Set<string>(f.hiddenCategories),
    stances: new Set<string>(f.hiddenStances),
    statuses: new Set<string>(f.hiddenStatuses),
  };
  const seeds = input.focusHops > 0 ? focusSeeds(graph, input.selection) : [];
  const nodeOk = (n: string) => !hidden.kinds.has(graph.getNodeAttribute(n, 'kind')) || seeds.includes(n);

  const candidateEdges = new Set<string>();
  const faded = new Set<string>();
  graph.forEachEdge((id, a, s, t) => {
    if (hidden.types.has(a.type) || hidden.categories.has(a.category)) return;
    if (hidden.stances.has(a.stance) || hidden.statuses.has(a.status)) return;
    if (!nodeOk(s) || !nodeOk(t)) return;
    if (timeState(input.time, a.date, a.dateEnd, `relation '${id}'`) === 'out') {
      if (input.time.mode === 'hide') return;
      faded.add(id);
    }
    candidateEdges.add(id);
  });

  let nodes = new Set(graph.filterNodes((n) => nodeOk(n)));
  if (seeds.length > 0) {
    const reached = new Set(seeds);
    let frontier = seeds;
    for (let hop = 0; hop < input.focusHops && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const n of frontier) {
        graph.forEachEdge(n, (e, _a, s, t) => {
          if (!candidateEdges.has(e)) return;
          const other = s === n ? t : s;
          if (!reached.has(other)) {
            reached.add(other);
            next.push(other);
          }
        });
      }
      frontier = next;
    }
    nodes = reached;
  }
  const edges = new Set([...candidateEdges].filter((e) => nodes.has(graph.source(e)) && nodes.has(graph.target(e))));
  for (const e of faded) if (!edges.has(e)) faded.delete(e);
  return {
    nodes,
    edges,
    faded,
    counts: { nodes: nodes.size, edges: edges.size, faded: faded.size, totalNodes: graph.order, totalEdges: graph.size },
  };
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

/** Counts for the filter checkboxes: entities per kind, relations per type, category, stance and status. */
export function facetCounts(graph: EvidenceGraph, visibility: Pick<Visibility, 'nodes' | 'edges'>): FacetCounts {
  const vocab = graph.getAttribute('vocabulary');
  const out: FacetCounts = {
    kind: seeded(vocab.kinds.length > 0 ? vocab.kinds.map((k) => k.id) : ENTITY_KINDS),
    type: seeded(vocab.relationTypes.map((t) => t.id)),
    category: seeded(vocab.categories.length > 0 ? vocab.categories.map((c) => c.id) : CATEGORIES),
    stance: seeded(STANCES),
    status: seeded(STATUSES),
  };
  graph.forEachNode((n, a) => bump(out.kind, a.kind, visibility.nodes.has(n)));
  graph.forEachEdge((e, a) => {
    const shown = visibility.edges.has(e);
    bump(out.type, a.type, shown);
    bump(out.category, a.category, shown);
    bump(out.stance, a.stance, shown);
    bump(out.status, a.status, shown);
  });
  return out;
}
