// Test support: the straightforward computeVisibility (sets, one pass per question) that the indexed one in visibility.ts must match exactly.
import type { EvidenceGraph } from '../graph';
import { overlapsRange, relationInterval } from '../timeline';
import type { FocusSelection, TimeWindow, Visibility, VisibilityFilters, VisibilityInput } from '../visibility';

/** Entities the focus grows from: the selected entity, or both ends of the selected relation. */
function focusSeeds(graph: EvidenceGraph, selection: FocusSelection): string[] {
  if (selection?.kind === 'entity' && graph.hasNode(selection.id)) return [selection.id];
  if (selection?.kind === 'relation' && graph.hasEdge(selection.id)) return graph.extremities(selection.id);
  if (selection?.kind === 'bundle') return selection.id.split('~').filter((id) => graph.hasNode(id));
  return [];
}

function timeState(time: TimeWindow, date: string | null, dateEnd: string | null, where: string): 'in' | 'out' {
  const interval = relationInterval(date, dateEnd, where);
  if (interval === null) return time.showUndated ? 'in' : 'out';
  return overlapsRange(interval, time.from, time.to) ? 'in' : 'out';
}

/** Calls `visit` with every entity attached to `n` through a candidate edge: the other end of its own relations,
 * and both ends of the relations `n` claims (a claim belongs to its claimant as well as to its two ends). */
function forEachAttached(graph: EvidenceGraph, n: string, candidates: ReadonlySet<string>, claimsBy: ReadonlyMap<string, string[]>, visit: (other: string) => void): void {
  graph.forEachEdge(n, (e, _a, s, t) => {
    if (candidates.has(e)) visit(s === n ? t : s);
  });
  for (const e of claimsBy.get(n) ?? []) for (const end of graph.extremities(e)) visit(end);
}

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
export function referenceVisibility(graph: EvidenceGraph, input: VisibilityInput): Visibility {
  const f: VisibilityFilters = input.filters;
  const hidden = {
    kinds: new Set<string>(f.hiddenKinds),
    types: new Set(f.hiddenTypes),
    categories: new Set<string>(f.hiddenCategories),
    stances: new Set<string>(f.hiddenStances),
    statuses: new Set<string>(f.hiddenStatuses),
  };
  const claimant = f.claimant !== null && graph.hasNode(f.claimant) ? f.claimant : null;
  const seeds = input.focusHops > 0 ? focusSeeds(graph, input.selection) : [];
  const pinned = new Set(claimant === null ? seeds : [...seeds, claimant]);
  const nodeOk = (n: string) => !hidden.kinds.has(graph.getNodeAttribute(n, 'kind')) || pinned.has(n);

  const candidateEdges = new Set<string>();
  const faded = new Set<string>();
  const claimsBy = new Map<string, string[]>();
  graph.forEachEdge((id, a, s, t) => {
    if (hidden.types.has(a.type) || hidden.categories.has(a.category)) return;
    if (hidden.stances.has(a.stance) || hidden.statuses.has(a.status)) return;
    if (claimant !== null && a.claimedBy !== claimant) return;
    if (!nodeOk(s) || !nodeOk(t)) return;
    if (timeState(input.time, a.date, a.dateEnd, `relation '${id}'`) === 'out') {
      if (input.time.mode === 'hide') return;
      faded.add(id);
    }
    candidateEdges.add(id);
    if (a.claimedBy === null) return;
    const claims = claimsBy.get(a.claimedBy);
    if (claims) claims.push(id);
    else claimsBy.set(a.claimedBy, [id]);
  });

  let nodes =
    claimant === null ? new Set(graph.filterNodes((n) => nodeOk(n))) : new Set([claimant, ...[...candidateEdges].flatMap((e) => graph.extremities(e))]);
  if (seeds.length > 0) {
    const reached = new Set(seeds);
    let frontier = seeds;
    for (let hop = 0; hop < input.focusHops && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const n of frontier) {
        forEachAttached(graph, n, candidateEdges, claimsBy, (other) => {
          if (!reached.has(other)) {
            reached.add(other);
            next.push(other);
          }
        });
      }
      frontier = next;
    }
    if (claimant !== null) reached.add(claimant);
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

