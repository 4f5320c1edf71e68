// Tests for partial ISO date checks and comparisons.
import { describe, expect, it } from 'vitest';
import { isAfter, isRealDate } from './dates';

describe('isRealDate', () => {
  it('accepts real days, months and years, and rejects days a month does not have', () => {
    expect(['2015', '2015-12', '2024-02-29', '2015-12-31'].map(isRealDate)).toEqual([true, true, true, true]);
    expect(['2023-02-29', '2015-04-31', '2015-00'].map(isRealDate)).toEqual([false, false, false]);
  });
});

describe('isAfter', () => {
  it('compares partial dates as ranges: after only when the earliest day is past the limit', () => {
    expect(isAfter('2024-04', '2024-03-18')).toBe(true);
    expect(isAfter('2024-03-19', '2024-03-18')).toBe(true);
    expect(isAfter('2024-03', '2024-03-18')).toBe(false);
    expect(isAfter('2024', '2024-03-18')).toBe(false);
    expect(isAfter('2015-11', '2015')).toBe(false);
  });
});
