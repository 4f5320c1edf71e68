// Entities: safe ids from names (even `__proto__`), aliases, delete with relations, merge as one step; the validator runs after each.
import { describe, expect, it } from 'vitest';
import { EditError } from './editError';
import { addAlias, addEntity, deleteEntity, mergeEntities, relationsOfEntity, updateEntity } from './entityOps';
import { addRelation } from './relationOps';
import { smallDataset, TEXT } from './testDataset';
import { validateAuthoring } from './validateAuthoring';

describe('entity edits', () => {
  it('gives an entity named __proto__ an ordinary id, and Object.prototype stays clean', () => {
    const { dataset } = smallDataset();
    const made = addEntity(dataset, { kind: 'person', name: { en: '__proto__', zh: '' } });
    expect(made.id).toBe('proto');
    expect(made.dataset.entities.at(-1)?.name).toEqual({ en: '__proto__', zh: '__proto__' });
    const again = addEntity(made.dataset, { kind: 'person', name: { en: 'constructor', zh: '' } });
    expect(again.id).toBe('constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('kind');
  });

  it('makes ids unique and gives names with no Latin letters a numbered id', () => {
    const { dataset } = smallDataset();
    const dup = addEntity(dataset, { kind: 'person', name: { en: 'Alice Smith', zh: '' } });
    expect(dup.id).toBe('alice-smith-2');
    const zh = addEntity(dup.dataset, { kind: 'person', name: { en: '', zh: '馬斯克' } });
    expect(zh.id).toBe('entity-1');
    expect(zh.dataset.entities.at(-1)?.name).toEqual({ en: '馬斯克', zh: '馬斯克' });
  });

  it('refuses an entity without a name, and an alias it already has', () => {
    const { dataset, alice } = smallDataset();
    expect(() => addEntity(dataset, { kind: 'person', name: { en: '  ', zh: '' } })).toThrow(EditError);
    expect(() => addAlias(dataset, alice, 'Alice Smith')).toThrow(/already a name/);
    const aliased = addAlias(dataset, alice, ' Alice ');
    expect(aliased.entities.find((e) => e.id === alice)?.aliases).toEqual(['Alice']);
    expect(validateAuthoring(aliased).errors).toEqual([]);
  });

  it('edits names in both languages, the kind and the description, keeping the id', () => {
    const { dataset, bob } = smallDataset();
    const next = updateEntity(dataset, bob, { name: { en: 'Bob Corporation', zh: '鮑勃公司' }, kind: 'group', description: { en: 'A company.', zh: '一家公司。' } });
    expect(next.entities.find((e) => e.id === bob)).toMatchObject({ id: bob, kind: 'group', name: { en: 'Bob Corporation', zh: '鮑勃公司' } });
    expect(validateAuthoring(next).errors).toEqual([]);
  });

  it('deleting an entity names its relations first, then removes them with it', () => {
    const { dataset, alice, relation } = smallDataset();
    expect(relationsOfEntity(dataset, alice)).toEqual([relation]);
    const next = deleteEntity(dataset, alice);
    expect(next.entities.map((e) => e.id)).not.toContain(alice);
    expect(next.relations).toEqual([]);
  });

  it('merging moves relations and claims, combines names as aliases, and drops the loop a merge would make', () => {
    const { dataset, source, alice, bob, relation } = smallDataset();
    const al = addEntity(dataset, { kind: 'person', name: { en: 'A. Smith', zh: '史密斯' }, aliases: ['Smithy'] });
    const at = TEXT.indexOf('Bob Corp denied it');
    const claim = addRelation(al.dataset, { type: 'sued', source: al.id, target: bob, status: 'claim', claimedBy: al.id, passage: { source, start: at, end: at + 18 } });
    const loop = addRelation(claim.dataset, { type: 'sued', source: al.id, target: alice, status: 'fact', passage: { source, start: 0, end: 9 } });
    const { dataset: merged, droppedLoops } = mergeEntities(loop.dataset, al.id, alice);
    expect(droppedLoops).toEqual([loop.id]);
    expect(merged.entities.map((e) => e.id)).toEqual([alice, bob]);
    expect(merged.entities[0]?.aliases).toEqual(['A. Smith', '史密斯', 'Smithy']);
    expect(merged.relations.map((r) => [r.id, r.source, r.target, r.claimedBy])).toEqual([
      [relation, alice, bob, undefined],
      [claim.id, alice, bob, alice],
    ]);
    expect(validateAuthoring(merged).errors).toEqual([]);
  });
});
