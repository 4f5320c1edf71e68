// Undo and redo: a chain of edits undone and redone in order; a new edit after undo drops the redo branch; no-op edits add no step.
import { describe, expect, it } from 'vitest';
import { addAlias } from './entityOps';
import { canRedo, canUndo, MAX_UNDO, record, redo, startHistory, undo } from './history';
import { smallDataset } from './testDataset';
import { validateAuthoring } from './validateAuthoring';

describe('history', () => {
  it('undoes and redoes a chain of dataset edits exactly, and the validator agrees at every step', () => {
    const { dataset, alice } = smallDataset();
    let h = startHistory(dataset);
    const one = addAlias(dataset, alice, 'Alice');
    h = record(h, one);
    const two = addAlias(one, alice, 'A. S.');
    h = record(h, two);
    expect(h.present).toBe(two);
    h = undo(h);
    expect(h.present).toBe(one);
    h = undo(h);
    expect(h.present).toBe(dataset);
    expect(canUndo(h)).toBe(false);
    h = redo(redo(h));
    expect(h.present).toBe(two);
    expect(canRedo(h)).toBe(false);
    for (const state of [dataset, one, two]) expect(validateAuthoring(state).errors).toEqual([]);
  });

  it('drops the redo branch on a new edit, and records nothing for an unchanged value', () => {
    let h = record(record(startHistory(1), 2), 3);
    h = undo(h);
    expect(record(h, h.present)).toBe(h);
    h = record(h, 9);
    expect(h).toEqual({ past: [1, 2], present: 9, future: [] });
    expect(redo(h)).toBe(h);
  });

  it(`keeps at most ${MAX_UNDO} undo steps`, () => {
    let h = startHistory(0);
    for (let i = 1; i <= MAX_UNDO + 5; i++) h = record(h, i);
    expect(h.past).toHaveLength(MAX_UNDO);
    expect(h.past[0]).toBe(5);
  });
});
