// The messages between the page and the analysis worker (plain, structured-cloneable data only: Maps and arrays).
import type { CampsResult } from '../model/analysis/camps';
import type { CentralityMeasure, CentralityResult } from '../model/analysis/centrality';
import type { SerializedGraph } from '../model/schema';

/** One heavy analysis: centrality by a measure (betweenness exact up to `exactMax` entities, else sampled), or camps. */
export type AnalysisTask = { kind: 'centrality'; measure: CentralityMeasure; exactMax: number; samples: number } | { kind: 'camps' };

/** What a task answers. */
export type AnalysisTaskResult = CentralityResult | CampsResult;

export interface AnalysisRequest {
  type: 'run';
  id: number;
  /** The whole graph, sent with the first request a fresh worker gets (it keeps it for the next ones). */
  graph?: SerializedGraph;
  task: AnalysisTask;
  /** The shown entities and relations the analysis covers; null = everything. */
  visible: { nodes: string[]; edges: string[] } | null;
}

export type AnalysisResponse =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'result'; id: number; result: AnalysisTaskResult }
  | { type: 'error'; id: number; message: string };
