// The edit session of one draft: its history, refusals shown to the user, autosave of every change, and the undo/redo keys.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AuthoringDataset } from '../../model/edit/authoring';
import type { EditError } from '../../model/edit/editError';
import type { History } from '../../model/edit/history';
import { draftMeta, saveDraft, type StoredDraft } from '../../storage/draftStore';
import type { EditSession } from './session';
import { applyEdit, createAutosave, isTextTarget, redo, startHistory, undo, undoKey, undoRedoState, type SaveStatus } from './sessionCore';

/** The session less what the explorer adds (the language and `focus`), plus what the edit bar shows. */
export interface EditShell extends Omit<EditSession, 'lang' | 'focus'> {
  draftId: string;
  /** The last refused edit (shown until dismissed or the next edit). */
  refusal: { label: string; error: EditError } | null;
  dismissRefusal: () => void;
  save: SaveStatus;
}

/** Owns the draft's history; `apply` runs a model operation as one undo step and saves the result at once. */
export function useEditSession(draft: StoredDraft): EditShell {
  const draftId = draft.meta.id;
  const [history, setHistoryState] = useState<History<AuthoringDataset>>(() => startHistory(draft.dataset));
  const historyRef = useRef(history);
  const [refusal, setRefusal] = useState<EditShell['refusal']>(null);
  const [save, setSave] = useState<SaveStatus>({ kind: 'idle' });
  const copiedFrom = draft.meta.copiedFrom;
  const notes = draft.notes;
  const autosave = useMemo(
    () => createAutosave((dataset) => saveDraft({ meta: draftMeta(draftId, dataset, copiedFrom), dataset, notes }), setSave),
    [draftId, copiedFrom, notes],
  );

  const setHistory = useCallback(
    (next: History<AuthoringDataset>) => {
      if (next === historyRef.current) return;
      historyRef.current = next;
      setHistoryState(next);
      autosave(next.present);
    },
    [autosave],
  );

  const apply = useCallback(
    (label: string, op: (dataset: AuthoringDataset) => AuthoringDataset): boolean => {
      const outcome = applyEdit(historyRef.current, op);
      if (outcome.refused) {
        setRefusal({ label, error: outcome.refused });
        return false;
      }
      setRefusal(null);
      setHistory(outcome.history);
      return true;
    },
    [setHistory],
  );
  const doUndo = useCallback(() => setHistory(undo(historyRef.current)), [setHistory]);
  const doRedo = useCallback(() => setHistory(redo(historyRef.current)), [setHistory]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const action = undoKey(e);
      if (action === null || e.defaultPrevented || isTextTarget(e.target)) return;
      e.preventDefault();
      if (action === 'undo') doUndo();
      else doRedo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doUndo, doRedo]);

  const { canUndo, canRedo } = undoRedoState(history);
  const dismissRefusal = useCallback(() => setRefusal(null), []);
  return useMemo(
    () => ({ draftId, dataset: history.present, apply, undo: doUndo, redo: doRedo, canUndo, canRedo, refusal, dismissRefusal, save }),
    [draftId, history.present, apply, doUndo, doRedo, canUndo, canRedo, refusal, dismissRefusal, save],
  );
}
