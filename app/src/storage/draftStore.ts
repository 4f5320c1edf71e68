// Drafts being edited on this device (issue 10), kept in IndexedDB (database `evidence-graph-drafts`, apart from the opened datasets).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AuthoringDataset } from '../model/edit/authoring';
import type { CopyNote } from '../model/edit/fromCompiled';

/** What the Datasets menu lists about a draft (no dataset: cheap to read). */
export interface DraftMeta {
  /** The link's `edit=` (lower-case hex). */
  id: string;
  name: string;
  sources: number;
  entities: number;
  relations: number;
  /** ISO time of the last saved edit. */
  savedAt: string;
  /** The dataset it was copied from (a content id, or `builtin`); absent for a new dataset. */
  copiedFrom?: string;
}

/** A stored draft: its description, the dataset as it is now (the history's present) and the notes of its copy. */
export interface StoredDraft {
  meta: DraftMeta;
  dataset: AuthoringDataset;
  notes: CopyNote[];
}

interface Schema extends DBSchema {
  drafts: { key: string; value: StoredDraft };
  meta: { key: string; value: DraftMeta };
}

export const DRAFTS_DB_NAME = 'evidence-graph-drafts';
let dbPromise: Promise<IDBPDatabase<Schema>> | null = null;
/** The open database once it is open, so a save can start its transaction in the same task as the edit. */
let openDb: IDBPDatabase<Schema> | null = null;

function db(): Promise<IDBPDatabase<Schema>> {
  dbPromise ??= openDB<Schema>(DRAFTS_DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('drafts');
      database.createObjectStore('meta');
    },
  }).then((d) => (openDb = d));
  return dbPromise;
}

/** The database if this device has it, else null: reading never creates it (a visitor who never edits leaves no storage). */
async function existingDb(): Promise<IDBPDatabase<Schema> | null> {
  if (dbPromise) return dbPromise;
  if (typeof indexedDB.databases === 'function') {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes(DRAFTS_DB_NAME)) return null;
  }
  return db();
}

/** A new draft id: 16 random hex digits. */
export function newDraftId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The description of `dataset` as draft `id`, saved now. */
export function draftMeta(id: string, dataset: AuthoringDataset, copiedFrom?: string): DraftMeta {
  return {
    id,
    name: dataset.name,
    sources: dataset.sources.length,
    entities: dataset.entities.length,
    relations: dataset.relations.length,
    savedAt: new Date().toISOString(),
    ...(copiedFrom === undefined ? {} : { copiedFrom }),
  };
}

/** Every draft's description, newest first. */
export async function listDrafts(): Promise<DraftMeta[]> {
  const database = await existingDb();
  if (!database) return [];
  const all = await database.getAll('meta');
  return all.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** A stored draft, or null when it is not on this device. */
export async function loadDraft(id: string): Promise<StoredDraft | null> {
  const database = await existingDb();
  if (!database) return null;
  return (await database.get('drafts', id)) ?? null;
}

async function put(database: IDBPDatabase<Schema>, draft: StoredDraft): Promise<void> {
  const tx = database.transaction(['drafts', 'meta'], 'readwrite');
  await Promise.all([tx.objectStore('drafts').put(draft, draft.meta.id), tx.objectStore('meta').put(draft.meta, draft.meta.id), tx.done]);
}

/**
 * Writes a draft (replacing the one with the same id). Once the database is open the transaction starts in the
 * calling task, so an edit followed at once by closing the tab is still written; the promise rejects if it is not.
 */
export function saveDraft(draft: StoredDraft): Promise<void> {
  if (openDb) return put(openDb, draft);
  return db().then((database) => put(database, draft));
}

/** Opens (creating if needed) the database ahead of the first save. */
export async function prepareDrafts(): Promise<void> {
  await db();
}

/** Deletes a draft. */
export async function removeDraft(id: string): Promise<void> {
  const database = await existingDb();
  if (!database) return;
  const tx = database.transaction(['drafts', 'meta'], 'readwrite');
  await Promise.all([tx.objectStore('drafts').delete(id), tx.objectStore('meta').delete(id), tx.done]);
}
