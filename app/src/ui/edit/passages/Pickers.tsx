// Pickers of the passage forms: an entity (those near the passage first), a relation type (searchable), a relation (with its evidence count).
import { useId, useMemo, useState } from 'react';
import type { AuthoringDataset } from '../../../model/edit/authoring';
import type { EntityRecord, RelationRecord } from '../../../model/schema';
import type { Lang } from '../../../state/types';
import { t } from '../../i18n';
import { FIELD, LABEL } from './Dialog';

const byName = (lang: Lang) => (a: EntityRecord, b: EntityRecord) => a.name[lang].localeCompare(b.name[lang], lang === 'zh' ? 'zh-Hant' : 'en');

/** How an entity reads in a list: its name, and the other language's when it differs. */
export function entityOption(e: EntityRecord, lang: Lang): string {
  const other = e.name[lang === 'en' ? 'zh' : 'en'];
  return other && other !== e.name[lang] ? `${e.name[lang]} (${other})` : e.name[lang];
}

export interface EntitySelectProps {
  label: string;
  dataset: AuthoringDataset;
  lang: Lang;
  value: string;
  onChange: (id: string) => void;
  /** Listed first, under "Named in or near the passage". */
  near?: readonly string[];
  /** Left out (e.g. the entity being merged). */
  exclude?: string;
  problem?: string | null;
  name: string;
}

/** A labelled <select> of the dataset's entities (type-ahead by name); '' = none chosen. */
export function EntitySelect({ label, dataset, lang, value, onChange, near = [], exclude, problem, name }: EntitySelectProps) {
  const id = useId();
  const errorId = useId();
  const { nearby, rest } = useMemo(() => {
    const all = dataset.entities.filter((e) => e.id !== exclude);
    const nearSet = new Set(near);
    return {
      nearby: near.map((n) => all.find((e) => e.id === n)).filter((e): e is EntityRecord => e !== undefined),
      rest: all.filter((e) => !nearSet.has(e.id)).sort(byName(lang)),
    };
  }, [dataset.entities, near, exclude, lang]);
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)} className={FIELD} aria-invalid={problem ? true : undefined} aria-describedby={problem ? errorId : undefined}>
        <option value="">{t('passages.chooseEntity', lang)}</option>
        {nearby.length > 0 ? (
          <optgroup label={t('passages.nearPassage', lang)}>
            {nearby.map((e) => (
              <option key={e.id} value={e.id}>
                {entityOption(e, lang)}
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label={t('passages.allEntities', lang)}>
          {rest.map((e) => (
            <option key={e.id} value={e.id}>
              {entityOption(e, lang)}
            </option>
          ))}
        </optgroup>
      </select>
      {problem ? (
        <p id={errorId} className="text-xs text-red-800">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** Whether `query` (case-folded, trimmed) is in any of the texts. */
export function matches(query: string, texts: readonly string[]): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || texts.some((s) => s.toLowerCase().includes(q));
}

export interface SearchSelectOption {
  value: string;
  label: string;
  /** Searched as well as the label (id, other language). */
  also?: readonly string[];
}

export interface SearchSelectProps {
  label: string;
  searchLabel: string;
  lang: Lang;
  options: readonly SearchSelectOption[];
  value: string;
  onChange: (value: string) => void;
  /** Always listed (after the matches), e.g. "New type…". */
  extra?: SearchSelectOption;
  problem?: string | null;
  name: string;
}

/** A search box narrowing a list box (<select size>): type to filter, arrow keys to choose. */
export function SearchSelect({ label, searchLabel, lang, options, value, onChange, extra, problem, name }: SearchSelectProps) {
  const id = useId();
  const searchId = useId();
  const errorId = useId();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const hits = options.filter((o) => o.value === value || matches(query, [o.label, ...(o.also ?? [])]));
    return extra ? [...hits, extra] : hits;
  }, [options, query, value, extra]);
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        aria-label={searchLabel}
        placeholder={searchLabel}
        onChange={(e) => {
          setQuery(e.target.value);
          const q = e.target.value;
          const first = options.find((o) => matches(q, [o.label, ...(o.also ?? [])]));
          if (first && q.trim() !== '') onChange(first.value);
        }}
        className={FIELD}
      />
      <select
        id={id}
        name={name}
        size={Math.min(6, Math.max(2, shown.length))}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={FIELD}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
      >
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {shown.length === (extra ? 1 : 0) ? <p className="text-xs text-muted">{t('passages.noMatch', lang)}</p> : null}
      {problem ? (
        <p id={errorId} className="text-xs text-red-800">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** A relation as one line: its summary and its evidence count (corroboration). */
export function relationOption(r: RelationRecord, lang: Lang): string {
  return `${r.summary[lang]} — ${r.evidence.length === 1 ? t('passages.passageCountOne', lang) : t('passages.passageCount', lang, { n: r.evidence.length })}`;
}
