// Graph shape for the generator: communities of power-law sizes, power-law degrees (Chung–Lu inside a spanning forest), positions by community.
import { WeightedSampler, randInt, type Random } from './prng';

export interface Shape {
  /** Community of each node (0..communities-1). */
  community: Int32Array;
  communities: number;
  /** Each node's degree weight (a Pareto draw: a few hubs, many leaves). */
  weight: Float64Array;
  /** Edges as [source, target] node indices: no self-loops, no repeated pair. */
  edges: [number, number][];
  /** Landscape position of each node: communities as discs along a sunflower spiral. */
  x: Float64Array;
  y: Float64Array;
}

/** Mean community size: Louvain finds groups of about this size (fewer, larger ones for hub-heavy communities). */
export const MEAN_COMMUNITY = 120;
/** Share of the edges beyond the spanning forest that stay inside their source's community. */
export const INSIDE_SHARE = 0.9;
/** Degree exponent of the Pareto weights (degree distribution ~ k^-GAMMA). */
const GAMMA = 2.3;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Model units per node (the built-in layout's scale: nodes about 40 apart). */
const SPACING = 40;

/**
 * A graph of `nodes` nodes and `edges` edges (fewer when the requested count cannot fit without repeats). Every node
 * first joins a random earlier member of its community (and each community's first node an earlier community), so the
 * graph is connected when edges ≥ nodes − 1; the rest are Chung–Lu draws by weight, mostly within a community.
 */
export function makeShape(random: Random, nodes: number, edges: number): Shape {
  const communities = Math.max(1, Math.round(nodes / MEAN_COMMUNITY));
  const communityWeight = new Float64Array(communities);
  for (let c = 0; c < communities; c += 1) communityWeight[c] = Math.min(8, (1 - random()) ** (-1 / 1.5));
  const communitySampler = new WeightedSampler(communityWeight);
  const community = new Int32Array(nodes);
  const weight = new Float64Array(nodes);
  const maxWeight = Math.max(4, Math.sqrt(nodes) * 2);
  const members: number[][] = Array.from({ length: communities }, () => []);
  for (let i = 0; i < nodes; i += 1) {
    // The first `communities` nodes seed one community each, so none is empty.
    const c = i < communities ? i : communitySampler.draw(random);
    community[i] = c;
    (members[c] as number[]).push(i);
    weight[i] = Math.min(maxWeight, (1 - random()) ** (-1 / (GAMMA - 1)));
  }

  const list: [number, number][] = [];
  const seen = new Set<number>();
  const link = (a: number, b: number): boolean => {
    if (a === b) return false;
    const key = a < b ? a * nodes + b : b * nodes + a;
    if (seen.has(key)) return false;
    seen.add(key);
    list.push(random() < 0.5 ? [a, b] : [b, a]);
    return true;
  };
  // Spanning forest: each member joins a random earlier member; each community's first member joins an earlier community.
  for (let c = 0; c < communities && list.length < edges; c += 1) {
    const ms = members[c] as number[];
    if (c > 0) {
      const other = members[randInt(random, c)] as number[];
      link(ms[0] as number, other[randInt(random, other.length)] as number);
    }
    for (let j = 1; j < ms.length && list.length < edges; j += 1) link(ms[j] as number, ms[randInt(random, j)] as number);
  }
  // The rest: Chung–Lu (endpoints drawn by weight), mostly inside the source's community.
  const global = new WeightedSampler(weight);
  const local = members.map((ms) => new WeightedSampler(ms.map((m) => weight[m] as number)));
  for (let guard = 0; list.length < edges && guard < edges * 20; guard += 1) {
    const a = global.draw(random);
    const c = community[a] as number;
    const ms = members[c] as number[];
    const b = random() < INSIDE_SHARE && ms.length > 1 ? (ms[(local[c] as WeightedSampler).draw(random)] as number) : global.draw(random);
    link(a, b);
  }

  // Positions: communities, largest first, as discs along a sunflower spiral; members uniform in their disc.
  const order = [...members.keys()].sort((a, b) => (members[b] as number[]).length - (members[a] as number[]).length || a - b);
  const x = new Float64Array(nodes);
  const y = new Float64Array(nodes);
  let placed = 0;
  order.forEach((c, rank) => {
    const ms = members[c] as number[];
    const discRadius = SPACING * Math.sqrt(ms.length / Math.PI);
    const ringRadius = SPACING * 1.35 * Math.sqrt((placed + ms.length / 2) / Math.PI);
    const cx = rank === 0 ? 0 : ringRadius * Math.cos(rank * GOLDEN_ANGLE);
    const cy = rank === 0 ? 0 : ringRadius * Math.sin(rank * GOLDEN_ANGLE);
    for (const m of ms) {
      const r = discRadius * Math.sqrt(random());
      const t = random() * 2 * Math.PI;
      x[m] = Math.round((cx + r * Math.cos(t)) * 100) / 100;
      y[m] = Math.round((cy + r * Math.sin(t)) * 100) / 100;
    }
    placed += ms.length;
  });
  return { community, communities, weight, edges: list, x, y };
}
