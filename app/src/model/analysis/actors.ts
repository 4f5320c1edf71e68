// Who can take sides: actors (people, organizations, groups); documents and products count for their authors and owners.
import type { EvidenceGraph } from '../graph';
import { isEdgeVisible, type VisibleSet } from '../formats/subset';

/** Entity kinds that can be in a camp. Documents, products, events (and kinds an import invents) never are. */
export const ACTOR_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'group']);

/**
 * Relation types by which an actor answers for a document or product (actor → thing): a stance taken towards or by the
 * thing counts for the actor. Events have participants, not owners, so their stances count for nobody.
 */
export const CREDIT_TYPES: ReadonlySet<string> = new Set(['authored', 'filed', 'developed', 'released', 'open-sourced', 'controls']);

/** Whether `node` is an actor. */
export function isActor(graph: EvidenceGraph, node: string): boolean {
  return ACTOR_KINDS.has(graph.getNodeAttribute(node, 'kind'));
}

/** For each non-actor with a visible author or owner: actor → the visible relations that make it answer for it. */
export type Owners = Map<string, Map<string, string[]>>;

/** Authors and owners of every document or product, from visible credit relations (in relation order). */
export function ownersOf(graph: EvidenceGraph, visible?: VisibleSet): Owners {
  const owners: Owners = new Map();
  graph.forEachEdge((id, attributes, source, target) => {
    if (!CREDIT_TYPES.has(attributes.type) || !isActor(graph, source) || isActor(graph, target)) return;
    if (!isEdgeVisible(graph, id, visible)) return;
    const byActor = owners.get(target) ?? new Map<string, string[]>();
    byActor.set(source, [...(byActor.get(source) ?? []), id]);
    owners.set(target, byActor);
  });
  return owners;
}
