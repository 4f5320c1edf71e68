// Betweenness by Brandes' algorithm from all sources, or estimated from k seeded sampled sources, with progress and a stop check.
import type { Attributes } from 'graphology-types';
import type { AbstractGraph } from 'graphology-types';
import { createDijkstraIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import { seededRandom } from './seededRandom';

/** Thrown (by name) when `shouldStop` asked the computation to stop. */
export class AnalysisCancelled extends Error {
  override name = 'AnalysisCancelled';
  constructor() {
    super('analysis cancelled');
  }
}

export interface BetweennessOptions {
  /** Sources to start from: all nodes when absent or ≥ the node count. */
  samples?: number;
  /** Seed of the source sample (the same seed, graph and k give the same scores). */
  seed?: number;
  /** Called every few sources with the share done (0..1). */
  onProgress?: (fraction: number) => void;
  /** Checked every few sources; true stops with `AnalysisCancelled`. */
  shouldStop?: () => boolean;
}

export interface BetweennessResult {
  scores: Record<string, number>;
  /** Sources the shortest-path searches started from. */
  sampled: number;
  /** Node count: `sampled < of` means the scores are estimates. */
  of: number;
}

/** k distinct indices of 0..n−1, chosen by a seeded partial Fisher–Yates shuffle. */
export function sampleIndices(n: number, k: number, seed: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(seed);
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j] as number, all[i] as number];
  }
  return all.slice(0, take);
}

/**
 * Normalised betweenness, the same quantity graphology-metrics' `betweennessCentrality(graph, { normalized: true })`
 * computes (shortest paths by the `weight` edge attribute, as that function does by default), but accumulated only from
 * `samples` seeded sources and scaled by n / k (Brandes & Pich, "Centrality estimation in large networks", 2007): with
 * k = n it is the exact value.
 */
export function sampledBetweenness(graph: AbstractGraph<Attributes, Attributes>, opts: BetweennessOptions = {}): BetweennessResult {
  const n = graph.order;
  const k = opts.samples === undefined ? n : Math.max(1, Math.min(n, Math.floor(opts.samples)));
  const brandes = createDijkstraIndexedBrandes(graph, 'weight');
  const sources = k >= n ? Array.from({ length: n }, (_, i) => i) : sampleIndices(n, k, opts.seed ?? 1);
  const delta = new Float64Array(n);
  const centralities = new Float64Array(n);
  const every = Math.max(1, Math.floor(sources.length / 100));
  sources.forEach((s, done) => {
    if (done % every === 0) {
      if (opts.shouldStop?.()) throw new AnalysisCancelled();
      opts.onProgress?.(done / sources.length);
    }
    const [S, P, sigma] = brandes(s);
    // The stack holds the nodes reached, in order: reset their dependencies (its `items` are untyped in the .d.ts).
    const reached = (S as unknown as { items: ArrayLike<number> }).items;
    for (let j = 0; j < S.size; j++) delta[reached[j] as number] = 0;
    while (S.size !== 0) {
      const w = S.pop() as number;
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (const v of P[w] ?? []) delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      if (w !== s) centralities[w] = (centralities[w] as number) + (delta[w] as number);
    }
  });
  const scale = (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2))) * (n / Math.max(1, sources.length));
  for (let i = 0; i < n; i++) centralities[i] = (centralities[i] as number) * scale;
  opts.onProgress?.(1);
  const index = (brandes as unknown as { index: { collect: (values: Float64Array) => Record<string, number> } }).index;
  return { scores: index.collect(centralities), sampled: sources.length, of: n };
}
