// Render-less: runs `useAnalysis` and hands the results up, so the analysis code (graph algorithms) loads only when asked for.
import { useEffect, useMemo } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import type { ViewState } from '../../state/types';
import { NO_ANALYSIS } from './noAnalysis';
import { useAnalysis, type AnalysisResults } from './useAnalysis';

export interface AnalysisRunnerProps {
  graph: EvidenceGraph;
  state: Pick<ViewState, 'path' | 'sizeBy' | 'camps'>;
  visibility: { nodes: ReadonlySet<string>; edges: ReadonlySet<string>; faded: ReadonlySet<string> };
  panelOpen: boolean;
  /** Called with each new result, and with NO_ANALYSIS when the runner goes away. */
  onResults: (results: AnalysisResults) => void;
}

/** Computes the analyses the view asks for (see `useAnalysis`) and reports them; draws nothing. */
export function AnalysisRunner({ graph, state, visibility, panelOpen, onResults }: AnalysisRunnerProps) {
  const r = useAnalysis(graph, state, visibility, panelOpen);
  const results = useMemo(() => r, [r.paths, r.centrality, r.camps, r.overlay, r.tasks]); // eslint-disable-line react-hooks/exhaustive-deps -- the parts, not the fresh wrapper object
  useEffect(() => onResults(results), [results, onResults]);
  useEffect(() => () => onResults(NO_ANALYSIS), [onResults]);
  return null;
}
