// The edit session without React: one edit = one undo step, a refused edit leaves the dataset and history unchanged, and every new present is saved at once.
import type { AuthoringDataset } from '../../model/edit/authoring';
import { EditError } from '../../model/edit/editError';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from '../../model/edit/history';

/** What an edit, undo or redo did: the history after it, and the refusal when the edit was refused. */
export interface EditOutcome {
  history: History<AuthoringDataset>;
  refused: EditError | null;
}

/** Runs `op` on the present; an EditError leaves the history as it was (any other error is a bug: it is thrown on). */
export function applyEdit(history: History<AuthoringDataset>, op: (dataset: AuthoringDataset) => AuthoringDataset): EditOutcome {
  try {
    return { history: record(history, op(history.present)), refused: null };
  } catch (e) {
    if (e instanceof EditError) return { history, refused: e };
    throw e;
  }
}

/** Whether the present can go back or forward. */
export function undoRedoState(history: History<AuthoringDataset>): { canUndo: boolean; canRedo: boolean } {
  return { canUndo: canUndo(history), canRedo: canRedo(history) };
}

export { redo, startHistory, undo };

/** The last write's state, for the edit bar: saving, saved (with the time), or failed (with the reason). */
export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; message: string };

/**
 * Saves every new present as soon as it is made (not debounced: a tab closed right after an edit keeps it). Writes
 * are started in order; the status follows the latest one, and a failure stays shown until a later write succeeds.
 */
export function createAutosave(write: (dataset: AuthoringDataset) => Promise<void>, onStatus: (status: SaveStatus) => void): (dataset: AuthoringDataset) => void {
  let sequence = 0;
  let lastSaved: AuthoringDataset | null = null;
  return (dataset) => {
    if (dataset === lastSaved) return;
    const mine = ++sequence;
    onStatus({ kind: 'saving' });
    let started: Promise<void>;
    try {
      started = write(dataset);
    } catch (e) {
      started = Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    started.then(
      () => {
        lastSaved = dataset;
        if (mine === sequence) onStatus({ kind: 'saved', at: new Date() });
      },
      (e: unknown) => {
        // A failed write is always shown, even when a later one is already under way.
        onStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      },
    );
  };
}

/** Whether a key press should be left to the focused element (text fields keep their own undo). */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  // The edit-mode reader is contenteditable only for its caret and selection: it has no undo of its own, so the draft's applies.
  if (el.closest('[data-passage-source]')) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(type);
}

/** The undo/redo meaning of a key press (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl/Cmd+Y), or null. */
export function undoKey(e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}
