// The page's one passage-editing state: the reader's current selection, the last refusal, and requests to open a form (reader bar, side panel, shortcuts → editor).
import { useSyncExternalStore } from 'react';
import type { Passage } from '../../../model/edit/passage';

/** What the editor is asked to open. */
export type EditorRequest =
  | { kind: 'new-relation' }
  | { kind: 'new-entity' }
  | { kind: 'alias' }
  | { kind: 'add-evidence' }
  | { kind: 'edit-entity'; id: string }
  | { kind: 'edit-relation'; id: string }
  | { kind: 'delete-entity'; id: string }
  | { kind: 'delete-relation'; id: string }
  | { kind: 'help' };

export interface PassageState {
  /** The reader's selection as a passage (possibly empty: the model refuses it with its message), or null. */
  passage: Passage | null;
  /** Why the current selection cannot be a passage, when it runs across two sources or out of the text. */
  problem: 'cross-source' | 'outside' | null;
  /** The last refusal to show (in both languages), or null. */
  message: { en: string; zh: string } | null;
  /** Reader bars on the page (they show `message`; with none, the editor shows it). */
  bars: number;
}

let state: PassageState = { passage: null, problem: null, message: null, bars: 0 };
const listeners = new Set<() => void>();
const requestListeners = new Set<(r: EditorRequest) => void>();

export function getPassageState(): PassageState {
  return state;
}

export function setPassageState(patch: Partial<PassageState>): void {
  const next = { ...state, ...patch };
  if (next.passage === state.passage && next.problem === state.problem && next.message === state.message && next.bars === state.bars) return;
  state = next;
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The current passage state, re-rendering on change. */
export function usePassageState(): PassageState {
  return useSyncExternalStore(subscribe, getPassageState, getPassageState);
}

/** Asks the mounted editor to open a form; returns false when no editor is listening (not in edit mode). */
export function requestEditor(request: EditorRequest): boolean {
  for (const l of requestListeners) l(request);
  return requestListeners.size > 0;
}

/** The editor's subscription to requests. */
export function onEditorRequest(listener: (r: EditorRequest) => void): () => void {
  requestListeners.add(listener);
  return () => requestListeners.delete(listener);
}
