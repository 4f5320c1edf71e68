// Test helper: a small authoring dataset built with the edit operations themselves (one source, two entities, one relation).
import { readFileSync } from 'node:fs';
import { compiledDataset, type Vocabulary } from '../schema';
import type { AuthoringDataset } from './authoring';
import { addEntity } from './entityOps';
import { emptyAuthoring } from './fromCompiled';
import { addRelation } from './relationOps';
import { addSource } from './sourceOps';

/** The built-in dataset as compiled by `npm run data`. */
export function builtInCompiled() {
  return compiledDataset.parse(JSON.parse(readFileSync(new URL('../../generated/dataset.json', import.meta.url), 'utf8')));
}

/** The built-in vocabulary (kinds, categories, relation types). */
export function builtInVocabulary(): Vocabulary {
  const v = builtInCompiled().graph.attributes.vocabulary;
  return {
    kinds: v.kinds.map(({ color: _c, ...k }) => k) as Vocabulary['kinds'],
    categories: v.categories,
    relationTypes: v.relationTypes.map(({ color: _c, ...t }) => t),
  };
}

export const TEXT = 'Yesterday Alice Smith sued Bob Corp in court. Bob Corp denied it.\n\nLater, Alice Smith sued Bob Corp again.';

/** One source, Alice Smith and Bob Corp, and "Alice Smith sued Bob Corp" quoted from the first sentence. */
export function smallDataset(): { dataset: AuthoringDataset; source: string; alice: string; bob: string; relation: string } {
  let ds = emptyAuthoring('Test', builtInVocabulary());
  const s = addSource(ds, { title: { en: 'Court report', zh: '法庭報導' }, text: TEXT, language: 'en', published: '2024-03-01' });
  ds = s.dataset;
  const a = addEntity(ds, { kind: 'person', name: { en: 'Alice Smith', zh: '' } });
  ds = a.dataset;
  const b = addEntity(ds, { kind: 'organization', name: { en: 'Bob Corp', zh: '' } });
  ds = b.dataset;
  const start = TEXT.indexOf('Alice Smith sued Bob Corp');
  const r = addRelation(ds, { type: 'sued', source: a.id, target: b.id, status: 'fact', passage: { source: s.id, start, end: start + 'Alice Smith sued Bob Corp'.length } });
  return { dataset: r.dataset, source: s.id, alice: a.id, bob: b.id, relation: r.id };
}
