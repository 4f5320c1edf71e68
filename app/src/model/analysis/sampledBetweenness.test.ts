// Sampled betweenness: equals graphology's exact betweenness with k = n, keeps the ranking when sampled, stops when asked.
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { AnalysisCancelled, sampledBetweenness, sampleIndices } from './sampledBetweenness';
import { seededRandom } from './seededRandom';

/** A seeded preferential-attachment graph (hubs and a long tail, like the generated datasets), weights 1–3. */
function generated(n: number, linksPerNode: number, seed: number): UndirectedGraph {
  const g = new UndirectedGraph();
  const random = seededRandom(seed);
  const ends: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `n${i}`;
    g.addNode(id);
    for (let l = 0; l < linksPerNode && i > 0; l++) {
      const other = ends.length > 0 && random() < 0.8 ? (ends[Math.floor(random() * ends.length)] as string) : `n${Math.floor(random() * i)}`;
      if (other === id || g.hasEdge(id, other)) continue;
      g.addEdge(id, other, { weight: 1 + Math.floor(random() * 3) });
      ends.push(id, other);
    }
  }
  return g;
}

/** Ids ordered by score, highest first. */
const ranked = (scores: Record<string, number>): string[] => Object.keys(scores).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (a < b ? -1 : 1));

describe('sampledBetweenness', () => {
  it('with k = n sources it equals graphology-metrics exact normalised betweenness (weighted links included)', () => {
    const g = generated(60, 2, 7);
    const exact = betweennessCentrality(g, { normalized: true });
    const result = sampledBetweenness(g, { samples: g.order, seed: 3 });
    expect(result.sampled).toBe(g.order);
    expect(result.of).toBe(g.order);
    let nonZero = 0;
    for (const node of g.nodes()) {
      expect(result.scores[node]).toBeCloseTo(exact[node] ?? NaN, 12);
      if ((exact[node] ?? 0) > 0) nonZero += 1;
    }
    expect(nonZero).toBeGreaterThan(5);
  });

  it('sampling a quarter of the sources keeps most of the exact top 20 and the ranking strongly correlated', () => {
    const g = generated(800, 2, 11);
    const exact = ranked(sampledBetweenness(g).scores);
    const estimate = sampledBetweenness(g, { samples: 200, seed: 5 });
    expect(estimate.sampled).toBe(200);
    const approx = ranked(estimate.scores);
    const top = new Set(exact.slice(0, 20));
    const kept = approx.slice(0, 20).filter((id) => top.has(id)).length;
    expect(kept).toBeGreaterThanOrEqual(15);
    // Spearman's rank correlation over all nodes.
    const pos = new Map(approx.map((id, i) => [id, i]));
    const n = exact.length;
    const d2 = exact.reduce((sum, id, i) => sum + (i - (pos.get(id) ?? 0)) ** 2, 0);
    expect(1 - (6 * d2) / (n * (n * n - 1))).toBeGreaterThan(0.9);
  });

  it('is deterministic for a seed, and a different seed samples different sources', () => {
    const g = generated(300, 2, 2);
    expect(sampledBetweenness(g, { samples: 50, seed: 9 }).scores).toEqual(sampledBetweenness(g, { samples: 50, seed: 9 }).scores);
    expect(sampleIndices(300, 50, 9)).not.toEqual(sampleIndices(300, 50, 10));
    expect(new Set(sampleIndices(300, 50, 9)).size).toBe(50);
  });

  it('stops with AnalysisCancelled once shouldStop says so, after reporting progress below 1', () => {
    const g = generated(400, 2, 4);
    const progress: number[] = [];
    let checks = 0;
    expect(() =>
      sampledBetweenness(g, {
        onProgress: (f) => progress.push(f),
        shouldStop: () => ++checks > 3,
      }),
    ).toThrow(AnalysisCancelled);
    expect(progress.length).toBe(3);
    expect(Math.max(...progress)).toBeLessThan(1);
  });
});
