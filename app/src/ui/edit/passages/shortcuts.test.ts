// Tests of the editing shortcuts: which key is which, and none while typing in a field.
import { describe, expect, test } from 'vitest';
import { shortcutOf, type KeyPress } from './shortcuts';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('shortcutOf', () => {
  test('n, e, Delete and ? are the four shortcuts outside fields', () => {
    expect(['n', 'e', 'Delete', '?'].map((k) => shortcutOf(key(k), 'other'))).toEqual(['new-relation', 'edit', 'delete', 'help']);
  });

  test('nothing fires while typing in a field', () => {
    expect(['n', 'e', 'Delete', '?'].map((k) => shortcutOf(key(k), 'field'))).toEqual([null, null, null, null]);
  });

  test('in the read-only reader, n makes a relation from the selection but Delete does nothing', () => {
    expect(shortcutOf(key('n'), 'reader')).toBe('new-relation');
    expect(shortcutOf(key('Delete'), 'reader')).toBeNull();
  });

  test('with Ctrl, Cmd or Alt the keys are not shortcuts (Ctrl+N, Cmd+E stay the browser’s)', () => {
    expect(shortcutOf(key('n', { ctrlKey: true }), 'other')).toBeNull();
    expect(shortcutOf(key('e', { metaKey: true }), 'other')).toBeNull();
    expect(shortcutOf(key('Delete', { altKey: true }), 'other')).toBeNull();
    expect(shortcutOf(key('x'), 'other')).toBeNull();
  });
});
