// Camps of actors: who sides with whom, from signed ties (supports vs opposes), each assignment explained by its relations.
import type { EvidenceGraph } from '../graph';
import type { VisibleSet } from '../formats/subset';
import { isActor } from './actors';
import { groupCamps } from './campGrouping';
import { compareIds } from './compareIds';
import { otherEnd, signedTies } from './signedTies';

export interface Camp {
  /** The leader's entity id: stable while the leader stays. */
  id: string;
  /** The most central member: most signed ties, then most relations, then smallest id. */
  leader: string;
  /** Named after the leader. */
  label: { en: string; zh: string };
  /** Leader first, then by id. */
  members: string[];
}

export interface CampAssignment {
  camp: string;
  /** Why here: positive ties to members; placed beside the camp opposing whom it opposes; or alone. */
  reason: 'positive-ties' | 'shared-opponent' | 'alone';
  /** Its supporting relations with members of its camp. */
  inside: string[];
  /** Its opposing relations with members of other camps. */
  against: string[];
  /** For `shared-opponent`: the camp's opposing relations with the camps this entity opposes. */
  via: string[];
  /** Relations that do not fit: opposition inside its camp, support across camps. */
  tensions: string[];
  /** Authorship or ownership relations through which a document's or product's stance counted in the lists above. */
  credits: string[];
}

export interface CampsResult {
  /** Largest first, then the leader with more signed ties, then by leader id. */
  camps: Camp[];
  assignments: Map<string, CampAssignment>;
  /** Visible actors without any signed tie, in graph order (documents, products and events are never in a camp). */
  unassigned: string[];
}

/**
 * Groups actors (people, organizations, groups) into camps from the stances of visible relations (supports = +,
 * opposes = −, neutral ignored); a stance taken by or towards a document or product counts for its visible
 * authors or owners (signedTies.ts), and an event's for nobody. Louvain (seeded) on the positive-tie graph; camps joined only by positive
 * ties merge; entities then move to where their signed ties sum highest, so negative ties fall
 * between camps where possible; an entity with only negative ties joins the camp most opposed to
 * those it opposes (structural balance), else stays alone. Deterministic for a given seed.
 */
export function camps(graph: EvidenceGraph, visible?: VisibleSet, opts: { seed?: number } = {}): CampsResult {
  const ties = signedTies(graph, visible);
  const { campOf, sharedOpponent } = groupCamps(ties, opts.seed ?? 1);
  const signedCount = (n: string) => ties.get(n)?.length ?? 0;
  const byCentrality = (a: string, b: string) => signedCount(b) - signedCount(a) || graph.degree(b) - graph.degree(a) || compareIds(a, b);

  const groups = new Map<number, string[]>();
  for (const [node, camp] of campOf) {
    const list = groups.get(camp);
    if (list) list.push(node);
    else groups.set(camp, [node]);
  }
  const campList: Camp[] = [...groups.values()].map((members) => {
    const leader = [...members].sort(byCentrality)[0] as string;
    const rest = members.filter((m) => m !== leader).sort(compareIds);
    const a = graph.getNodeAttributes(leader);
    return { id: leader, leader, label: { en: a.label, zh: a.labelZh }, members: [leader, ...rest] };
  });
  campList.sort((x, y) => y.members.length - x.members.length || byCentrality(x.leader, y.leader));

  const campId = new Map<string, string>();
  for (const camp of campList) for (const m of camp.members) campId.set(m, camp.id);
  const assignments = new Map<string, CampAssignment>();
  for (const [node, list] of ties) {
    const own = campId.get(node) as string;
    const inside: string[] = [];
    const against: string[] = [];
    const tensions: string[] = [];
    const credits: string[] = [];
    const opposedCamps = new Set<string>();
    for (const tie of list) {
      credits.push(...tie.credits);
      const same = campId.get(otherEnd(tie, node)) === own;
      if (tie.sign > 0) (same ? inside : tensions).push(tie.id);
      else (same ? tensions : against).push(tie.id);
      if (tie.sign < 0 && !same) opposedCamps.add(campId.get(otherEnd(tie, node)) as string);
    }
    const via: string[] = [];
    if (sharedOpponent.has(node)) {
      for (const [other, otherTies] of ties) {
        if (other === node || campId.get(other) !== own) continue;
        for (const tie of otherTies) if (tie.sign < 0 && opposedCamps.has(campId.get(otherEnd(tie, other)) as string)) via.push(tie.id);
      }
    }
    const reason = inside.length > 0 ? 'positive-ties' : sharedOpponent.has(node) ? 'shared-opponent' : 'alone';
    // A relation touching a document with several authors gives several ties: list it once.
    const once = (ids: string[]) => [...new Set(ids)];
    assignments.set(node, { camp: own, reason, inside: once(inside), against: once(against), via: [...new Set(via)].sort(compareIds), tensions: once(tensions), credits: once(credits) });
  }
  const unassigned = (visible ? graph.filterNodes((n) => visible.nodes.has(n)) : graph.nodes()).filter((n) => isActor(graph, n) && !ties.has(n));
  return { camps: campList, assignments, unassigned };
}
