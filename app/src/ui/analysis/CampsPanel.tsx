// Camps: colour-by-camp toggle, the camps named after their most central member, and why each member is where it is.
import { useId, useState, type ReactNode } from 'react';
import type { CampAssignment, CampsResult } from '../../model/analysis/camps';
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import { EntityButton } from '../panels/EntityButton';
import { entityName } from '../panels/labels';
import { CampBadge } from './CampBadge';
import { RelationLine } from './RelationLine';
import { t, type I18nKey } from '../i18n';
import { TaskStatusLine } from './TaskStatusLine';
import type { TaskControl } from './useAnalysisTask';

export interface CampsPanelProps {
  graph: EvidenceGraph;
  lang: Lang;
  /** Whether the graph colours nodes by camp (view state `camps`). */
  enabled: boolean;
  /** Camps over what is shown (from `useAnalysis`). */
  result: CampsResult | null;
  onToggle: (enabled: boolean) => void;
  onSelectEntity: (id: string) => void;
  onSelectRelation: (id: string) => void;
  /** Where the computation is (progress and Cancel when it runs in the worker). */
  task?: TaskControl;
  /**
   * Above this many camp members in all, a member's explanation is rendered only once its "Why" is opened (default
   * LAZY_WHY_ABOVE): at 3,000 entities every explanation of every member made a page of tens of thousands of elements.
   */
  lazyWhyAbove?: number;
}

/** Members in all above which explanations render on opening (the built-in dataset's few dozen render at once). */
export const LAZY_WHY_ABOVE = 200;

/** A member's "Why" disclosure; with `lazy`, its explanation is rendered the first time it is opened. */
function WhyDetails({ summary, lazy, explanation }: { summary: string; lazy: boolean; explanation: () => ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="text-sm" onToggle={(e) => (e.currentTarget.open ? setOpened(true) : undefined)}>
      <summary className="cursor-pointer text-xs text-muted focus-visible:outline-2 focus-visible:outline-accent">{summary}</summary>
      {!lazy || opened ? explanation() : null}
    </details>
  );
}

const REASON: Record<CampAssignment['reason'], I18nKey> = { 'positive-ties': 'analysis.reasonPositive', 'shared-opponent': 'analysis.reasonShared', alone: 'analysis.reasonAlone' };
const LISTS = [
  ['inside', 'analysis.inside'],
  ['against', 'analysis.against'],
  ['via', 'analysis.via'],
  ['tensions', 'analysis.tensions'],
  ['credits', 'analysis.credits'],
] as const satisfies readonly (readonly [keyof Pick<CampAssignment, 'inside' | 'against' | 'via' | 'tensions' | 'credits'>, I18nKey])[];

function Why({ graph, lang, assignment, onSelectRelation }: { graph: EvidenceGraph; lang: Lang; assignment: CampAssignment; onSelectRelation: (id: string) => void }) {
  const blocks: ReactNode[] = [];
  for (const [field, key] of LISTS) {
    const ids = assignment[field];
    if (ids.length === 0) continue;
    blocks.push(
      <div key={field} data-list={field}>
        <p className="text-xs font-medium text-muted">{t(key, lang)}</p>
        <ul className="space-y-1">
          {ids.map((id) => (
            <li key={id}>
              <RelationLine graph={graph} id={id} lang={lang} onSelectRelation={onSelectRelation} />
            </li>
          ))}
        </ul>
      </div>,
    );
  }
  return (
    <div className="mt-1 space-y-1.5 pl-2">
      <p className="text-xs">{t(REASON[assignment.reason], lang)}</p>
      {blocks}
    </div>
  );
}

/** The camps list with a toggle to colour the graph by camp; each member opens its explanation. */
export function CampsPanel({ graph, lang, enabled, result, onToggle, onSelectEntity, onSelectRelation, task, lazyWhyAbove = LAZY_WHY_ABOVE }: CampsPanelProps) {
  const headingId = useId();
  const camps = result?.camps ?? [];
  const lazy = camps.reduce((n, camp) => n + camp.members.length, 0) > lazyWhyAbove;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="text-sm font-semibold">
        {t('analysis.campsHeading', lang)}
      </h3>
      <label className="inline-flex items-center gap-1.5 text-sm">
        <input type="checkbox" checked={enabled} onChange={(e) => onToggle(e.target.checked)} className="accent-accent" />
        {t('analysis.colourByCamp', lang)}
      </label>
      <p className="text-xs text-muted">{t('analysis.campsIntro', lang)}</p>
      {task ? <TaskStatusLine control={task} what={t('analysis.campsHeading', lang)} lang={lang} /> : null}
      {result !== null && camps.length === 0 ? <p className="text-sm">{t('analysis.noCamps', lang)}</p> : null}
      <ol className="space-y-2">
        {camps.map((camp, i) => {
          const name = t('analysis.campName', lang, { n: i + 1, leader: entityName(graph, camp.leader, lang) });
          return (
            <li key={camp.id} data-camp={i + 1} className="rounded border border-muted/30 p-2">
              <h4 className="flex items-center gap-1.5 text-sm font-semibold">
                <CampBadge n={i + 1} />
                <bdi>{name}</bdi>
                <span className="font-normal text-muted">· {t('analysis.campMembers', lang, { n: camp.members.length })}</span>
              </h4>
              <ul className="mt-1 space-y-1">
                {camp.members.map((m) => {
                  const assignment = result?.assignments.get(m);
                  return (
                    <li key={m} data-entity={m}>
                      <EntityButton graph={graph} id={m} lang={lang} onSelect={onSelectEntity} />
                      {assignment ? (
                        <WhyDetails
                          summary={t('analysis.why', lang)}
                          lazy={lazy}
                          explanation={() => <Why graph={graph} lang={lang} assignment={assignment} onSelectRelation={onSelectRelation} />}
                        />
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
      {result !== null && result.unassigned.length > 0 ? <p className="text-xs text-muted">{t('analysis.unassigned', lang, { n: result.unassigned.length })}</p> : null}
    </section>
  );
}
