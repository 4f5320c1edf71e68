// The overview of a graph over the drawing budget: computes what is drawn (worker + model) and shows the bar that steers it.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import { entityLabel } from '../../model/queries';
import { drawnView } from '../../model/scale/drawnView';
import { groupPositions } from '../../model/scale/groupPositions';
import { collapseAll, collapseGroup, setOverviewMode, type OverviewState } from '../../model/scale/overviewState';
import type { ScaleIndex } from '../../model/scale/scaleIndex';
import { DRAW_BUDGET_MAX, DRAW_BUDGET_MIN } from '../../model/scale/thresholds';
import { toOverviewElements } from '../../render/scale/overviewElements';
import { readDatasetKeys } from '../../state/datasetLink';
import type { Lang, Selection } from '../../state/types';
import { buttonClass, ToggleButton } from '../controls';
import { t, type I18nKey } from '../i18n';
import { loadScaleIndex, type ScaleStage } from './loadScaleIndex';
import type { ScaleHandle } from './useScale';

export interface OverviewBarProps {
  graph: EvidenceGraph;
  lang: Lang;
  overview: OverviewState;
  selection: Selection;
  scale: ScaleHandle;
  onOverview: (change: (o: OverviewState) => OverviewState) => void;
}

const STAGES: Record<ScaleStage, I18nKey> = {
  topology: 'scale.stageTopology',
  communities: 'scale.stageCommunities',
  pagerank: 'scale.stagePagerank',
  index: 'scale.stageIndex',
};

/** The entities the selection needs drawn (an entity, or a relation's or bundle's two ends). */
function selectedEntities(graph: EvidenceGraph, sel: Selection): string {
  if (sel === null) return '';
  if (sel.kind === 'entity') return sel.id;
  if (sel.kind === 'bundle') return sel.id.replace('~', ',');
  return graph.hasEdge(sel.id) ? graph.extremities(sel.id).join(',') : '';
}

