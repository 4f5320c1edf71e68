// Signed ties from stances: supports = +, opposes = −, neutral ignored; indexed by entity for the camp finder.
import type { EvidenceGraph } from '../graph';
import { isEdgeVisible, type VisibleSet } from '../formats/subset';

export interface SignedTie {
  id: string;
  a: string;
  b: string;
  sign: 1 | -1;
}

/** Signed ties per entity, in relation order; only entities with at least one signed tie appear. */
export type TieIndex = Map<string, SignedTie[]>;

/**
 * Every visible relation with a stance, as a signed tie: `supports` (supports, defends, funds…)
 * is +1, `opposes` (opposes, criticizes, sues, mocks…) is −1, `neutral` is ignored. The stance is
 * the relation's own, which already defaults to its type's stance.
 */
export function signedTies(graph: EvidenceGraph, visible?: VisibleSet): TieIndex {
  const index: TieIndex = new Map();
  graph.forEachEdge((id, attributes, a, b) => {
    if (a === b || attributes.stance === 'neutral' || !isEdgeVisible(graph, id, visible)) return;
    const tie: SignedTie = { id, a, b, sign: attributes.stance === 'supports' ? 1 : -1 };
    for (const end of [a, b]) {
      const list = index.get(end) ?? [];
      list.push(tie);
      index.set(end, list);
    }
  });
  return index;
}

/** The other end of a tie. */
export function otherEnd(tie: SignedTie, node: string): string {
  return tie.a === node ? tie.b : tie.a;
}
