// The relation form: from/to, type (or a new one), fact or claim and the claimant, dates, stance, summaries; new from a passage or editing one.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { entitiesNear, passageEvidence, type Passage } from '../../../model/edit/passage';
import { CATEGORIES, STANCES, type Category, type Stance } from '../../../model/schema';
import { t } from '../../i18n';
import type { EditSession } from '../session';
import { applyEdit } from './applyEdit';
import { BUTTON, Dialog, FIELD, LABEL, PRIMARY, Problem } from './Dialog';
import { EntitySelect, SearchSelect, type SearchSelectOption } from './Pickers';
import { createOperation, draftFromPassage, draftFromRelation, draftProblems, NEW_TYPE, placeholderSummary, updateOperation, type RelationDraft } from './relationDraft';

export type RelationFormProps = {
  session: EditSession;
  onClose: () => void;
} & ({ mode: 'create'; passage: Passage } | { mode: 'edit'; id: string });

function TextField({ label, value, onChange, name, placeholder, problem, hint, lang }: { label: string; value: string; onChange: (v: string) => void; name: string; placeholder?: string; problem?: string | null; hint?: string; lang?: string }) {
  const id = useId();
  const more = useId();
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        value={value}
        lang={lang}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        className={FIELD}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem || hint ? more : undefined}
      />
      {problem || hint ? (
        <p id={more} className={`text-xs ${problem ? 'text-red-800' : 'text-muted'}`}>
          {problem ?? hint}
        </p>
      ) : null}
    </div>
  );
}

