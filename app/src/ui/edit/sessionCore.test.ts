// Tests of the edit session's core: one edit = one undo step, a refusal changes nothing, every new present is saved and a failed save is reported.
import { describe, expect, it } from 'vitest';
import { EditError } from '../../model/edit/editError';
import { emptyAuthoring } from '../../model/edit/fromCompiled';
import { addSource } from '../../model/edit/sourceOps';
import { builtInVocabulary } from '../../model/edit/testDataset';
import type { AuthoringDataset } from '../../model/edit/authoring';
import { applyEdit, createAutosave, isTextTarget, redo, startHistory, undo, undoKey, undoRedoState, type SaveStatus } from './sessionCore';

const source = (title: string, text = `Text of ${title}.`) => (ds: AuthoringDataset) =>
  addSource(ds, { title: { en: title, zh: '' }, text, language: 'en', published: '2024' }).dataset;
const titles = (ds: AuthoringDataset): string[] => ds.sources.map((s) => s.record.title.en);

describe('applyEdit', () => {
  it('records an edit as one undo step; undo and redo walk a chain of edits', () => {
    let h = startHistory(emptyAuthoring('T', builtInVocabulary()));
    h = applyEdit(h, source('One')).history;
    h = applyEdit(h, source('Two')).history;
    expect(titles(h.present)).toEqual(['One', 'Two']);
    h = undo(undo(h));
    expect(titles(h.present)).toEqual([]);
    expect(undoRedoState(h)).toEqual({ canUndo: false, canRedo: true });
    h = redo(h);
    expect(titles(h.present)).toEqual(['One']);
    expect(undoRedoState(h)).toEqual({ canUndo: true, canRedo: true });
    // A new edit after undo drops the redo branch.
    h = applyEdit(h, source('Three')).history;
    expect(titles(h.present)).toEqual(['One', 'Three']);
    expect(undoRedoState(h).canRedo).toBe(false);
  });

  it('leaves the history unchanged and returns the refusal when the model refuses (a 5 MB text)', () => {
    const h = applyEdit(startHistory(emptyAuthoring('T', builtInVocabulary())), source('One')).history;
    const outcome = applyEdit(h, source('Huge', 'x'.repeat(5 * 1024 * 1024)));
    expect(outcome.history).toBe(h);
    expect(outcome.refused).toBeInstanceOf(EditError);
    expect(outcome.refused?.code).toBe('source-too-large');
    expect(outcome.refused?.messages.zh).toMatch(/上限/);
  });

  it('throws on other errors (bugs are not shown as refusals)', () => {
    const h = startHistory(emptyAuthoring('T', builtInVocabulary()));
    expect(() =>
      applyEdit(h, () => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});

describe('createAutosave', () => {
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('starts a write for every new present at once (in the calling task), in order, and reports saved', async () => {
    const written: string[] = [];
    const statuses: SaveStatus['kind'][] = [];
    const save = createAutosave(
      (ds) => {
        written.push(ds.name);
        return Promise.resolve();
      },
      (s) => statuses.push(s.kind),
    );
    const a = emptyAuthoring('a', builtInVocabulary());
    const b = { ...a, name: 'b' };
    save(a);
    save(b);
    // Written synchronously: nothing waits for a debounce.
    expect(written).toEqual(['a', 'b']);
    await flush();
    expect(statuses.at(-1)).toBe('saved');
    save(b);
    expect(written).toEqual(['a', 'b']);
  });

  it('reports a failed write (never silent), also when it throws synchronously', async () => {
    const statuses: SaveStatus[] = [];
    const failing = createAutosave(() => Promise.reject(new Error('QuotaExceededError')), (s) => statuses.push(s));
    failing(emptyAuthoring('a', builtInVocabulary()));
    await flush();
    expect(statuses.at(-1)).toEqual({ kind: 'failed', message: 'QuotaExceededError' });
    const throwing = createAutosave(() => {
      throw new Error('no database');
    }, (s) => statuses.push(s));
    throwing(emptyAuthoring('b', builtInVocabulary()));
    await flush();
    expect(statuses.at(-1)).toEqual({ kind: 'failed', message: 'no database' });
  });
});

describe('undoKey', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
    undoKey({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('reads Ctrl/Cmd+Z as undo, Shift+Ctrl/Cmd+Z and Ctrl+Y as redo, and nothing else', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z')).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
    expect(key('x', { ctrlKey: true })).toBeNull();
  });
});

describe('isTextTarget', () => {
  /** A stand-in for a focused element: its tag, whether it is contenteditable, and whether it sits in the edit-mode reader. */
  const element = (tagName: string, isContentEditable: boolean, inReader: boolean, type = 'text') =>
    ({ tagName, isContentEditable, type, closest: (selector: string) => (inReader && selector === '[data-passage-source]' ? {} : null) }) as unknown as EventTarget;

  it('leaves undo keys to text fields and other contenteditable text, but not to the read-only edit-mode reader', () => {
    expect(isTextTarget(element('TEXTAREA', false, false))).toBe(true);
    expect(isTextTarget(element('INPUT', false, false))).toBe(true);
    expect(isTextTarget(element('INPUT', false, false, 'checkbox'))).toBe(false);
    expect(isTextTarget(element('DIV', true, false))).toBe(true);
    // The reader takes a caret only to select passages: Ctrl/Cmd+Z there undoes the draft's last edit.
    expect(isTextTarget(element('DIV', true, true))).toBe(false);
    expect(isTextTarget(element('SPAN', true, true))).toBe(false);
  });
});
