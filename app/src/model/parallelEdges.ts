// Parallel relations: which entity pairs carry several relations (either direction), and how they bundle under visibility.
import type { EvidenceGraph } from './graph';
import { relationsOf, type RelationGroup } from './queries';

/** Joins the two entity ids of a pair key (`a~b`); entity ids are slugs, so it never occurs inside one. */
export const PAIR_SEPARATOR = '~';

/** One unordered pair of entities and every relation between them, in either direction (graph order). */
export interface EntityPair {
  /** `a~b` with a < b. */
  key: string;
  a: string;
  b: string;
  relations: readonly string[];
}

/** The key of the unordered pair {x, y}: the two ids sorted, joined by `~`. */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}${PAIR_SEPARATOR}${y}` : `${y}${PAIR_SEPARATOR}${x}`;
}

/** The two ids of a pair key, or null when it is not `a~b` with two different non-empty ids. */
export function splitPairKey(key: string): [string, string] | null {
  const parts = key.split(PAIR_SEPARATOR);
  if (parts.length !== 2) return null;
  const [a, b] = parts as [string, string];
  return a !== '' && b !== '' && a !== b ? [a, b] : null;
}

/**
 * The relations between `a` and `b` (either direction) grouped by type and seen from `a`, as in an entity's details:
 * vocabulary type order, then date. With `shown`, only those relations; empty groups are left out.
 */
export function pairRelationGroups(graph: EvidenceGraph, a: string, b: string, shown?: ReadonlySet<string>): RelationGroup[] {
  if (!graph.hasNode(a) || !graph.hasNode(b) || a === b) return [];
  return relationsOf(graph, a)
    .map((g) => ({ type: g.type, relations: g.relations.filter((r) => r.other === b && (shown?.has(r.edge) ?? true)) }))
    .filter((g) => g.relations.length > 0);
}

/** The pairs joined by at least `min` relations (default 2: the ones drawn as a bundle), in graph edge order. */
export function parallelPairs(graph: EvidenceGraph, min = 2): EntityPair[] {
  const byKey = new Map<string, { a: string; b: string; relations: string[] }>();
  graph.forEachEdge((id, _attrs, source, target) => {
    const key = pairKey(source, target);
    const pair = byKey.get(key);
    if (pair) pair.relations.push(id);
    else byKey.set(key, { a: source < target ? source : target, b: source < target ? target : source, relations: [id] });
  });
  return [...byKey].filter(([, p]) => p.relations.length >= min).map(([key, p]) => ({ key, ...p }));
}

/** How one pair is drawn: `count` of its visible relations; `collapsed` = one bundle edge instead of its relations. */
export interface BundleState {
  count: number;
  collapsed: boolean;
  /** Every visible relation of the pair is faded (outside the time range in fade mode). */
  faded: boolean;
}

/**
 * Per pair: how many of its relations are visible, and whether they are drawn as one bundle edge. A pair is
 * collapsed iff at least 2 of its relations are visible and it is not expanded; 1 visible relation is drawn as
 * itself, 0 hides the pair.
 */
export function bundleStates(
  pairs: readonly EntityPair[],
  visible: ReadonlySet<string>,
  expanded: ReadonlySet<string>,
  faded: ReadonlySet<string> = new Set(),
): Map<string, BundleState> {
  const out = new Map<string, BundleState>();
  for (const pair of pairs) {
    const shown = pair.relations.filter((r) => visible.has(r));
    out.set(pair.key, {
      count: shown.length,
      collapsed: shown.length >= 2 && !expanded.has(pair.key),
      faded: shown.length > 0 && shown.every((r) => faded.has(r)),
    });
  }
  return out;
}

/** What makes a bundle open into its relations. */
export interface ExpandInput {
  /** A selected relation: its pair opens. */
  relation?: string | null;
  /** A selected pair (bundle) key. */
  pair?: string | null;
  /** A selected entity: every pair it belongs to opens. */
  entity?: string | null;
  /** Relations on a shown path: their pairs open. */
  path?: ReadonlySet<string>;
  /** The pair under the pointer. */
  hovered?: string | null;
}

/** The keys of the pairs drawn as their individual relations rather than as one bundle. */
export function expandedPairs(pairs: readonly EntityPair[], input: ExpandInput): Set<string> {
  const out = new Set<string>();
  for (const pair of pairs) {
    const open =
      pair.key === input.pair ||
      pair.key === input.hovered ||
      (input.entity != null && (pair.a === input.entity || pair.b === input.entity)) ||
      pair.relations.some((r) => r === input.relation || (input.path?.has(r) ?? false));
    if (open) out.add(pair.key);
  }
  return out;
}
