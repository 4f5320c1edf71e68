// Public API of the time and analysis UI: the timeline strip, the analysis panel and its parts, and their hooks.
export { TimelineStrip, DOTS_PER_MONTH, type TimelineStripProps } from './TimelineStrip';
export { AnalysisPanel, type AnalysisPanelProps, type AnalysisState } from './AnalysisPanel';
export { PathFinder, type PathFinderProps } from './PathFinder';
export { CentralityPanel, RANKING_ROWS, rankingMeasure, type CentralityPanelProps } from './CentralityPanel';
export { CampsPanel, type CampsPanelProps } from './CampsPanel';
export { EntityPicker, type EntityPickerProps } from './EntityPicker';
export { useAnalysis, analysedSet, type AnalysisResults } from './useAnalysis';
export { useAnalysisOverlay } from './useAnalysisOverlay';
export { useTimelinePlayer, PLAY_STEP_MS } from './useTimelinePlayer';
export { formatMonth } from '../i18n/formatMonth';
