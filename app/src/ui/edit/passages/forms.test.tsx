// Tests of the forms' markup: the relation form pre-filled from a passage with the quote exactly, delete asking with the relations named, data as text.
import { beforeAll, describe, expect, test } from 'vitest';
import { loadStrings } from '../../i18n';
import type { AuthoringDataset } from '../../../model/edit/authoring';
import { addEntity } from '../../../model/edit/entityOps';
import { smallDataset, TEXT } from '../../../model/edit/testDataset';
import { byAttr, byTag, render, text } from '../../panels/testMarkup';
import type { EditSession } from '../session';
import { DeleteEntityConfirm, mergePreview, NewEntityForm } from './EntityForms';
import { RelationForm } from './RelationForm';

function sessionOver(dataset: AuthoringDataset): EditSession {
  return { dataset, lang: 'en', apply: () => true, undo: () => {}, redo: () => {}, canUndo: false, canRedo: false, focus: () => {} };
}
const selected = (root: Parameters<typeof byTag>[0], name: string): string | null => {
  const select = byAttr(root, 'name', name).find((el) => el.localName === 'select');
  return select ? (byTag(select, 'option').find((o) => o.hasAttribute('selected'))?.getAttribute('value') ?? null) : null;
};

describe('passage forms', () => {
  beforeAll(() => loadStrings());
  const { dataset, source, alice, bob } = smallDataset();

  test('the relation form shows the quote exactly as selected and pre-fills from/to with the entities named in it', () => {
    const start = TEXT.indexOf('Alice Smith sued Bob Corp', 10);
    const { root } = render(<RelationForm mode="create" session={sessionOver(dataset)} passage={{ source, start: start - 1, end: start + 25 }} onClose={() => {}} />);
    expect(text(byAttr(root, 'data-testid', 'relation-quote')[0])).toBe('Alice Smith sued Bob Corp');
    expect([selected(root, 'from'), selected(root, 'to')]).toEqual([alice, bob]);
    expect(text(root)).toContain('occurrence 1');
  });

  test('deleting an entity asks first and names its relations', () => {
    const { root } = render(<DeleteEntityConfirm session={sessionOver(dataset)} id={alice} onClose={() => {}} />);
    expect(text(byTag(root, 'h2')[0])).toBe('Delete Alice Smith and its relation?');
    expect(byTag(byAttr(root, 'data-testid', 'delete-relations')[0]!, 'li').map((li) => text(li))).toEqual([dataset.relations[0]!.summary.en]);
  });

  test('merging names the relation it would drop as a loop', () => {
    const preview = mergePreview(dataset, alice, bob, 'en');
    expect(preview.loops).toEqual([dataset.relations[0]!.summary.en]);
    expect(preview.summary).toContain('Alice Smith will be merged into Bob Corp');
  });

  test('names from data are rendered as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const made = addEntity(dataset, { kind: 'person', name: { en: hostile, zh: '' } });
    const { root, html } = render(<DeleteEntityConfirm session={sessionOver(made.dataset)} id={made.id} onClose={() => {}} />);
    expect(byTag(root, 'img')).toEqual([]);
    expect(html).toContain('&lt;img');
    const start = TEXT.indexOf('Bob Corp');
    const form = render(<NewEntityForm session={sessionOver(made.dataset)} passage={{ source, start, end: start + 8 }} onClose={() => {}} />);
    expect(byAttr(form.root, 'name', 'name-en')[0]?.getAttribute('value')).toBe('Bob Corp');
  });
});
