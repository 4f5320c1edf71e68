// Communities (Louvain, seeded) and PageRank of a topology: the heavy part of the overview, run in a worker on big graphs.
import { seededRandom } from '../analysis/seededRandom';
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { Topology } from './topology';

/** Per entity (in `Topology.ids` order): its community number (0…count-1, arbitrary but deterministic) and its PageRank. */
export interface GraphStructure {
  community: Int32Array;
  rank: Float64Array;
}

/** The seed of Louvain's random walk: the same graph always gets the same communities, so links naming them keep working. */
export const LOUVAIN_SEED = 20240301;


/**
 * Runs Louvain (seeded, weighted by relation counts) then, unless `pagerank` is false (the communities overview does not
 * need it; the rank is then all zeros), PageRank (α = 0.85, same weights); `onStage` names each step.
 */
export function graphStructure(topology: Topology, onStage: (stage: 'communities' | 'pagerank') => void = () => {}, pagerankToo = true): GraphStructure {
  const { ids, a, b, weight } = topology;
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const id of ids) graph.addNode(id);
  for (let i = 0; i < a.length; i++) graph.addEdge(ids[a[i] as number] as string, ids[b[i] as number] as string, { weight: weight[i] as number });
  onStage('communities');
  const community = new Int32Array(ids.length);
  if (graph.size > 0) {
    const mapping = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) });
    ids.forEach((id, i) => (community[i] = mapping[id] ?? 0));
  } else ids.forEach((_id, i) => (community[i] = i));
  const rank = new Float64Array(ids.length);
  if (!pagerankToo) return { community, rank };
  onStage('pagerank');
  if (graph.size > 0) {
    const scores = pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 200 });
    ids.forEach((id, i) => (rank[i] = scores[id] ?? 0));
  }
  return { community, rank };
}
