// Datasets opened on this device, kept in IndexedDB (database `evidence-graph`, store `datasets`) so a reload keeps them.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CompiledDataset } from '../model/schema';
import type { ImportReport } from '../model/import/report';

/** What the Datasets menu lists about a stored dataset (no graph: cheap to read). */
export interface StoredDatasetMeta {
  /** Content id (the link's `d=`). */
  id: string;
  name: string;
  /** Names of the files it was opened from. */
  files: string[];
  /** Size of the stored dataset (JSON characters, about its bytes). */
  bytes: number;
  entities: number;
  relations: number;
  /** ISO time it was opened. */
  savedAt: string;
}

interface Schema extends DBSchema {
  datasets: { key: string; value: StoredDatasetMeta & { dataset: CompiledDataset; report: ImportReport } };
  meta: { key: string; value: StoredDatasetMeta };
}

const DB_NAME = 'evidence-graph';
let dbPromise: Promise<IDBPDatabase<Schema>> | null = null;

function db(): Promise<IDBPDatabase<Schema>> {
  dbPromise ??= openDB<Schema>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('datasets');
      database.createObjectStore('meta');
    },
  });
  return dbPromise;
}

/**
 * The database if this device already has it, else null: reading never creates it, so a visitor who opens no file
 * leaves no storage behind (where `indexedDB.databases()` is missing, it is opened).
 */
async function existingDb(): Promise<IDBPDatabase<Schema> | null> {
  if (dbPromise) return dbPromise;
  if (typeof indexedDB.databases === 'function') {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes(DB_NAME)) return null;
  }
  return db();
}

/** Every stored dataset's description, newest first. */
export async function listDatasets(): Promise<StoredDatasetMeta[]> {
  const database = await existingDb();
  if (!database) return [];
  const all = await database.getAll('meta');
  return all.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** A stored dataset, or null when it is not on this device. */
export async function loadDataset(id: string): Promise<{ meta: StoredDatasetMeta; dataset: CompiledDataset; report: ImportReport } | null> {
  const database = await existingDb();
  if (!database) return null;
  const row = await database.get('datasets', id);
  if (!row) return null;
  const { dataset, report, ...meta } = row;
  return { meta, dataset, report };
}

/** Keeps a dataset (replacing one with the same id). */
export async function saveDataset(meta: StoredDatasetMeta, dataset: CompiledDataset, report: ImportReport): Promise<void> {
  const tx = (await db()).transaction(['datasets', 'meta'], 'readwrite');
  await Promise.all([tx.objectStore('datasets').put({ ...meta, dataset, report }, meta.id), tx.objectStore('meta').put(meta, meta.id), tx.done]);
}

/**
 * Replaces the stories of a stored dataset (an author's edits); the rest of the record, and so its content id, is
 * unchanged. False when the dataset is not stored on this device (e.g. one opened by a `src=` link).
 */
export async function saveStories(id: string, stories: NonNullable<CompiledDataset['stories']>): Promise<boolean> {
  const database = await existingDb();
  if (!database) return false;
  const tx = database.transaction('datasets', 'readwrite');
  const row = await tx.store.get(id);
  if (!row) {
    await tx.done;
    return false;
  }
  await Promise.all([tx.store.put({ ...row, dataset: { ...row.dataset, stories } }, id), tx.done]);
  return true;
}

/** Removes one stored dataset. */
export async function removeDataset(id: string): Promise<void> {
  const database = await existingDb();
  if (!database) return;
  const tx = database.transaction(['datasets', 'meta'], 'readwrite');
  await Promise.all([tx.objectStore('datasets').delete(id), tx.objectStore('meta').delete(id), tx.done]);
}

/** Removes every stored dataset. */
export async function forgetAllDatasets(): Promise<void> {
  const database = await existingDb();
  if (!database) return;
  database.close();
  dbPromise = null;
  // Forget all removes the database itself: nothing of ours stays on the device.
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('could not delete the database'));
    request.onblocked = () => resolve();
  });
}
