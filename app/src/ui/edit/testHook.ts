// Test builds only (VITE_TEST=1): e2e specs make entities and relations through the model operations, as the forms do, via `window.__evidenceGraphEdit`.
import { addEntity, type NewEntity } from '../../model/edit/entityOps';
import { addRelation, type NewRelation } from '../../model/edit/relationOps';
import type { EditSession } from './session';

/** What a spec may ask: each runs one model operation through `session.apply` and returns the new id (null if refused). */
export interface EditTestHook {
  addEntity: (entity: NewEntity) => string | null;
  addRelation: (relation: NewRelation) => string | null;
  sources: () => { id: string; title: string; length: number }[];
}

declare global {
  interface Window {
    __evidenceGraphEdit?: EditTestHook;
  }
}

/** Installs the hook over `current()` (the latest session); returns the uninstaller. A no-op outside test builds. */
export function installEditTestHook(current: () => Pick<EditSession, 'apply' | 'dataset'>): () => void {
  if (import.meta.env.VITE_TEST !== '1') return () => undefined;
  const run = (label: string, op: (ds: EditSession['dataset']) => { dataset: EditSession['dataset']; id: string }): string | null => {
    let id: string | null = null;
    const ok = current().apply(label, (ds) => {
      const result = op(ds);
      id = result.id;
      return result.dataset;
    });
    return ok ? id : null;
  };
  window.__evidenceGraphEdit = {
    addEntity: (entity) => run('Add entity', (ds) => addEntity(ds, entity)),
    addRelation: (relation) => run('Add relation', (ds) => addRelation(ds, relation)),
    sources: () => current().dataset.sources.map((s) => ({ id: s.record.id, title: s.record.title.en, length: s.text.length })),
  };
  return () => {
    delete window.__evidenceGraphEdit;
  };
}
