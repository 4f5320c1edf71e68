// Centrality of entities (degree, betweenness, PageRank) on the simple undirected projection, with a ranking.
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { EvidenceGraph } from '../graph';
import type { VisibleSet } from '../formats/subset';
import { compareIds } from './compareIds';
import { simpleProjection } from './projection';
import { sampledBetweenness, type BetweennessOptions } from './sampledBetweenness';

export type CentralityMeasure = 'degree' | 'betweenness' | 'pagerank';

export interface RankedEntity {
  id: string;
  score: number;
  /** 1-based; equal scores share the better rank ("1, 2, 2, 4"). */
  rank: number;
}

export interface CentralityResult {
  measure: CentralityMeasure;
  scores: Map<string, number>;
  /** Highest score first; equal scores by id. */
  ranking: RankedEntity[];
  /** Betweenness estimated from a sample of sources: how many, of how many entities (absent when exact). */
  sampled?: { sources: number; of: number };
}

/** Betweenness options: exact up to `exactMax` entities, else sampled from `samples` seeded sources; progress and stop. */
export type CentralityOptions = Pick<BetweennessOptions, 'onProgress' | 'shouldStop' | 'seed'> & { exactMax?: number; samples?: number };

/**
 * Centrality of every (visible) entity, computed with graphology-metrics on the simple
 * undirected projection (relations as links whatever their direction; parallel relations one link):
 * - degree: distinct neighbours / (n − 1);
 * - betweenness: normalised; shortest paths counted with links as long as their relation count (graphology-metrics'
 *   default `weight`, kept as it was); exact up to `opts.exactMax` entities, estimated from sampled sources above;
 * - pagerank: links weighted by how many relations join the pair (α = 0.85).
 */
export function centrality(graph: EvidenceGraph, measure: CentralityMeasure, visible?: VisibleSet, opts: CentralityOptions = {}): CentralityResult {
  const projection = simpleProjection(graph, { visible });
  let raw: Record<string, number> = {};
  let sampled: CentralityResult['sampled'];
  if (projection.order > 0) {
    if (measure === 'degree') raw = degreeCentrality(projection);
    else if (measure === 'betweenness') {
      const exact = projection.order <= (opts.exactMax ?? Infinity);
      const b = sampledBetweenness(projection, { ...opts, ...(exact ? {} : { samples: opts.samples ?? projection.order }) });
      raw = b.scores;
      if (b.sampled < b.of) sampled = { sources: b.sampled, of: b.of };
    } else raw = pagerank(projection, { getEdgeWeight: 'weight', maxIterations: 1000 });
  }
  const scores = new Map<string, number>();
  projection.forEachNode((node) => scores.set(node, Object.prototype.hasOwnProperty.call(raw, node) ? (raw[node] ?? 0) : 0));
  const sorted = [...scores].sort(([a, sa], [b, sb]) => sb - sa || compareIds(a, b));
  const ranking: RankedEntity[] = [];
  sorted.forEach(([id, score], i) => {
    const previous = ranking[i - 1];
    ranking.push({ id, score, rank: previous && previous.score === score ? previous.rank : i + 1 });
  });
  return { measure, scores, ranking, ...(sampled ? { sampled } : {}) };
}
