// keepUnchanged: a cleaned view state reuses the unchanged parts of the previous one, and is the previous one when equal.
import { describe, expect, it } from 'vitest';
import { cleanViewState } from './cleanViewState';
import { datasetIndexFromGraph } from './datasetIndex';
import { defaultViewState } from './defaultViewState';
import { keepUnchanged } from './keepUnchanged';
import { toRawViewState } from './toRawViewState';
import { buildMiniGraph } from '../model/testing/miniGraph';

describe('keepUnchanged', () => {
  it('returns prev itself when next holds the same data', () => {
    const prev = defaultViewState();
    expect(keepUnchanged(prev, structuredClone(prev))).toBe(prev);
  });

  it('keeps the identity of unchanged parts and takes the changed ones from next', () => {
    const prev = defaultViewState();
    const next = { ...structuredClone(prev), filters: { ...prev.filters, hiddenTypes: ['sued'] } };
    const out = keepUnchanged(prev, next);
    expect(out).not.toBe(prev);
    expect(out.filters).toBe(next.filters);
    expect(out.time).toBe(prev.time);
    expect(out.reader).toBe(prev.reader);
  });

  it('after cleaning an app-made state (clean → serialize), unchanged parts are the previous objects', () => {
    const index = datasetIndexFromGraph(buildMiniGraph());
    const prev = defaultViewState();
    const changed = { ...prev, search: 'musk\u0007', focusHops: 2 as const };
    const cleaned = cleanViewState(toRawViewState(changed), index).state;
    const out = keepUnchanged(prev, cleaned);
    expect(out.search).toBe('musk');
    expect(out.focusHops).toBe(2);
    expect(out.filters).toBe(prev.filters);
    expect(out.time).toBe(prev.time);
  });
});
