// Edit operations on entities: add (from a selected name), change, add an alias, delete with its relations, merge two into one.
import type { EntityRecord } from '../schema';
import type { AuthoringDataset } from './authoring';
import { refuse } from './editError';
import { uniqueId } from './ids';

export interface NewEntity {
  kind: EntityRecord['kind'];
  name: { en: string; zh: string };
  aliases?: string[];
  description?: { en: string; zh: string };
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function findEntity(dataset: AuthoringDataset, id: string): EntityRecord {
  const found = dataset.entities.find((e) => e.id === id);
  if (found === undefined) return refuse('entity-unknown', `There is no entity "${id}".`, `沒有實體「${id}」。`);
  return found;
}

function withEntity(dataset: AuthoringDataset, id: string, change: (e: EntityRecord) => EntityRecord): AuthoringDataset {
  findEntity(dataset, id);
  return { ...dataset, entities: dataset.entities.map((e) => (e.id === id ? change(e) : e)) };
}

/**
 * Adds an entity. A name given in one language only is used for both (edit it later); the description defaults to
 * the kind. The id is a slug of the English name (or `entity-N`), never a name such as `__proto__` verbatim.
 */
export function addEntity(dataset: AuthoringDataset, entity: NewEntity): { dataset: AuthoringDataset; id: string } {
  const en = clean(entity.name.en);
  const zh = clean(entity.name.zh);
  if (en === '' && zh === '') refuse('entity-name', 'An entity needs a name: select its name in a source or type it.', '實體需要名稱:請在來源中選取或輸入名稱。');
  const id = uniqueId(en || zh, 'entity', new Set(dataset.entities.map((e) => e.id)));
  const record: EntityRecord = {
    id,
    kind: entity.kind,
    name: { en: en || zh, zh: zh || en },
    aliases: [...new Set((entity.aliases ?? []).map(clean).filter((a) => a !== '' && a !== en && a !== zh))],
    description: { en: clean(entity.description?.en ?? '') || entity.kind, zh: clean(entity.description?.zh ?? '') || clean(entity.description?.en ?? '') || entity.kind },
  };
  return { dataset: { ...dataset, entities: [...dataset.entities, record] }, id };
}

/** Changes an entity's kind, names or description (its id, used by links and relations, stays). */
export function updateEntity(dataset: AuthoringDataset, id: string, patch: Partial<Omit<EntityRecord, 'id'>>): AuthoringDataset {
  if (patch.name && clean(patch.name.en) === '' && clean(patch.name.zh) === '') refuse('entity-name', 'An entity needs a name.', '實體需要名稱。');
  return withEntity(dataset, id, (e) => ({
    ...e,
    ...(patch.kind ? { kind: patch.kind } : {}),
    ...(patch.name ? { name: { en: clean(patch.name.en) || clean(patch.name.zh), zh: clean(patch.name.zh) || clean(patch.name.en) } } : {}),
    ...(patch.aliases ? { aliases: [...new Set(patch.aliases.map(clean).filter((a) => a !== ''))] } : {}),
    ...(patch.description ? { description: { en: clean(patch.description.en) || e.description.en, zh: clean(patch.description.zh) || e.description.zh } } : {}),
  }));
}

/** Adds `alias` (a selected passage) to an entity's aliases; a name it already has is refused. */
export function addAlias(dataset: AuthoringDataset, id: string, alias: string): AuthoringDataset {
  const name = clean(alias);
  if (name === '') refuse('alias-empty', 'Nothing is selected to add as an alias.', '沒有選取要加為別名的文字。');
  const entity = findEntity(dataset, id);
  if ([entity.name.en, entity.name.zh, ...entity.aliases].includes(name)) refuse('alias-known', `"${name}" is already a name of ${entity.name.en}.`, `「${name}」已是${entity.name.zh}的名稱。`);
  return withEntity(dataset, id, (e) => ({ ...e, aliases: [...e.aliases, name] }));
}

/** The relations that name the entity: as either end, or as the claimant. What deleting it would delete. */
export function relationsOfEntity(dataset: AuthoringDataset, id: string): string[] {
  return dataset.relations.filter((r) => r.source === id || r.target === id || r.claimedBy === id).map((r) => r.id);
}

/** Deletes an entity and every relation that names it (ask first: `relationsOfEntity` says how many). */
export function deleteEntity(dataset: AuthoringDataset, id: string): AuthoringDataset {
  findEntity(dataset, id);
  const gone = new Set(relationsOfEntity(dataset, id));
  return { ...dataset, entities: dataset.entities.filter((e) => e.id !== id), relations: dataset.relations.filter((r) => !gone.has(r.id)) };
}

/**
 * Merges entity `from` into `into`: `from`'s names and aliases become aliases of `into`, its relations (ends and claims)
 * move to `into`, and a relation between the two (which would become a loop) is deleted. Returns how many were.
 */
export function mergeEntities(dataset: AuthoringDataset, from: string, into: string): { dataset: AuthoringDataset; droppedLoops: string[] } {
  if (from === into) refuse('merge-self', 'An entity cannot be merged into itself.', '實體不能合併到自己。');
  const a = findEntity(dataset, from);
  const b = findEntity(dataset, into);
  const names = new Set([b.name.en, b.name.zh]);
  const aliases = [...new Set([...b.aliases, a.name.en, a.name.zh, ...a.aliases])].filter((n) => !names.has(n));
  const move = (id: string): string => (id === from ? into : id);
  const droppedLoops: string[] = [];
  const relations = dataset.relations.flatMap((r) => {
    const source = move(r.source);
    const target = move(r.target);
    if (source === target) {
      droppedLoops.push(r.id);
      return [];
    }
    return [{ ...r, source, target, ...(r.claimedBy === undefined ? {} : { claimedBy: move(r.claimedBy) }) }];
  });
  const entities = dataset.entities.filter((e) => e.id !== from).map((e) => (e.id === into ? { ...e, aliases } : e));
  return { dataset: { ...dataset, entities, relations }, droppedLoops };
}
