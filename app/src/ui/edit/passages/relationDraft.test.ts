// Tests of the relation form's values: partial-ISO dates, pre-filling from a passage, and the form → one model operation.
import { describe, expect, test } from 'vitest';
import { validateAuthoring } from '../../../model/edit/validateAuthoring';
import { smallDataset, TEXT } from '../../../model/edit/testDataset';
import { createOperation, draftFromPassage, draftFromRelation, draftProblems, NEW_TYPE, parsePartialDate, placeholderSummary, updateOperation, type RelationDraft } from './relationDraft';

describe('parsePartialDate', () => {
  test('YYYY, YYYY-MM and YYYY-MM-DD are dates; empty is no date', () => {
    expect(['2024', '2024-03', '2024-02-29', ' 1999-12-31 '].map(parsePartialDate)).toEqual([{ value: '2024' }, { value: '2024-03' }, { value: '2024-02-29' }, { value: '1999-12-31' }]);
    expect(parsePartialDate('')).toEqual({ value: undefined });
  });

  test('anything else gets a message naming the accepted forms, in both languages', () => {
    for (const bad of ['24', '2024-13', '2023-02-29', '2024-04-31', '2024/03/01', 'March 2024', '2024-3']) {
      const out = parsePartialDate(bad);
      expect('error' in out ? out.error.en : '').toContain('YYYY, YYYY-MM or YYYY-MM-DD');
      expect('error' in out ? out.error.zh : '').toContain('YYYY-MM-DD');
    }
  });
});

function draft(patch: Partial<RelationDraft> = {}): RelationDraft {
  return { source: 'a', target: 'b', type: 'sued', newType: { en: '', zh: '', category: 'other', directed: true }, status: 'fact', claimedBy: '', date: '', dateEnd: '', stance: '', summaryEn: '', summaryZh: '', ...patch };
}

describe('draftProblems', () => {
  test('a complete form has none', () => {
    expect(draftProblems(draft({ date: '2015', dateEnd: '2016-02' }))).toEqual({});
  });

  test('missing ends and type, a bad date, an end before the start and an end without a start are each named', () => {
    expect(Object.keys(draftProblems(draft({ source: '', target: '', type: '' })))).toEqual(['source', 'target', 'type']);
    expect(draftProblems(draft({ date: '2015-13' })).date?.en).toMatch(/not a date/);
    expect(draftProblems(draft({ date: '2015-12', dateEnd: '2015-11' })).dateEnd?.en).toBe('The end (2015-11) is before the start (2015-12).');
    expect(draftProblems(draft({ date: '2015-12', dateEnd: '2015' })).dateEnd).toBeUndefined();
    expect(draftProblems(draft({ dateEnd: '2016' })).dateEnd?.en).toBe('An end date needs a start date.');
  });

  test('a new type needs a label', () => {
    expect(draftProblems(draft({ type: NEW_TYPE })).newType).toBeDefined();
    expect(draftProblems(draft({ type: NEW_TYPE, newType: { en: '', zh: '起訴', category: 'conflict', directed: true } })).newType).toBeUndefined();
  });
});

describe('pre-filling and applying', () => {
  const { dataset, source, alice, bob, relation } = smallDataset();
  const start = TEXT.indexOf('Bob Corp denied it');
  const passage = { source, start, end: start + 'Bob Corp denied it'.length };

  test('from/to are the entities named in the passage, then next to it, in reading order', () => {
    const d = draftFromPassage(dataset, passage);
    // "Bob Corp" is inside the passage; "Alice Smith" is within 40 characters before it.
    expect([d.source, d.target]).toEqual([bob, alice]);
    expect(d.type).toBe('');
  });

  test('the summary placeholder is the relation as a sentence once from, to and type are known', () => {
    expect(placeholderSummary(dataset, draftFromPassage(dataset, passage))).toBeNull();
    expect(placeholderSummary(dataset, { ...draftFromPassage(dataset, passage), type: 'sued', source: alice, target: bob })?.en).toMatch(/Alice Smith.*Bob Corp/);
  });

  test('creating with a new type adds the type and the relation in one operation; the validator accepts the result', () => {
    let id = '';
    const form = draft({ source: bob, target: alice, type: NEW_TYPE, newType: { en: 'denied suing by', zh: '否認被起訴', category: 'conflict', directed: true }, date: '2024-02', summaryEn: '' });
    const next = createOperation(form, passage, (made) => (id = made))(dataset);
    const made = next.relations.find((r) => r.id === id);
    expect(made?.evidence).toEqual([{ source, quote: 'Bob Corp denied it' }]);
    expect(made?.date).toBe('2024-02');
    expect(next.vocabulary.relationTypes.find((t) => t.id === made?.type)?.label).toEqual({ en: 'denied suing by', zh: '否認被起訴' });
    expect(dataset.relations.some((r) => r.id === id)).toBe(false);
    expect(validateAuthoring(next).errors).toEqual([]);
  });

  test('a claim keeps its claimant; editing back to a fact drops it, and empty summaries return to the default', () => {
    let id = '';
    const claim = createOperation(draft({ source: alice, target: bob, type: 'sued', status: 'claim', claimedBy: bob }), passage, (made) => (id = made))(dataset);
    expect(claim.relations.find((r) => r.id === id)?.claimedBy).toBe(bob);
    const record = claim.relations.find((r) => r.id === id)!;
    const edited = updateOperation({ ...draftFromRelation(record), status: 'fact', summaryEn: '', summaryZh: '' }, id)(claim);
    const after = edited.relations.find((r) => r.id === id)!;
    expect(after.claimedBy).toBeUndefined();
    expect(after.summary.en).toMatch(/Alice Smith.*Bob Corp/);
    expect(validateAuthoring(edited).errors).toEqual([]);
    expect(draftFromRelation(dataset.relations.find((r) => r.id === relation)!).type).toBe('sued');
  });
});
