// The analyses the view asks for, computed over what is shown and memoised: paths, centrality, camps, and the graph overlay.
import { useMemo } from 'react';
import type { CampsResult } from '../../model/analysis/camps';
import type { CentralityResult } from '../../model/analysis/centrality';
import { ANALYSIS_WORKER_ABOVE, BETWEENNESS_EXACT_MAX, BETWEENNESS_SAMPLES } from '../../model/scale/thresholds';
import { shortestPaths, type Path } from '../../model/analysis/shortestPaths';
import type { VisibleSet } from '../../model/formats/subset';
import type { EvidenceGraph } from '../../model/graph';
import { analysisOverlay, campNumbers, pathElementIds, type AnalysisOverlay } from '../../render/analysis/overlay';
import { sizeData } from '../../render/analysis/sizeData';
import type { ViewState } from '../../state/types';
import { rankingMeasure } from './CentralityPanel';
import { useAnalysisTask, type TaskControl } from './useAnalysisTask';

export interface AnalysisResults {
  /** Up to 3 shortest paths for `state.path`; null when no path is asked for. */
  paths: Path[] | null;
  /** Scores for the ranking (sizing measure, or degree); null when neither the panel nor the sizing needs them. */
  centrality: CentralityResult | null;
  /** Camps; null when neither the panel nor the colouring needs them. */
  camps: CampsResult | null;
  /** What to draw: pass it to `useAnalysisOverlay`. */
  overlay: AnalysisOverlay;
  /** Where the centrality and camps computations are (running in the worker with progress, cancelled…), with Cancel and Retry. */
  tasks: { centrality: TaskControl; camps: TaskControl };
}

/** What the analyses run on: the shown entities and the shown relations that hold in the time range (faded ones left out). */
export function analysedSet(visibility: { nodes: ReadonlySet<string>; edges: ReadonlySet<string>; faded: ReadonlySet<string> }): VisibleSet {
  if (visibility.faded.size === 0) return visibility;
  return { nodes: visibility.nodes, edges: new Set([...visibility.edges].filter((e) => !visibility.faded.has(e))) };
}

/**
 * Runs the analyses the view state asks for over what is shown (`analysedSet`), each only when
 * needed: paths when `state.path` is set, centrality when sizing by a measure or `panelOpen`,
 * camps when colouring by camp or `panelOpen`. A path to an entity that is not shown has no path.
 */
export function useAnalysis(
  graph: EvidenceGraph,
  state: Pick<ViewState, 'path' | 'sizeBy' | 'camps'>,
  visibility: { nodes: ReadonlySet<string>; edges: ReadonlySet<string>; faded: ReadonlySet<string> },
  panelOpen: boolean,
): AnalysisResults {
  const visible = useMemo(() => analysedSet(visibility), [visibility]);
  const { path, sizeBy } = state;
  const paths = useMemo(
    () => (path && graph.hasNode(path.from) && graph.hasNode(path.to) ? shortestPaths(graph, path.from, path.to, { factsOnly: path.factsOnly, visible, k: 3 }) : null),
    [graph, path, visible],
  );
  const needCentrality = sizeBy !== 'none' || panelOpen;
  // Above a size the heavy analyses run in the worker (progress, Cancel); below, on the page as before. Same results.
  const inWorker = visible.nodes.size > ANALYSIS_WORKER_ABOVE;
  const centralityTask = needCentrality ? ({ kind: 'centrality', measure: rankingMeasure(sizeBy), exactMax: BETWEENNESS_EXACT_MAX, samples: BETWEENNESS_SAMPLES } as const) : null;
  const { result: scores, control: centralityControl } = useAnalysisTask<CentralityResult>(graph, visible, centralityTask, inWorker);
  const needCamps = state.camps || panelOpen;
  const { result: campsResult, control: campsControl } = useAnalysisTask<CampsResult>(graph, visible, needCamps ? { kind: 'camps' } : null, inWorker);
  const tasks = useMemo(() => ({ centrality: centralityControl, camps: campsControl }), [centralityControl, campsControl]);
  const overlay = useMemo(
    () =>
      analysisOverlay({
        sizes: sizeBy !== 'none' && scores ? sizeData(scores.scores) : null,
        campOf: state.camps && campsResult ? campNumbers(campsResult) : null,
        path: pathElementIds(paths),
      }),
    [sizeBy, scores, state.camps, campsResult, paths],
  );
  return { paths, centrality: scores, camps: campsResult, overlay, tasks };
}
