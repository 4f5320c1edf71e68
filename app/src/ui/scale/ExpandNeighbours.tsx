// "Expand neighbours" in an entity's details (graphs over the budget): draws its neighbours and says what the budget left out.
import type { EvidenceGraph } from '../../model/graph';
import { kindLabel } from '../../model/queries';
import type { NeighbourReport } from '../../model/scale/drawnView';
import type { Lang } from '../../state/types';
import { buttonClass } from '../controls';
import { t } from '../i18n';

export interface ExpandNeighboursProps {
  graph: EvidenceGraph;
  lang: Lang;
  /** What drawing the entity with its neighbours gave, once it is expanded. */
  report: NeighbourReport | undefined;
  onExpand: () => void;
}

/** The button, then (once expanded) how many neighbours were drawn and, per kind, how many were left out. */
export function ExpandNeighbours({ graph, lang, report, onExpand }: ExpandNeighboursProps) {
  const locale = lang === 'zh' ? 'zh-Hant' : 'en';
  const kinds = report
    ? Object.entries(report.leftOutByKind)
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
        .map(([kind, n]) => t('scale.kindCount', lang, { n: n.toLocaleString(locale), kind: kindLabel(graph, kind, lang, n !== 1) }))
        .join(lang === 'zh' ? '、' : ', ')
    : '';
  return (
    <div className="mb-3 flex flex-col items-start gap-1 text-sm" data-testid="expand-neighbours">
      <button type="button" className={buttonClass()} onClick={onExpand} aria-pressed={report !== undefined}>
        {t('scale.expandNeighbours', lang)}
      </button>
      {report ? (
        <p role="status" className="text-muted">
          {report.added > 0 ? t('scale.neighboursAdded', lang, { n: report.added.toLocaleString(locale) }) : null}{' '}
          {report.leftOut > 0 ? t('scale.neighboursLeftOut', lang, { n: report.leftOut.toLocaleString(locale), kinds }) : report.added === 0 ? t('scale.neighboursNone', lang) : null}
        </p>
      ) : null}
    </div>
  );
}
