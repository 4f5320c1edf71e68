// The analysis results before (or without) any analysis: no paths, scores or camps, an empty overlay.
import { analysisOverlay } from '../../render/analysis/overlay';
import type { AnalysisResults } from './useAnalysis';

/** What the explorer draws while no analysis is asked for, or while the analysis code is loading. */
const IDLE = { status: 'idle', cancel: () => {}, retry: () => {} } as const;
export const NO_ANALYSIS: AnalysisResults = {
  paths: null,
  centrality: null,
  camps: null,
  overlay: analysisOverlay({ sizes: null, campOf: null, path: null }),
  tasks: { centrality: IDLE, camps: IDLE },
};