/** Runs the overview for a big graph (index in a worker, drawn set, elements up to the explorer) and renders its bar. */
export function OverviewBar({ graph, lang, overview, selection, scale, onOverview }: OverviewBarProps) {
  const { on, budget, total, setDrawing } = scale;
  const [index, setIndex] = useState<ScaleIndex | null>(null);
  const [stage, setStage] = useState<ScaleStage>('topology');
  const [error, setError] = useState<string | null>(null);
  const [budgetText, setBudgetText] = useState(String(budget));
  const fmt = (n: number): string => n.toLocaleString(lang === 'zh' ? 'zh-Hant' : 'en');

  // PageRank is computed only once the top-entities overview is asked for.
  const ranked = overview.mode === 'top';
  useEffect(() => {
    if (!on) return;
    let live = true;
    const contentId = readDatasetKeys(window.location.hash).keys.d;
    loadScaleIndex(graph, contentId, ranked, (s) => {
      if (live) setStage(s);
    }).then(
      (i) => {
        if (live) setIndex(i);
      },
      (e: unknown) => {
        if (live) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
    };
  }, [graph, on, ranked]);

  // The drawn set without the selection; a selection already in it changes nothing (the view, its elements and the
  // drawing stay the same objects, so selecting a drawn entity redraws nothing): only entities it leaves out are added.
  const base = useMemo(
    () => (on && index && (!ranked || index.byRank.length > 0) ? drawnView(graph, index, overview, { budget, total }) : null),
    [on, index, ranked, graph, overview, budget, total],
  );
  const baseNodes = useMemo(() => new Set(base?.nodes ?? []), [base]);
  const missing = selectedEntities(graph, selection)
    .split(',')
    .filter((id) => id !== '' && !baseNodes.has(id))
    .join(',');
  const view = useMemo(
    () => (base && index && missing !== '' ? drawnView(graph, index, overview, { budget, total, always: missing.split(',') }) : base),
    [base, missing, index, graph, overview, budget, total],
  );
  const positions = useMemo(() => (index ? groupPositions(graph, index) : null), [graph, index]);
  const elements = useMemo(
    () =>
      view && positions
        ? toOverviewElements(graph, view, lang, positions, (g) => t('scale.groupLabel', lang, { name: entityLabel(graph, g.id, lang), n: g.size.toLocaleString(lang === 'zh' ? 'zh-Hant' : 'en') }))
        : null,
    [graph, view, lang, positions],
  );
  // While a new index is prepared (PageRank for the top entities) the previous drawing stays on screen.
  useEffect(() => {
    if (view && elements) setDrawing({ view, elements });
  }, [view, elements, setDrawing]);
  useEffect(() => {
    if (view) performance.mark('overview:drawn-set');
  }, [view]);

  const name = (id: string): string => (graph.hasNode(id) ? entityLabel(graph, id, lang) : id);
  const communityName = (id: string): string => t('scale.groupLabel', lang, { name: name(id), n: fmt(index?.members.get(id)?.length ?? 0) });
  const onBudgetSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const n = Number(budgetText);
    if (Number.isFinite(n)) scale.setBudget(n);
  };

  const status = error
    ? t('scale.failed', lang, { error })
    : !on
      ? t('scale.showing', lang, { shown: fmt(total), total: fmt(total), budget: fmt(budget) })
      : view
        ? t('scale.showing', lang, { shown: fmt(view.elements), total: fmt(total), budget: fmt(budget) })
        : `${t('scale.preparing', lang, { total: fmt(total) })} ${t(STAGES[stage], lang)}`;

  return (
    <section aria-label={t('scale.bar', lang)} data-testid="overview-bar" className="flex flex-wrap items-center gap-x-3 gap-y-1.5 border-b border-muted/30 bg-white px-3 py-1.5 text-sm">
      <p role="status" data-testid="overview-status" data-ready={view ? 'true' : 'false'} className="font-medium">
        {status}
      </p>
      {on ? (
        <div role="group" aria-label={t('scale.mode', lang)} className="flex items-center gap-1.5">
          <span className="text-muted max-md:sr-only">{t('scale.mode', lang)}</span>
          <ToggleButton pressed={overview.mode === 'communities'} onClick={() => onOverview((o) => setOverviewMode(o, 'communities'))}>
            {t('scale.modeCommunities', lang)}
          </ToggleButton>
          <ToggleButton pressed={overview.mode === 'top'} onClick={() => onOverview((o) => setOverviewMode(o, 'top'))}>
            {t('scale.modeTop', lang)}
          </ToggleButton>
        </div>
      ) : null}
      <form onSubmit={onBudgetSubmit} className="flex items-center gap-1.5">
        <label className="flex items-center gap-1.5">
          <span className="text-muted" title={t('scale.budgetLabel', lang)}>
            {t('scale.budget', lang)}
          </span>
          <input
            type="number"
            min={DRAW_BUDGET_MIN}
            max={DRAW_BUDGET_MAX}
            step={100}
            value={budgetText}
            aria-label={t('scale.budgetLabel', lang)}
            onChange={(e) => setBudgetText(e.target.value)}
            className="w-24 rounded-md border border-muted/50 bg-white px-2 py-1 text-sm focus-visible:outline-3 focus-visible:outline-accent"
          />
        </label>
        <button type="submit" className={buttonClass()}>
          {t('scale.budgetApply', lang)}
        </button>
      </form>
      {view && overview.mode === 'communities' && view.expandedGroups.length === 0 ? <span className="text-muted max-md:hidden">{t('scale.groupHint', lang)}</span> : null}
      {view && view.groupsLeftOut > 0 ? <span className="text-muted">{t('scale.groupsLeftOut', lang, { n: fmt(view.groupsLeftOut) })}</span> : null}
      {view && (view.expandedGroups.length > 0 || overview.nodes.length > 0) ? (
        <div role="group" aria-label={t('scale.expanded', lang)} className="flex flex-wrap items-center gap-1.5" data-testid="overview-expanded">
          <span className="text-muted max-md:sr-only">{t('scale.expanded', lang)}</span>
          {view.expandedGroups.map((g) => (
            <span key={g.id} className="inline-flex items-center gap-1 rounded-md border border-muted/40 bg-canvas px-1.5 py-0.5">
              <bdi>{communityName(g.id)}</bdi>
              {g.leftOut > 0 ? <span className="text-muted">{t('scale.partly', lang, { drawn: fmt(g.drawn), total: fmt(g.drawn + g.leftOut) })}</span> : null}
              <button
                type="button"
                aria-label={t('scale.collapse', lang, { name: communityName(g.id) })}
                onClick={() => onOverview((o) => collapseGroup(o, g.id, (e) => index?.communityOf.get(e)))}
                className="rounded px-1 text-muted hover:bg-black/10 focus-visible:outline-3 focus-visible:outline-accent"
              >
                ✕
              </button>
            </span>
          ))}
          <button type="button" className={buttonClass()} onClick={() => onOverview(collapseAll)}>
            {t('scale.collapseAll', lang)}
          </button>
        </div>
      ) : null}
    </section>
  );
}
