// The filters panel: checkboxes per kind, category, type, stance and status with visible/total counts, Claims by, and Focus.
import type { ReactNode } from 'react';
import type { EvidenceGraph } from '../model/graph';
import type { FacetCounts } from '../model/visibility';
import type { Filters, Lang, ViewState } from '../state/types';
import { t, type I18nKey } from './i18n';
import { entityName } from './panels/labels';
import { DrawingSettings } from './settings/DrawingSettings';

export interface FiltersPanelProps {
  id: string;
  graph: EvidenceGraph;
  lang: Lang;
  filters: Filters;
  focusHops: ViewState['focusHops'];
  counts: FacetCounts;
  legend: ReactNode;
  onFilters: (f: Filters) => void;
  onFocusHops: (n: ViewState['focusHops']) => void;
}

type FacetKey = Exclude<keyof Filters, 'claimant'>;

function toggled<T extends string>(list: readonly T[], value: T, hide: boolean): T[] {
  const set = new Set(list);
  if (hide) set.add(value);
  else set.delete(value);
  return [...set].sort();
}

function Facet(props: {
  legend: string;
  values: { id: string; label: string }[];
  hidden: readonly string[];
  counts: Map<string, { total: number; visible: number }>;
  onToggle: (id: string, hide: boolean) => void;
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">{props.legend}</legend>
      <ul className="space-y-0.5">
        {props.values.map((v) => {
          const c = props.counts.get(v.id) ?? { total: 0, visible: 0 };
          return (
            <li key={v.id}>
              <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-black/5">
                <input
                  type="checkbox"
                  checked={!props.hidden.includes(v.id)}
                  onChange={(e) => props.onToggle(v.id, !e.target.checked)}
                  className="size-4 accent-accent"
                />
                <bdi className="min-w-0 flex-1 truncate">{v.label}</bdi>
                <span className="text-xs text-muted tabular-nums">
                  {c.visible}/{c.total}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** Wraps text from data in first-strong isolates, so a right-to-left or bidi-override name cannot reorder an <option>. */
const isolate = (s: string): string => `\u2068${s}\u2069`;

/** "Claims by": All, or one claimant (entities that claim something, most claims first, with their claim counts). */
function ClaimantSelect(props: { id: string; graph: EvidenceGraph; lang: Lang; value: string | null; counts: FacetCounts['claimant']; onChange: (id: string | null) => void }) {
  const ids = [...props.counts.keys()].filter((id) => props.graph.hasNode(id));
  if (props.value !== null && !ids.includes(props.value) && props.graph.hasNode(props.value)) ids.push(props.value);
  return (
    <div>
      <label htmlFor={props.id} className="mb-1 block text-xs font-semibold tracking-wide text-muted uppercase">
        {t('panels.claimsBy', props.lang)}
      </label>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? null : e.target.value)}
        className="w-full rounded-md border border-muted/50 bg-white px-2 py-1.5 text-sm text-ink focus-visible:outline-3 focus-visible:outline-accent"
      >
        <option value="">{t('panels.claimsByAll', props.lang)}</option>
        {ids.map((id) => (
          <option key={id} value={id}>
            {`${isolate(entityName(props.graph, id, props.lang))} (${props.counts.get(id)?.total ?? 0})`}
          </option>
        ))}
      </select>
    </div>
  );
}

const STANCE_KEYS: Record<string, I18nKey> = { supports: 'shell.stanceSupports', opposes: 'shell.stanceOpposes', neutral: 'shell.stanceNeutral' };
const STATUS_KEYS: Record<string, I18nKey> = { fact: 'shell.statusFact', claim: 'shell.statusClaim' };

/** Filter checkboxes with counts, the Focus control, and the legend. */
export function FiltersPanel(p: FiltersPanelProps) {
  const { lang, filters } = p;
  const vocab = p.graph.getAttribute('vocabulary');
  const set = <K extends FacetKey>(key: K, id: string, hide: boolean): void =>
    p.onFilters({ ...filters, [key]: toggled(filters[key] as string[], id, hide) });
  const usedTypes = vocab.relationTypes.filter((rt) => (p.counts.type.get(rt.id)?.total ?? 0) > 0);

  return (
    <section id={p.id} aria-label={t('shell.filters', lang)} className="flex flex-col gap-4 overflow-y-auto p-3 text-ink">
      <fieldset>
        <legend className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">{t('shell.focus', lang)}</legend>
        <div className="flex gap-1" role="radiogroup" aria-label={t('shell.focus', lang)}>
          {([0, 1, 2, 3] as const).map((n) => (
            <label key={n} className="flex cursor-pointer items-center gap-1 rounded border border-muted/40 px-2 py-1 text-sm has-checked:border-accent has-checked:bg-accent has-checked:text-white">
              <input type="radio" name={`${p.id}-focus`} checked={p.focusHops === n} onChange={() => p.onFocusHops(n)} className="sr-only" />
              <span aria-hidden="true">{n === 0 ? t('shell.focusOff', lang) : n}</span>
              <span className="sr-only">{n === 0 ? t('shell.focusOff', lang) : t('shell.focusHops', lang, { n })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Facet
        legend={t('shell.statuses', lang)}
        values={['fact', 'claim'].map((id) => ({ id, label: t(STATUS_KEYS[id] ?? 'shell.statusFact', lang) }))}
        hidden={filters.hiddenStatuses}
        counts={p.counts.status}
        onToggle={(id, hide) => set('hiddenStatuses', id, hide)}
      />
      <ClaimantSelect
        id={`${p.id}-claimant`}
        graph={p.graph}
        lang={lang}
        value={filters.claimant}
        counts={p.counts.claimant}
        onChange={(claimant) => p.onFilters({ ...filters, claimant })}
      />
      <Facet
        legend={t('shell.kinds', lang)}
        values={vocab.kinds.map((k) => ({ id: k.id, label: k.plural[lang] }))}
        hidden={filters.hiddenKinds}
        counts={p.counts.kind}
        onToggle={(id, hide) => set('hiddenKinds', id, hide)}
      />
      <Facet
        legend={t('shell.categories', lang)}
        values={vocab.categories.map((c) => ({ id: c.id, label: c.label[lang] }))}
        hidden={filters.hiddenCategories}
        counts={p.counts.category}
        onToggle={(id, hide) => set('hiddenCategories', id, hide)}
      />
      <Facet
        legend={t('shell.stances', lang)}
        values={['supports', 'opposes', 'neutral'].map((id) => ({ id, label: t(STANCE_KEYS[id] ?? 'shell.stanceNeutral', lang) }))}
        hidden={filters.hiddenStances}
        counts={p.counts.stance}
        onToggle={(id, hide) => set('hiddenStances', id, hide)}
      />
      <Facet
        legend={t('shell.types', lang)}
        values={usedTypes.map((rt) => ({ id: rt.id, label: rt.label[lang] }))}
        hidden={filters.hiddenTypes}
        counts={p.counts.type}
        onToggle={(id, hide) => set('hiddenTypes', id, hide)}
      />
      <DrawingSettings lang={lang} />
      {p.legend}
    </section>
  );
}
