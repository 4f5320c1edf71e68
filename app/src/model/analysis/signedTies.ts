// Signed ties between actors from stances: supports = +, opposes = −, neutral ignored; indexed by actor for the camp finder.
import type { EvidenceGraph } from '../graph';
import { isEdgeVisible, type VisibleSet } from '../formats/subset';
import { isActor, ownersOf } from './actors';

export interface SignedTie {
  /** The relation with the stance. */
  id: string;
  /** Unique per tie: one relation gives several ties when a document or product it touches has several authors. */
  key: string;
  /** Actors at both ends. */
  a: string;
  b: string;
  sign: 1 | -1;
  /** Authorship or ownership relations that made a document's or product's end count for an actor (empty if none). */
  credits: string[];
}

/** Signed ties per entity, in relation order; only entities with at least one signed tie appear. */
export type TieIndex = Map<string, SignedTie[]>;

/**
 * Every visible relation with a stance, as signed ties between actors: `supports` (supports, defends, funds…)
 * is +1, `opposes` (opposes, criticizes, sues, mocks…) is −1, `neutral` is ignored. The stance is the
 * relation's own, which already defaults to its type's stance. An end that is not an actor (a document,
 * product or event) is replaced by its visible authors or owners (see actors.ts); with none, or when both
 * ends come down to one actor, the relation gives no tie. Only actors appear in the index.
 */
export function signedTies(graph: EvidenceGraph, visible?: VisibleSet): TieIndex {
  const index: TieIndex = new Map();
  const owners = ownersOf(graph, visible);
  const actorsAt = (node: string): [string, string[]][] => (isActor(graph, node) ? [[node, []]] : [...(owners.get(node) ?? [])]);
  graph.forEachEdge((id, attributes, source, target) => {
    if (source === target || attributes.stance === 'neutral' || !isEdgeVisible(graph, id, visible)) return;
    for (const [a, creditsA] of actorsAt(source)) {
      for (const [b, creditsB] of actorsAt(target)) {
        if (a === b) continue;
        const tie: SignedTie = { id, key: `${id}|${a}|${b}`, a, b, sign: attributes.stance === 'supports' ? 1 : -1, credits: [...creditsA, ...creditsB] };
        for (const end of [a, b]) {
          const list = index.get(end) ?? [];
          list.push(tie);
          index.set(end, list);
        }
      }
    }
  });
  return index;
}

/** The other end of a tie. */
export function otherEnd(tie: SignedTie, node: string): string {
  return tie.a === node ? tie.b : tie.a;
}