/** Creates a relation from a passage (the quote shown exactly as selected) or edits one; submit is one undo step. */
export function RelationForm(props: RelationFormProps) {
  const { session, onClose } = props;
  const { dataset, lang } = session;
  const editing = props.mode === 'edit' ? dataset.relations.find((r) => r.id === props.id) : undefined;
  const passage = props.mode === 'create' ? props.passage : null;
  const [draft, setDraft] = useState<RelationDraft>(() => (editing ? draftFromRelation(editing) : passage ? draftFromPassage(dataset, passage) : draftFromPassage(dataset, { source: '', start: 0, end: 0 })));
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const near = useMemo(() => (passage ? entitiesNear(dataset, passage) : []), [dataset, passage]);
  const quote = useMemo(() => {
    try {
      return passage ? passageEvidence(dataset, passage).evidence : null;
    } catch {
      return null;
    }
  }, [dataset, passage]);
  const set = (patch: Partial<RelationDraft>): void => setDraft((d) => ({ ...d, ...patch }));
  const problems = draftProblems(draft);
  const shown = (k: keyof typeof problems): string | null => (tried ? (problems[k]?.[lang] ?? null) : k === 'date' || k === 'dateEnd' ? (problems[k]?.[lang] ?? null) : null);
  const placeholder = placeholderSummary(dataset, draft);
  const types: SearchSelectOption[] = useMemo(
    () =>
      dataset.vocabulary.relationTypes.map((ty) => {
        const category = dataset.vocabulary.categories.find((c) => c.id === ty.category)?.label[lang] ?? ty.category;
        return { value: ty.id, label: `${ty.label[lang]} (${category})`, also: [ty.id, ty.label.en, ty.label.zh] };
      }),
    [dataset.vocabulary, lang],
  );
  const typeRecord = dataset.vocabulary.relationTypes.find((ty) => ty.id === draft.type);

  if (props.mode === 'edit' && !editing) return null;

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    let made = '';
    const label = props.mode === 'create' ? t('passages.undoNewRelation', lang) : t('passages.undoEditRelation', lang);
    const op = props.mode === 'create' ? createOperation(draft, props.passage, (id) => (made = id)) : updateOperation(draft, props.id);
    const refused = applyEdit(session, label, op);
    setRefusal(refused);
    if (refused !== null) return;
    onClose();
    session.focus({ relation: props.mode === 'create' ? made : props.id });
  };

  const categoryLabel = (c: Category): string => dataset.vocabulary.categories.find((x) => x.id === c)?.label[lang] ?? c;
  return (
    <Dialog title={props.mode === 'create' ? t('passages.newRelationTitle', lang) : t('passages.editRelationTitle', lang)} onClose={onClose} name="relation" wide>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        {quote ? (
          <figure className="rounded-md bg-canvas p-2">
            <figcaption className={LABEL}>
              {t('passages.quote', lang)}
              {quote.occurrence ? ` · ${t('passages.occurrence', lang, { n: quote.occurrence })}` : ''}
            </figcaption>
            <blockquote className="text-sm whitespace-pre-wrap" data-testid="relation-quote">
              <mark className="rounded-sm bg-mark px-0.5 text-ink">{quote.quote}</mark>
            </blockquote>
          </figure>
        ) : null}
        <div className="grid gap-2 sm:grid-cols-[1fr_auto_1fr] sm:items-end">
          <EntitySelect name="from" label={t('passages.from', lang)} dataset={dataset} lang={lang} value={draft.source} near={near} onChange={(source) => set({ source })} problem={shown('source')} />
          <button type="button" className={`${BUTTON} sm:mb-0.5`} aria-label={t('passages.swap', lang)} title={t('passages.swap', lang)} onClick={() => set({ source: draft.target, target: draft.source })}>
            <span aria-hidden="true">⇄</span>
          </button>
          <EntitySelect name="to" label={t('passages.to', lang)} dataset={dataset} lang={lang} value={draft.target} near={near} onChange={(target) => set({ target })} problem={shown('target')} />
        </div>
        <SearchSelect
          name="type"
          label={t('passages.type', lang)}
          searchLabel={t('passages.searchTypes', lang)}
          lang={lang}
          options={types}
          value={draft.type}
          onChange={(type) => set({ type })}
          extra={{ value: NEW_TYPE, label: t('passages.newType', lang) }}
          problem={shown('type')}
        />
        {draft.type === NEW_TYPE ? (
          <fieldset className="flex flex-col gap-2 rounded-md border border-muted/40 p-2">
            <legend className={`${LABEL} px-1`}>{t('passages.newTypeLegend', lang)}</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              <TextField name="type-en" label={t('passages.labelEn', lang)} lang="en" value={draft.newType.en} onChange={(en) => set({ newType: { ...draft.newType, en } })} problem={shown('newType')} hint={t('passages.labelHint', lang)} />
              <TextField name="type-zh" label={t('passages.labelZh', lang)} lang="zh-Hant" value={draft.newType.zh} onChange={(zh) => set({ newType: { ...draft.newType, zh } })} />
            </div>
            <div className="flex flex-wrap items-end gap-3">
              <label className="flex flex-col gap-0.5">
                <span className={LABEL}>{t('passages.category', lang)}</span>
                <select name="category" value={draft.newType.category} onChange={(e) => set({ newType: { ...draft.newType, category: e.target.value as Category } })} className={FIELD}>
                  {CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {categoryLabel(c)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex items-center gap-1.5 text-sm">
                <input type="checkbox" name="directed" checked={draft.newType.directed} onChange={(e) => set({ newType: { ...draft.newType, directed: e.target.checked } })} />
                {t('passages.directed', lang)}
              </label>
            </div>
          </fieldset>
        ) : null}
        <fieldset className="flex flex-wrap items-center gap-3">
          <legend className={LABEL}>{t('passages.status', lang)}</legend>
          {(['fact', 'claim'] as const).map((s) => (
            <label key={s} className="flex items-center gap-1.5 text-sm">
              <input type="radio" name="status" value={s} checked={draft.status === s} onChange={() => set({ status: s })} />
              {t(s === 'fact' ? 'passages.fact' : 'passages.claim', lang)}
            </label>
          ))}
        </fieldset>
        {draft.status === 'claim' ? (
          <EntitySelect name="claimant" label={t('passages.claimant', lang)} dataset={dataset} lang={lang} value={draft.claimedBy} near={near} onChange={(claimedBy) => set({ claimedBy })} />
        ) : null}
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField name="date" label={t('passages.date', lang)} value={draft.date} placeholder="YYYY-MM-DD" onChange={(date) => set({ date })} problem={shown('date')} hint={t('passages.dateHint', lang)} />
          <TextField name="date-end" label={t('passages.dateEnd', lang)} value={draft.dateEnd} placeholder="YYYY-MM-DD" onChange={(dateEnd) => set({ dateEnd })} problem={shown('dateEnd')} />
        </div>
        <label className="flex flex-col gap-0.5">
          <span className={LABEL}>{t('passages.stance', lang)}</span>
          <select name="stance" value={draft.stance} onChange={(e) => set({ stance: e.target.value as Stance | '' })} className={FIELD}>
            <option value="">{t('passages.stanceDefault', lang, { stance: t(`panels.stances.${typeRecord?.defaultStance ?? 'neutral'}`, lang) })}</option>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {t(`panels.stances.${s}`, lang)}
              </option>
            ))}
          </select>
        </label>
        <div className="grid gap-2 sm:grid-cols-2">
          <SummaryField label={t('passages.summaryEn', lang)} lang="en" value={draft.summaryEn} placeholder={placeholder?.en} onChange={(summaryEn) => set({ summaryEn })} />
          <SummaryField label={t('passages.summaryZh', lang)} lang="zh-Hant" value={draft.summaryZh} placeholder={placeholder?.zh} onChange={(summaryZh) => set({ summaryZh })} />
        </div>
        <Problem message={refusal ?? (tried && Object.keys(problems).length > 0 ? t('passages.fixFields', lang) : null)} />
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" className={BUTTON} onClick={onClose}>
            {t('passages.cancel', lang)}
          </button>
          <button type="submit" className={PRIMARY}>
            {props.mode === 'create' ? t('passages.createRelation', lang) : t('passages.save', lang)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function SummaryField({ label, lang, value, placeholder, onChange }: { label: string; lang: string; value: string; placeholder: string | undefined; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <textarea id={id} lang={lang} rows={2} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} className={`${FIELD} resize-y`} />
    </div>
  );
}
