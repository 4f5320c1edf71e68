// The entity forms: new entity from a selected name, add an alias, edit (names, descriptions, kind, aliases), merge into another, and delete after asking.
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { addAlias, addEntity, deleteEntity, mergeEntities, relationsOfEntity, updateEntity } from '../../../model/edit/entityOps';
import type { AuthoringDataset } from '../../../model/edit/authoring';
import { entitiesNear, passageEvidence, type Passage } from '../../../model/edit/passage';
import type { EntityKind } from '../../../model/schema';
import type { Lang } from '../../../state/types';
import { t } from '../../i18n';
import type { EditSession } from '../session';
import { applyEdit } from './applyEdit';
import { BUTTON, DANGER, Dialog, FIELD, LABEL, PRIMARY, Problem } from './Dialog';
import { EntitySelect } from './Pickers';

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

function KindSelect({ dataset, lang, value, onChange }: { dataset: AuthoringDataset; lang: Lang; value: string; onChange: (k: EntityKind) => void }) {
  return (
    <Field label={t('passages.kind', lang)}>
      {(id) => (
        <select id={id} name="kind" value={value} onChange={(e) => onChange(e.target.value as EntityKind)} className={FIELD}>
          {value === '' ? <option value="">{t('passages.chooseKind', lang)}</option> : null}
          {dataset.vocabulary.kinds.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label[lang]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function Buttons({ lang, onClose, submit }: { lang: Lang; onClose: () => void; submit: string }) {
  return (
    <div className="flex flex-wrap justify-end gap-2">
      <button type="button" className={BUTTON} onClick={onClose}>
        {t('passages.cancel', lang)}
      </button>
      <button type="submit" className={PRIMARY}>
        {submit}
      </button>
    </div>
  );
}

/** The passage's exact words, or '' when the model refuses it (the caller has checked it). */
function quoteOf(dataset: AuthoringDataset, passage: Passage): string {
  try {
    return passageEvidence(dataset, passage).evidence.quote;
  } catch {
    return '';
  }
}

interface PassageFormProps {
  session: EditSession;
  passage: Passage;
  onClose: () => void;
}

/** "New entity": the selection is the name (in the source's language), the kind is picked. */
export function NewEntityForm({ session, passage, onClose }: PassageFormProps) {
  const { dataset, lang } = session;
  const quote = quoteOf(dataset, passage);
  const zhSource = dataset.sources.find((s) => s.record.id === passage.source)?.record.language.startsWith('zh') ?? false;
  const [name, setName] = useState({ en: zhSource ? '' : quote, zh: zhSource ? quote : '' });
  const [kind, setKind] = useState<EntityKind | ''>('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (kind === '') return setProblem(t('passages.kindNeeded', lang));
    let made = '';
    const refused = applyEdit(session, t('passages.undoNewEntity', lang), (ds) => {
      const out = addEntity(ds, { kind, name });
      made = out.id;
      return out.dataset;
    });
    setProblem(refused);
    if (refused !== null) return;
    onClose();
    session.focus({ entity: made });
  };
  return (
    <Dialog title={t('passages.newEntityTitle', lang)} onClose={onClose} name="new-entity">
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <div className="grid gap-2 sm:grid-cols-2">
          <Field label={t('passages.nameEn', lang)}>{(id) => <input id={id} name="name-en" lang="en" value={name.en} onChange={(e) => setName({ ...name, en: e.target.value })} className={FIELD} />}</Field>
          <Field label={t('passages.nameZh', lang)}>{(id) => <input id={id} name="name-zh" lang="zh-Hant" value={name.zh} onChange={(e) => setName({ ...name, zh: e.target.value })} className={FIELD} />}</Field>
        </div>
        <p className="text-xs text-muted">{t('passages.oneNameEnough', lang)}</p>
        <KindSelect dataset={dataset} lang={lang} value={kind} onChange={setKind} />
        <Problem message={problem} />
        <Buttons lang={lang} onClose={onClose} submit={t('passages.createEntity', lang)} />
      </form>
    </Dialog>
  );
}

/** "Add as alias of…": the selection becomes another name of a chosen entity (those named near it first). */
export function AliasForm({ session, passage, onClose }: PassageFormProps) {
  const { dataset, lang } = session;
  const quote = quoteOf(dataset, passage);
  const near = useMemo(() => entitiesNear(dataset, passage), [dataset, passage]);
  const [entity, setEntity] = useState(near[0] ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (entity === '') return setProblem(t('passages.entityNeeded', lang));
    const refused = applyEdit(session, t('passages.undoAlias', lang), (ds) => addAlias(ds, entity, quote));
    setProblem(refused);
    if (refused !== null) return;
    onClose();
    session.focus({ entity });
  };
  return (
    <Dialog title={t('passages.aliasTitle', lang, { alias: quote })} onClose={onClose} name="alias">
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <EntitySelect name="entity" label={t('passages.aliasOf', lang)} dataset={dataset} lang={lang} value={entity} near={near} onChange={setEntity} />
        <Problem message={problem} />
        <Buttons lang={lang} onClose={onClose} submit={t('passages.addAlias', lang)} />
      </form>
    </Dialog>
  );
}

export interface EntityEditFormProps {
  session: EditSession;
  id: string;
  onClose: () => void;
  /** "Delete…": the caller asks first. */
  onDelete: (id: string) => void;
}

/** Edits an entity's names, descriptions, kind and aliases; "Merge into…" another (one undo step, naming the loops it drops); "Delete…". */
export function EntityEditForm({ session, id, onClose, onDelete }: EntityEditFormProps) {
  const { dataset, lang } = session;
  const entity = dataset.entities.find((e) => e.id === id);
  const [form, setForm] = useState(() => ({
    name: { ...(entity?.name ?? { en: '', zh: '' }) },
    description: { ...(entity?.description ?? { en: '', zh: '' }) },
    kind: entity?.kind ?? ('person' as EntityKind),
    aliases: (entity?.aliases ?? []).join('\n'),
  }));
  const [problem, setProblem] = useState<string | null>(null);
  const [into, setInto] = useState('');
  const [confirmMerge, setConfirmMerge] = useState(false);
  const aliasHint = useId();
  if (!entity) return null;
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const refused = applyEdit(session, t('passages.undoEditEntity', lang), (ds) =>
      updateEntity(ds, id, { name: form.name, description: form.description, kind: form.kind, aliases: form.aliases.split('\n') }),
    );
    setProblem(refused);
    if (refused === null) onClose();
  };
  const preview = confirmMerge && into !== '' ? mergePreview(dataset, id, into, lang) : null;
  const merge = (): void => {
    const refused = applyEdit(session, t('passages.undoMerge', lang), (ds) => mergeEntities(ds, id, into).dataset);
    setProblem(refused);
    if (refused !== null) return;
    onClose();
    session.focus({ entity: into });
  };
  const text = (key: 'en' | 'zh', part: 'name' | 'description') => (v: string) => setForm((f) => ({ ...f, [part]: { ...f[part], [key]: v } }));
  return (
    <Dialog title={t('passages.editEntityTitle', lang, { name: entity.name[lang] })} onClose={onClose} name="entity" wide>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <div className="grid gap-2 sm:grid-cols-2">
          <Field label={t('passages.nameEn', lang)}>{(fid) => <input id={fid} name="name-en" lang="en" value={form.name.en} onChange={(e) => text('en', 'name')(e.target.value)} className={FIELD} />}</Field>
          <Field label={t('passages.nameZh', lang)}>{(fid) => <input id={fid} name="name-zh" lang="zh-Hant" value={form.name.zh} onChange={(e) => text('zh', 'name')(e.target.value)} className={FIELD} />}</Field>
          <Field label={t('passages.descriptionEn', lang)}>
            {(fid) => <textarea id={fid} name="description-en" lang="en" rows={2} value={form.description.en} onChange={(e) => text('en', 'description')(e.target.value)} className={FIELD} />}
          </Field>
          <Field label={t('passages.descriptionZh', lang)}>
            {(fid) => <textarea id={fid} name="description-zh" lang="zh-Hant" rows={2} value={form.description.zh} onChange={(e) => text('zh', 'description')(e.target.value)} className={FIELD} />}
          </Field>
        </div>
        <KindSelect dataset={dataset} lang={lang} value={form.kind} onChange={(kind) => setForm((f) => ({ ...f, kind }))} />
        <Field label={t('passages.aliases', lang)}>
          {(fid) => <textarea id={fid} name="aliases" rows={3} value={form.aliases} onChange={(e) => setForm((f) => ({ ...f, aliases: e.target.value }))} className={FIELD} aria-describedby={aliasHint} />}
        </Field>
        <p id={aliasHint} className="-mt-2 text-xs text-muted">
          {t('passages.aliasesHint', lang)}
        </p>
        <Problem message={problem} />
        <Buttons lang={lang} onClose={onClose} submit={t('passages.save', lang)} />
      </form>
      <section className="mt-4 flex flex-col gap-2 border-t border-muted/30 pt-3" aria-label={t('passages.mergeHeading', lang)}>
        <h3 className="text-sm font-semibold">{t('passages.mergeHeading', lang)}</h3>
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-48 flex-1">
            <EntitySelect
              name="merge-into"
              label={t('passages.mergeInto', lang, { name: entity.name[lang] })}
              dataset={dataset}
              lang={lang}
              value={into}
              exclude={id}
              onChange={(v) => {
                setInto(v);
                setConfirmMerge(false);
              }}
            />
          </div>
          <button type="button" className={BUTTON} disabled={into === ''} onClick={() => setConfirmMerge(true)}>
            {t('passages.mergeButton', lang)}
          </button>
        </div>
        {preview ? (
          <div role="alertdialog" aria-label={t('passages.mergeHeading', lang)} className="flex flex-col gap-2 rounded-md bg-mark/40 p-2 text-sm">
            <p>{preview.summary}</p>
            {preview.loops.length > 0 ? (
              <ul className="list-disc pl-5" data-testid="merge-loops">
                {preview.loops.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            ) : null}
            <div className="flex flex-wrap justify-end gap-2">
              <button type="button" className={BUTTON} onClick={() => setConfirmMerge(false)}>
                {t('passages.cancel', lang)}
              </button>
              <button type="button" className={PRIMARY} autoFocus onClick={merge}>
                {t('passages.confirmMerge', lang)}
              </button>
            </div>
          </div>
        ) : null}
      </section>
      <section className="mt-4 border-t border-muted/30 pt-3">
        <button type="button" className={DANGER} onClick={() => onDelete(id)}>
          {t('passages.deleteEntity', lang)}
        </button>
      </section>
    </Dialog>
  );
}

/** What merging `from` into `into` will do, in words, with the relations it drops (they would join `into` to itself). */
export function mergePreview(dataset: AuthoringDataset, from: string, into: string, lang: Lang): { summary: string; loops: string[] } {
  const a = dataset.entities.find((e) => e.id === from);
  const b = dataset.entities.find((e) => e.id === into);
  if (!a || !b) return { summary: '', loops: [] };
  const moved = relationsOfEntity(dataset, from).length;
  const { droppedLoops } = mergeEntities(dataset, from, into);
  const loops = droppedLoops.map((rid) => dataset.relations.find((r) => r.id === rid)?.summary[lang] ?? rid);
  const summary = `${t('passages.mergeSummary', lang, { from: a.name[lang], into: b.name[lang], n: moved - loops.length })}${loops.length > 0 ? ` ${t('passages.mergeLoops', lang, { n: loops.length, into: b.name[lang] })}` : ''}`;
  return { summary, loops };
}

/** Asks before deleting an entity, naming its relations ("Delete Bob Ortiz and his 4 relations?"); Delete is one undo step. */
export function DeleteEntityConfirm({ session, id, onClose }: { session: EditSession; id: string; onClose: () => void }) {
  const { dataset, lang } = session;
  const entity = dataset.entities.find((e) => e.id === id);
  const relations = useMemo(() => relationsOfEntity(dataset, id).map((rid) => dataset.relations.find((r) => r.id === rid)?.summary[lang] ?? rid), [dataset, id, lang]);
  const [problem, setProblem] = useState<string | null>(null);
  if (!entity) return null;
  const name = entity.name[lang];
  const question =
    relations.length === 0
      ? t('passages.deleteEntityAlone', lang, { name })
      : relations.length === 1
        ? t('passages.deleteEntityQuestionOne', lang, { name })
        : t('passages.deleteEntityQuestion', lang, { name, n: relations.length });
  return (
    <Dialog title={question} onClose={onClose} name="delete-entity" role="alertdialog">
      {relations.length > 0 ? (
        <ul className="mb-3 list-disc pl-5 text-sm" data-testid="delete-relations">
          {relations.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      ) : null}
      <Problem message={problem} />
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" className={BUTTON} autoFocus onClick={onClose}>
          {t('passages.cancel', lang)}
        </button>
        <button
          type="button"
          className={DANGER}
          onClick={() => {
            const refused = applyEdit(session, t('passages.undoDeleteEntity', lang), (ds) => deleteEntity(ds, id));
            setProblem(refused);
            if (refused === null) onClose();
          }}
        >
          {t('passages.delete', lang)}
        </button>
      </div>
    </Dialog>
  );
}
