// The stories the UI shows per dataset (the dataset's own, or the author's saved edits) and the story being edited, shared by the menu and the player.
import { useSyncExternalStore } from 'react';
import type { Story } from '../../model/story/types';
import { BUILT_IN_DATASET_ID } from '../../state/datasetLink';

/** What the editor holds: a draft of one story (a copy: the saved stories change only on Save). */
export interface EditingState {
  datasetId: string;
  /** Id of the saved story being edited; null for a new story not saved yet. */
  savedId: string | null;
  draft: Story;
}

/** localStorage key of the built-in dataset's edited stories (written only when an author saves one). */
export const BUILT_IN_STORIES_KEY = 'evidence-graph:stories:builtin';

const saved = new Map<string, Story[]>();
let editing: EditingState | null = null;
const listeners = new Set<() => void>();
let version = 0;

function emit(): void {
  version += 1;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The built-in dataset's stories saved in this browser, or null (none, or unreadable). */
function readBuiltInEdits(): Story[] | null {
  try {
    const raw = window.localStorage.getItem(BUILT_IN_STORIES_KEY);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as Story[]) : null;
  } catch {
    return null;
  }
}

/** The stories of `datasetId` in use: the author's saved ones when there are, else the dataset's own (`base`). */
export function storiesFor(datasetId: string, base: readonly Story[]): readonly Story[] {
  if (!saved.has(datasetId) && datasetId === BUILT_IN_DATASET_ID) {
    const edits = readBuiltInEdits();
    if (edits) saved.set(datasetId, edits);
  }
  return saved.get(datasetId) ?? base;
}

/** Whether the built-in dataset's stories shown are an author's edits kept in this browser (not the shipped ones). */
export function isEdited(datasetId: string): boolean {
  return datasetId === BUILT_IN_DATASET_ID && saved.has(datasetId);
}

/** Drops the built-in dataset's edits kept in this browser: its shipped stories show again. */
export function discardEdits(datasetId: string): void {
  saved.delete(datasetId);
  if (datasetId === BUILT_IN_DATASET_ID) window.localStorage.removeItem(BUILT_IN_STORIES_KEY);
  emit();
}

/** Keeps `stories` as the stories of `datasetId` for this page (the caller persists them). */
export function setSavedStories(datasetId: string, stories: Story[]): void {
  saved.set(datasetId, stories);
  if (datasetId === BUILT_IN_DATASET_ID) window.localStorage.setItem(BUILT_IN_STORIES_KEY, JSON.stringify(stories));
  emit();
}

/** The story being edited, or null. */
export function editingState(): EditingState | null {
  return editing;
}

/** Opens the editor on a copy of `story` (or a new one). */
export function startEditing(datasetId: string, story: Story, savedId: string | null): void {
  editing = { datasetId, savedId, draft: structuredClone(story) };
  emit();
}

/** Replaces the draft. */
export function updateDraft(change: (draft: Story) => Story): void {
  if (!editing) return;
  editing = { ...editing, draft: change(editing.draft) };
  emit();
}

/** Marks the draft as saved under its id (after a save). */
export function markSaved(id: string): void {
  if (!editing) return;
  editing = { ...editing, savedId: id };
  emit();
}

/** Closes the editor (the draft is dropped; saved stories stay). */
export function stopEditing(): void {
  editing = null;
  emit();
}

let startRequest: { storyId: string; step: number } | null = null;

let focusCard = false;

/** Asks the player (which owns the camera moves) to open a story at a step; the card takes the focus when it shows. */
export function requestStep(storyId: string, step: number): void {
  startRequest = { storyId, step };
  focusCard = true;
  emit();
}

/** Whether the card should take the focus now (asked once per Start). */
export function takeCardFocus(): boolean {
  const f = focusCard;
  focusCard = false;
  return f;
}

/** Takes the pending request to open a story, if any. */
export function takeStepRequest(): { storyId: string; step: number } | null {
  const r = startRequest;
  startRequest = null;
  return r;
}

/** Re-renders on every store change; returns a counter that changes with it. */
export function useStoryStore(): number {
  return useSyncExternalStore(subscribe, () => version);
}
