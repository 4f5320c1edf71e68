// Relations from passages: the quote is the selected text, anchored as the validator anchors it; bad selections are refused, nothing lost.
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../data/compile';
import { toDataInput } from './dataFiles';
import { EditError } from './editError';
import { addEntity } from './entityOps';
import { addEvidence, addRelation, addRelationType, deleteRelation, removeEvidence, updateRelation } from './relationOps';
import { entitiesNear, passageEvidence } from './passage';
import { smallDataset, TEXT } from './testDataset';
import { validateAuthoring } from './validateAuthoring';

const refusal = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof EditError) return e.code;
    throw e;
  }
  throw new Error('expected an EditError');
};

describe('a relation made from a passage', () => {
  it('validates with no error, and compiles to evidence whose offsets are the selection', () => {
    const { dataset, relation } = smallDataset();
    const result = validateAuthoring(dataset);
    expect(result.errors).toEqual([]);
    const compiled = compileDataset(toDataInput(dataset));
    const edge = compiled.graph.edges.find((e) => e.key === relation);
    const start = TEXT.indexOf('Alice Smith sued Bob Corp');
    expect(edge?.attributes.evidence[0]).toMatchObject({ exact: 'Alice Smith sued Bob Corp', start, end: start + 25, prefix: 'Yesterday ' });
    expect(edge?.attributes.summaryEn).toBe('Alice Smith sued Bob Corp.');
  });

  it('settles a quote that occurs twice by its occurrence, so the second selection anchors at the second place', () => {
    const { dataset, relation, source } = smallDataset();
    const second = TEXT.lastIndexOf('Alice Smith sued Bob Corp');
    const next = addEvidence(dataset, relation, { source, start: second, end: second + 25 });
    const evidence = next.relations.find((r) => r.id === relation)?.evidence;
    expect(evidence).toEqual([
      { source, quote: 'Alice Smith sued Bob Corp', occurrence: 1 },
      { source, quote: 'Alice Smith sued Bob Corp', occurrence: 2 },
    ]);
    const compiled = compileDataset(toDataInput(next));
    const anchored = compiled.graph.edges.find((e) => e.key === relation)?.attributes.evidence;
    expect(anchored?.map((e) => ('start' in e ? e.start : -1))).toEqual([TEXT.indexOf('Alice Smith sued Bob Corp'), second]);
  });

  it('trims white space around a selection', () => {
    const { dataset, source } = smallDataset();
    const at = TEXT.indexOf(' Bob Corp denied');
    expect(passageEvidence(dataset, { source, start: at, end: at + 17 }).evidence.quote).toBe('Bob Corp denied');
  });

  it('refuses an empty selection, one across paragraphs, and an unknown source, leaving the dataset as it was', () => {
    const { dataset, source, alice, bob } = smallDataset();
    const before = JSON.stringify(dataset);
    const base = { type: 'sued', source: alice, target: bob, status: 'fact' as const };
    expect(refusal(() => addRelation(dataset, { ...base, passage: { source, start: 5, end: 5 } }))).toBe('passage-empty');
    expect(refusal(() => addRelation(dataset, { ...base, passage: { source, start: 45, end: 46 } }))).toBe('passage-empty');
    expect(refusal(() => addRelation(dataset, { ...base, passage: { source, start: 30, end: TEXT.length } }))).toBe('passage-paragraphs');
    expect(refusal(() => addRelation(dataset, { ...base, passage: { source: 'nope', start: 0, end: 4 } }))).toBe('passage-source');
    expect(JSON.stringify(dataset)).toBe(before);
  });

  it('refuses a loop, an unknown type, and a claim without a claimant', () => {
    const { dataset, source, alice, bob } = smallDataset();
    const passage = { source, start: 0, end: 9 };
    expect(refusal(() => addRelation(dataset, { type: 'sued', source: alice, target: alice, status: 'fact', passage }))).toBe('relation-loop');
    expect(refusal(() => addRelation(dataset, { type: 'nope', source: alice, target: bob, status: 'fact', passage }))).toBe('relation-type');
    expect(refusal(() => addRelation(dataset, { type: 'sued', source: alice, target: bob, status: 'claim', passage }))).toBe('relation-claimant');
  });

  it('keeps a claim with its claimant, and drops the claimant when it becomes a fact', () => {
    const { dataset, source, alice, bob } = smallDataset();
    const at = TEXT.indexOf('Bob Corp denied it');
    const made = addRelation(dataset, { type: 'sued', source: alice, target: bob, status: 'claim', claimedBy: bob, date: '2024-02', passage: { source, start: at, end: at + 18 } });
    expect(validateAuthoring(made.dataset).errors).toEqual([]);
    const fact = updateRelation(made.dataset, made.id, { status: 'fact' });
    expect(fact.relations.find((r) => r.id === made.id)).not.toHaveProperty('claimedBy');
    expect(validateAuthoring(fact).errors).toEqual([]);
  });

  it('refuses the same passage twice on one relation, and removing its only evidence', () => {
    const { dataset, relation, source } = smallDataset();
    const first = TEXT.indexOf('Alice Smith sued Bob Corp');
    expect(refusal(() => addEvidence(dataset, relation, { source, start: first, end: first + 25 }))).toBe('evidence-duplicate');
    expect(refusal(() => removeEvidence(dataset, relation, 0))).toBe('evidence-last');
    const two = addEvidence(dataset, relation, { source, start: TEXT.indexOf('Bob Corp denied'), end: TEXT.indexOf('Bob Corp denied') + 15 });
    expect(removeEvidence(two, relation, 0).relations[0]?.evidence).toEqual([{ source, quote: 'Bob Corp denied' }]);
  });

  it('deletes a relation; the validator then names the entities left without one', () => {
    const { dataset, relation, alice } = smallDataset();
    const next = deleteRelation(dataset, relation);
    expect(next.relations).toEqual([]);
    expect(validateAuthoring(next).errors.map((e) => e.recordId)).toContain(alice);
  });

  it('a new relation type with labels in both languages can be used at once', () => {
    const { dataset, source, alice, bob } = smallDataset();
    const t = addRelationType(dataset, { label: { en: 'took to court', zh: '告上法庭' }, category: 'conflict', directed: true });
    expect(t.id).toBe('took-to-court');
    const at = TEXT.indexOf('sued Bob Corp again');
    const r = addRelation(t.dataset, { type: t.id, source: alice, target: bob, status: 'fact', passage: { source, start: at, end: at + 19 } });
    expect(validateAuthoring(r.dataset).errors).toEqual([]);
    expect(refusal(() => addRelationType(t.dataset, { label: { en: 'took to court', zh: 'x' }, category: 'conflict', directed: true }))).toBe('type-exists');
  });

  it('pre-fills the ends with the entities named in or next to the passage, inside first', () => {
    const { dataset, source } = smallDataset();
    const withCourt = addEntity(dataset, { kind: 'organization', name: { en: 'court', zh: '' } }).dataset;
    const at = TEXT.indexOf('sued');
    expect(entitiesNear(withCourt, { source, start: at, end: at + 4 })).toEqual(['alice-smith', 'bob-corp', 'court']);
    const inside = TEXT.indexOf('Bob Corp in court');
    expect(entitiesNear(withCourt, { source, start: inside, end: inside + 17 })[0]).toBe('bob-corp');
  });
});
