// Evidence and relation forms: "Add evidence to…" (attach the passage to a relation: corroboration), delete a relation after asking, remove one passage of evidence.
import { useMemo, useState, type FormEvent } from 'react';
import { entitiesNear, passageEvidence, type Passage } from '../../../model/edit/passage';
import { addEvidence, deleteRelation, removeEvidence } from '../../../model/edit/relationOps';
import { t } from '../../i18n';
import type { EditSession } from '../session';
import { applyEdit } from './applyEdit';
import { BUTTON, DANGER, Dialog, PRIMARY, Problem } from './Dialog';
import { relationOption, SearchSelect, type SearchSelectOption } from './Pickers';

/** "Add evidence to…": a searchable list of relations (those between entities named near the passage first), each with its evidence count. */
export function AddEvidenceForm({ session, passage, onClose }: { session: EditSession; passage: Passage; onClose: () => void }) {
  const { dataset, lang } = session;
  const options: SearchSelectOption[] = useMemo(() => {
    const near = new Set(entitiesNear(dataset, passage));
    const score = (source: string, target: string): number => Number(near.has(source)) + Number(near.has(target));
    return [...dataset.relations]
      .sort((a, b) => score(b.source, b.target) - score(a.source, a.target))
      .map((r) => ({ value: r.id, label: relationOption(r, lang), also: [r.id, r.summary.en, r.summary.zh] }));
  }, [dataset, passage, lang]);
  const [relation, setRelation] = useState(options[0]?.value ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const quote = useMemo(() => {
    try {
      return passageEvidence(dataset, passage).evidence.quote;
    } catch {
      return '';
    }
  }, [dataset, passage]);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (relation === '') return setProblem(t('passages.relationNeeded', lang));
    const refused = applyEdit(session, t('passages.undoAddEvidence', lang), (ds) => addEvidence(ds, relation, passage));
    setProblem(refused);
    if (refused !== null) return;
    onClose();
    session.focus({ relation });
  };
  return (
    <Dialog title={t('passages.addEvidenceTitle', lang)} onClose={onClose} name="add-evidence" wide>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <blockquote className="rounded-md bg-canvas p-2 text-sm whitespace-pre-wrap">
          <mark className="rounded-sm bg-mark px-0.5 text-ink">{quote}</mark>
        </blockquote>
        {options.length === 0 ? <p className="text-sm text-muted">{t('passages.noRelations', lang)}</p> : null}
        <SearchSelect name="relation" label={t('passages.relation', lang)} searchLabel={t('passages.searchRelations', lang)} lang={lang} options={options} value={relation} onChange={setRelation} />
        <Problem message={problem} />
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" className={BUTTON} onClick={onClose}>
            {t('passages.cancel', lang)}
          </button>
          <button type="submit" className={PRIMARY}>
            {t('passages.addEvidence', lang)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Asks before deleting a relation, naming it and its evidence count. */
export function DeleteRelationConfirm({ session, id, onClose }: { session: EditSession; id: string; onClose: () => void }) {
  const { dataset, lang } = session;
  const relation = dataset.relations.find((r) => r.id === id);
  const [problem, setProblem] = useState<string | null>(null);
  if (!relation) return null;
  return (
    <Dialog title={t('passages.deleteRelationQuestion', lang, { summary: relation.summary[lang], n: relation.evidence.length })} onClose={onClose} name="delete-relation" role="alertdialog">
      <Problem message={problem} />
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" className={BUTTON} onClick={onClose}>
          {t('passages.cancel', lang)}
        </button>
        <button
          type="button"
          className={DANGER}
          onClick={() => {
            const refused = applyEdit(session, t('passages.undoDeleteRelation', lang), (ds) => deleteRelation(ds, id));
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

/** "Remove" on one evidence item in edit mode; the model refuses the last one, and says so here. */
export function RemoveEvidenceButton({ session, relationId, index }: { session: EditSession; relationId: string; index: number }) {
  const { lang } = session;
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={`${DANGER} px-2 py-0.5 text-xs`}
        data-action="remove-evidence"
        onClick={() => setProblem(applyEdit(session, t('passages.undoRemoveEvidence', lang), (ds) => removeEvidence(ds, relationId, index)))}
      >
        {t('passages.removeEvidence', lang, { n: index + 1 })}
      </button>
      <Problem message={problem} />
    </span>
  );
}
