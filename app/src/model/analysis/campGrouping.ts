// The camp finder's grouping steps: Louvain on positive ties, merging, signed local moves, shared-opponent placement.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { compareIds } from './compareIds';
import { seededRandom } from './seededRandom';
import { otherEnd, type SignedTie, type TieIndex } from './signedTies';

/** Entity → camp number, plus the ids of entities placed by a shared opponent. */
export interface Grouping {
  campOf: Map<string, number>;
  sharedOpponent: Set<string>;
}

function uniqueTies(ties: TieIndex): SignedTie[] {
  const byKey = new Map<string, SignedTie>();
  for (const list of ties.values()) for (const tie of list) byKey.set(tie.key, tie);
  return [...byKey.values()];
}

function membersOf(campOf: Map<string, number>): Map<number, string[]> {
  const members = new Map<number, string[]>();
  for (const [node, camp] of campOf) {
    const list = members.get(camp);
    if (list) list.push(node);
    else members.set(camp, [node]);
  }
  return members;
}

/** Signed sums between pairs of camps: key `low|high` → positive and negative tie counts. */
function campLinks(all: readonly SignedTie[], campOf: Map<string, number>): Map<string, { a: number; b: number; pos: number; neg: number }> {
  const links = new Map<string, { a: number; b: number; pos: number; neg: number }>();
  for (const tie of all) {
    const ca = campOf.get(tie.a) as number;
    const cb = campOf.get(tie.b) as number;
    if (ca === cb) continue;
    const [a, b] = ca < cb ? [ca, cb] : [cb, ca];
    const link = links.get(`${a}|${b}`) ?? { a, b, pos: 0, neg: 0 };
    if (tie.sign > 0) link.pos++;
    else link.neg++;
    links.set(`${a}|${b}`, link);
  }
  return links;
}

function louvainStart(nodes: readonly string[], all: readonly SignedTie[], seed: number): Map<string, number> {
  const positiveNodes = new Set<string>();
  for (const tie of all) if (tie.sign > 0) positiveNodes.add(tie.a).add(tie.b);
  const sortedPositive = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const node of [...positiveNodes].sort(compareIds)) sortedPositive.addNode(node);
  for (const tie of [...all].sort((x, y) => compareIds(x.key, y.key))) {
    if (tie.sign > 0) sortedPositive.updateEdge(tie.a, tie.b, (w) => ({ weight: (w.weight ?? 0) + 1 }));
  }
  const campOf = new Map<string, number>();
  if (sortedPositive.size > 0) {
    const communities = louvain(sortedPositive, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
    for (const node of sortedPositive.nodes()) campOf.set(node, communities[node] as number);
  }
  let next = Math.max(-1, ...campOf.values()) + 1;
  for (const node of nodes) if (!campOf.has(node)) campOf.set(node, next++);
  return campOf;
}

/** Merges camps tied only positively (never opposed), strongest link first, until none is left. */
function mergeFriendlyCamps(all: readonly SignedTie[], campOf: Map<string, number>): void {
  for (;;) {
    const friendly = [...campLinks(all, campOf).values()].filter((l) => l.pos > 0 && l.neg === 0);
    if (friendly.length === 0) return;
    friendly.sort((x, y) => y.pos - x.pos || x.a - y.a || x.b - y.b);
    const { a, b } = friendly[0] as { a: number; b: number };
    for (const [node, camp] of campOf) if (camp === b) campOf.set(node, a);
  }
}

/** Moves single entities to the camp where their signed ties sum highest (or alone), until stable. */
function localMoves(nodes: readonly string[], ties: TieIndex, campOf: Map<string, number>): void {
  let next = Math.max(...campOf.values()) + 1;
  // Members per camp, kept up to date on each move (counting them per node made a sweep quadratic: 3,000 entities
  // took seconds).
  const size = new Map<number, number>();
  for (const camp of campOf.values()) size.set(camp, (size.get(camp) ?? 0) + 1);
  for (let sweep = 0; sweep < 50; sweep++) {
    let moved = false;
    for (const node of nodes) {
      const current = campOf.get(node) as number;
      const gains = new Map<number, number>();
      for (const tie of ties.get(node) ?? []) {
        const camp = campOf.get(otherEnd(tie, node)) as number;
        gains.set(camp, (gains.get(camp) ?? 0) + tie.sign);
      }
      const stay = gains.get(current) ?? 0;
      let best = current;
      let bestGain = stay;
      for (const [camp, gain] of [...gains].sort(([x], [y]) => x - y)) {
        if (gain > bestGain) [best, bestGain] = [camp, gain];
      }
      const alone = size.get(current) === 1;
      if (best === current && stay < 0 && !alone) best = next++;
      if (best !== current) {
        campOf.set(node, best);
        size.set(current, (size.get(current) ?? 1) - 1);
        size.set(best, (size.get(best) ?? 0) + 1);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/** Puts each entity with only negative ties, still alone, beside the camp most opposed to whom it opposes. */
function placeBySharedOpponent(nodes: readonly string[], ties: TieIndex, all: readonly SignedTie[], campOf: Map<string, number>, placed: Set<string>): void {
  // Camp sizes, links and members change only when an entity is placed: counted once, then again after each placement
  // (recounting them for every entity made this quadratic in the number of entities).
  const size = new Map<number, number>();
  for (const camp of campOf.values()) size.set(camp, (size.get(camp) ?? 0) + 1);
  let known: { links: ReturnType<typeof campLinks>; members: Map<number, string[]> } | null = null;
  for (const node of nodes) {
    const own = ties.get(node) ?? [];
    const current = campOf.get(node) as number;
    if (own.some((t) => t.sign > 0) || (size.get(current) ?? 0) > 1) continue;
    const opposed = new Set(own.map((t) => campOf.get(otherEnd(t, node)) as number));
    known ??= { links: campLinks(all, campOf), members: membersOf(campOf) };
    const { links, members } = known;
    const candidates = [...members.keys()].filter((c) => c !== current && !opposed.has(c));
    let best: { camp: number; adversity: number; size: number; first: string } | null = null;
    for (const camp of candidates) {
      let adversity = 0;
      for (const d of opposed) {
        const link = links.get(camp < d ? `${camp}|${d}` : `${d}|${camp}`);
        if (link) adversity += link.neg - link.pos;
      }
      const list = members.get(camp) ?? [];
      const first = [...list].sort(compareIds)[0] as string;
      const better = !best || adversity > best.adversity || (adversity === best.adversity && (list.length > best.size || (list.length === best.size && compareIds(first, best.first) < 0)));
      if (adversity > 0 && better) best = { camp, adversity, size: list.length, first };
    }
    if (best) {
      campOf.set(node, best.camp);
      placed.add(node);
      size.set(current, (size.get(current) ?? 1) - 1);
      size.set(best.camp, (size.get(best.camp) ?? 0) + 1);
      known = null;
    }
  }
}

/** Groups every entity with a signed tie into camps; deterministic for a given seed. */
export function groupCamps(ties: TieIndex, seed: number): Grouping {
  const nodes = [...ties.keys()].sort(compareIds);
  const all = uniqueTies(ties);
  const campOf = louvainStart(nodes, all, seed);
  mergeFriendlyCamps(all, campOf);
  localMoves(nodes, ties, campOf);
  const sharedOpponent = new Set<string>();
  placeBySharedOpponent(nodes, ties, all, campOf, sharedOpponent);
  return { campOf, sharedOpponent };
}
