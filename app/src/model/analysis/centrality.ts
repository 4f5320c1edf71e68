// Centrality of entities (degree, betweenness, PageRank) on the simple undirected projection, with a ranking.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { EvidenceGraph } from '../graph';
import type { VisibleSet } from '../formats/subset';
import { compareIds } from './compareIds';
import { simpleProjection } from './projection';

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
}

/**
 * Centrality of every (visible) entity, computed with graphology-metrics on the simple
 * undirected projection (relations as links whatever their direction; parallel relations one link):
 * - degree: distinct neighbours / (n − 1);
 * - betweenness: normalised, unweighted shortest paths;
 * - pagerank: links weighted by how many relations join the pair (α = 0.85).
 */
export function centrality(graph: EvidenceGraph, measure: CentralityMeasure, visible?: VisibleSet): CentralityResult {
  const projection = simpleProjection(graph, { visible });
  let raw: Record<string, number> = {};
  if (projection.order > 0) {
    if (measure === 'degree') raw = degreeCentrality(projection);
    else if (measure === 'betweenness') raw = betweennessCentrality(projection, { normalized: true });
    else raw = pagerank(projection, { getEdgeWeight: 'weight', maxIterations: 1000 });
  }
  const scores = new Map<string, number>();
  projection.forEachNode((node) => scores.set(node, Object.prototype.hasOwnProperty.call(raw, node) ? (raw[node] ?? 0) : 0));
  const sorted = [...scores].sort(([a, sa], [b, sb]) => sb - sa || compareIds(a, b));
  const ranking: RankedEntity[] = [];
  sorted.forEach(([id, score], i) => {
    const previous = ranking[i - 1];
    ranking.push({ id, score, rank: previous && previous.score === score ? previous.rank : i + 1 });
  });
  return { measure, scores, ranking };
}
