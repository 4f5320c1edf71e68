// The analysis side panel: path finder, centrality and camps, one after the other, fed by `useAnalysis`.
import { useId } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import type { Searcher } from '../searcher';
import type { Lang, ViewState } from '../../state/types';
import { CampsPanel } from './CampsPanel';
import { CentralityPanel } from './CentralityPanel';
import { PathFinder } from './PathFinder';
import { t } from '../i18n';
import type { AnalysisResults } from './useAnalysis';

/** The view-state fields the panel reads and changes. */
export type AnalysisState = Pick<ViewState, 'path' | 'sizeBy' | 'camps'>;

export interface AnalysisPanelProps {
  graph: EvidenceGraph;
  lang: Lang;
  state: AnalysisState;
  results: AnalysisResults;
  /** Search index for the path pickers (null while it is built). */
  index: Searcher | null;
  /** A change to path, sizeBy or camps (each a discrete change: a new history entry). */
  onChange: (patch: Partial<AnalysisState>) => void;
  onSelectEntity: (id: string) => void;
  onSelectRelation: (id: string) => void;
}

/** All three analyses in one scrollable region with a heading. */
export function AnalysisPanel({ graph, lang, state, results, index, onChange, onSelectEntity, onSelectRelation }: AnalysisPanelProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-4 p-3 text-ink">
      <h2 id={headingId} className="text-base font-semibold">
        {t('analysis.analysisHeading', lang)}
      </h2>
      <PathFinder
        graph={graph}
        lang={lang}
        path={state.path}
        paths={results.paths}
        index={index}
        onChange={(path) => onChange({ path })}
        onSelectEntity={onSelectEntity}
        onSelectRelation={onSelectRelation}
      />
      <CentralityPanel graph={graph} lang={lang} sizeBy={state.sizeBy} result={results.centrality} onSizeBy={(sizeBy) => onChange({ sizeBy })} onSelectEntity={onSelectEntity} task={results.tasks.centrality} />
      <CampsPanel
        graph={graph}
        lang={lang}
        enabled={state.camps}
        result={results.camps}
        task={results.tasks.camps}
        onToggle={(camps) => onChange({ camps })}
        onSelectEntity={onSelectEntity}
        onSelectRelation={onSelectRelation}
      />
    </section>
  );
}
