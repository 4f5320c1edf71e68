// The edit mode's passage editor, mounted once: opens the form asked for (reader bar, side panel, shortcuts n/e/Delete/?) and shows refusals.
import { useEffect, useRef, useState } from 'react';
import { passageEvidence, type Passage } from '../../../model/edit/passage';
import type { Selection } from '../../../state/types';
import { t } from '../../i18n';
import type { EditSession } from '../session';
import { refusalOf } from './applyEdit';
import { AliasForm, DeleteEntityConfirm, EntityEditForm, NewEntityForm } from './EntityForms';
import { AddEvidenceForm, DeleteRelationConfirm } from './EvidenceForms';
import { getPassageState, onEditorRequest, requestEditor, setPassageState, usePassageState, type EditorRequest } from './passageStore';
import { RelationForm } from './RelationForm';
import { ShortcutsHelp } from './ShortcutsHelp';
import { placeOf, shortcutOf } from './shortcuts';

type Open = { kind: 'new-relation' | 'new-entity' | 'alias' | 'add-evidence'; passage: Passage } | Exclude<EditorRequest, { kind: 'new-relation' | 'new-entity' | 'alias' | 'add-evidence' }>;

/** A message of this area in both languages (the store keeps both, so a language switch re-words it). */
const both = (key: 'passages.crossSource' | 'passages.outside' | 'passages.noSelection') => ({ en: t(key, 'en'), zh: t(key, 'zh') });

export interface PassageEditorProps {
  session: EditSession;
  /** The explorer's selection: what `e` and Delete act on. */
  selection: Selection;
}

/** Renders the open form (one at a time) and listens for the shortcuts; the passage forms open only for a passage the model accepts. */
export function PassageEditor({ session, selection }: PassageEditorProps) {
  const [open, setOpen] = useState<Open | null>(null);
  const latest = useRef({ session, selection });
  useEffect(() => {
    latest.current = { session, selection };
  });
  const { message, bars } = usePassageState();

  useEffect(() => {
    const handle = (request: EditorRequest): void => {
      const { session: s } = latest.current;
      if (request.kind === 'new-relation' || request.kind === 'new-entity' || request.kind === 'alias' || request.kind === 'add-evidence') {
        const { passage, problem } = getPassageState();
        if (problem) return setPassageState({ message: both(problem === 'cross-source' ? 'passages.crossSource' : 'passages.outside') });
        const checked = passage ?? { source: s.dataset.sources[0]?.record.id ?? '', start: 0, end: 0 };
        let refusal: { en: string; zh: string } | null = null;
        const en = refusalOf(() => passageEvidence(s.dataset, checked), 'en');
        if (en !== null) refusal = { en, zh: refusalOf(() => passageEvidence(s.dataset, checked), 'zh') ?? en };
        if (refusal) return setPassageState({ message: refusal });
        setPassageState({ message: null });
        return setOpen({ kind: request.kind, passage: checked });
      }
      setOpen(request);
    };
    return onEditorRequest(handle);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const shortcut = shortcutOf(e, placeOf(e.target));
      if (shortcut === null) return;
      const sel = latest.current.selection;
      e.preventDefault();
      if (shortcut === 'help') return setOpen({ kind: 'help' });
      if (shortcut === 'new-relation') return void requestEditor({ kind: 'new-relation' });
      if (sel?.kind === 'entity') return setOpen(shortcut === 'edit' ? { kind: 'edit-entity', id: sel.id } : { kind: 'delete-entity', id: sel.id });
      if (sel?.kind === 'relation') return setOpen(shortcut === 'edit' ? { kind: 'edit-relation', id: sel.id } : { kind: 'delete-relation', id: sel.id });
      setPassageState({ message: both('passages.noSelection') });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const close = (): void => setOpen(null);
  const lang = session.lang;
  return (
    <>
      {bars === 0 && message ? (
        <p role="alert" className="fixed bottom-16 left-1/2 z-40 max-w-[90vw] -translate-x-1/2 rounded-md bg-ink px-3 py-2 text-sm text-white shadow-lg" data-testid="passage-problem">
          {message[lang]}
          <button type="button" className="ml-2 underline" aria-label={t('passages.dismiss', lang)} onClick={() => setPassageState({ message: null })}>
            ×
          </button>
        </p>
      ) : null}
      {open?.kind === 'new-relation' ? <RelationForm mode="create" session={session} passage={open.passage} onClose={close} /> : null}
      {open?.kind === 'edit-relation' ? <RelationForm mode="edit" session={session} id={open.id} onClose={close} /> : null}
      {open?.kind === 'new-entity' ? <NewEntityForm session={session} passage={open.passage} onClose={close} /> : null}
      {open?.kind === 'alias' ? <AliasForm session={session} passage={open.passage} onClose={close} /> : null}
      {open?.kind === 'add-evidence' ? <AddEvidenceForm session={session} passage={open.passage} onClose={close} /> : null}
      {open?.kind === 'edit-entity' ? <EntityEditForm session={session} id={open.id} onClose={close} onDelete={(id) => setOpen({ kind: 'delete-entity', id })} /> : null}
      {open?.kind === 'delete-entity' ? <DeleteEntityConfirm session={session} id={open.id} onClose={close} /> : null}
      {open?.kind === 'delete-relation' ? <DeleteRelationConfirm session={session} id={open.id} onClose={close} /> : null}
      {open?.kind === 'help' ? <ShortcutsHelp lang={lang} onClose={close} /> : null}
    </>
  );
}
