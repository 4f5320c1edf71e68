// Centrality: size nodes by degree, betweenness or PageRank, and a ranking table whose rows select the entity.
import { useId } from 'react';
import type { CentralityMeasure, CentralityResult } from '../../model/analysis/centrality';
import type { EvidenceGraph } from '../../model/graph';
import type { Lang, SizeBy } from '../../state/types';
import { EntityButton } from '../panels/EntityButton';
import { t, type I18nKey } from '../i18n';
import { TaskStatusLine } from './TaskStatusLine';
import type { TaskControl } from './useAnalysisTask';

export interface CentralityPanelProps {
  graph: EvidenceGraph;
  lang: Lang;
  sizeBy: SizeBy;
  /** Scores of `rankingMeasure(sizeBy)` over what is shown (from `useAnalysis`). */
  result: CentralityResult | null;
  onSizeBy: (sizeBy: SizeBy) => void;
  onSelectEntity: (id: string) => void;
  /** Where the computation is (progress and Cancel when it runs in the worker). */
  task?: TaskControl;
}

/** Rows in the ranking table. */
export const RANKING_ROWS = 15;
const SIZE_BYS: readonly SizeBy[] = ['none', 'degree', 'betweenness', 'pagerank'];
const LABEL: Record<SizeBy, I18nKey> = { none: 'analysis.sizeNone', degree: 'analysis.degree', betweenness: 'analysis.betweenness', pagerank: 'analysis.pagerank' };
const HELP: Record<CentralityMeasure, I18nKey> = { degree: 'analysis.degreeHelp', betweenness: 'analysis.betweennessHelp', pagerank: 'analysis.pagerankHelp' };

/** The measure the ranking shows: the sizing measure, or degree when nodes keep their default size. */
export function rankingMeasure(sizeBy: SizeBy): CentralityMeasure {
  return sizeBy === 'none' ? 'degree' : sizeBy;
}

/** A select for the node size and the top entities by that measure. */
export function CentralityPanel({ graph, lang, sizeBy, result, onSizeBy, onSelectEntity, task }: CentralityPanelProps) {
  const headingId = useId();
  const selectId = useId();
  const measure = rankingMeasure(sizeBy);
  const rows = result?.ranking.slice(0, RANKING_ROWS) ?? [];
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="text-sm font-semibold">
        {t('analysis.centralityHeading', lang)}
      </h3>
      <div className="flex items-center gap-1.5 text-sm">
        <label htmlFor={selectId} className="text-muted">
          {t('analysis.sizeBy', lang)}
        </label>
        <select
          id={selectId}
          value={sizeBy}
          onChange={(e) => {
            const chosen = SIZE_BYS.find((s) => s === e.target.value);
            if (chosen) onSizeBy(chosen);
          }}
          className="rounded-md border border-muted/50 bg-white px-2 py-1 text-sm text-ink focus-visible:outline-3 focus-visible:outline-accent"
        >
          {SIZE_BYS.map((s) => (
            <option key={s} value={s}>
              {t(LABEL[s], lang)}
            </option>
          ))}
        </select>
      </div>
      <p className="text-xs text-muted">{t(HELP[measure], lang)}</p>
      {task ? <TaskStatusLine control={task} what={t(LABEL[measure], lang)} lang={lang} /> : null}
      {result?.sampled ? (
        <p className="text-xs text-muted" data-approximate="">
          {t('analysis.approximate', lang, { k: result.sampled.sources.toLocaleString(lang === 'zh' ? 'zh-Hant' : 'en'), n: result.sampled.of.toLocaleString(lang === 'zh' ? 'zh-Hant' : 'en') })}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <table className="w-full text-sm" data-measure={measure}>
          <caption className="text-left text-xs font-medium text-muted">{t('analysis.ranking', lang, { n: rows.length, measure: t(LABEL[measure], lang) })}</caption>
          <thead>
            <tr className="text-left text-xs text-muted">
              <th scope="col" className="w-10 font-medium">{t('analysis.colRank', lang)}</th>
              <th scope="col" className="font-medium">{t('analysis.colEntity', lang)}</th>
              <th scope="col" className="w-16 text-right font-medium">{t('analysis.colScore', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-entity={r.id} className="border-t border-muted/20">
                <td className="tabular-nums">{r.rank}</td>
                <td>
                  <EntityButton graph={graph} id={r.id} lang={lang} onSelect={onSelectEntity} />
                </td>
                <td className="text-right tabular-nums">{r.score.toFixed(3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
