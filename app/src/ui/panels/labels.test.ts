// Tests of the panels' display helpers: safe names, type labels, summaries, date ranges, range checks.
import { describe, expect, test } from 'vitest';
import { typeLabel } from '../../model/sentences';
import { entityName, formatDateRange, isRangeIn, summaryOf } from './labels';
import { makeTestGraph } from './testGraph';

const graph = makeTestGraph();

describe('entityName / typeLabel / summaryOf', () => {
  test('give the text in the requested language', () => {
    expect(entityName(graph, 'microsoft', 'zh')).toBe('微軟');
    expect(entityName(graph, 'microsoft', 'en')).toBe('Microsoft');
    expect(typeLabel(graph, 'sued', 'zh')).toBe('起訴');
    expect(summaryOf({ summaryEn: 'a', summaryZh: '甲' }, 'zh')).toBe('甲');
  });

  test('fall back to the id or the other language instead of throwing on unknown or empty values', () => {
    expect(entityName(graph, 'ghost', 'en')).toBe('ghost');
    expect(typeLabel(graph, 'not-in-vocabulary', 'en')).toBe('not-in-vocabulary');
    expect(summaryOf({ summaryEn: 'only English', summaryZh: '' }, 'zh')).toBe('only English');
  });
});

describe('formatDateRange', () => {
  test('shows a single date, a range, or null when undated', () => {
    expect(formatDateRange('2015-12', null)).toBe('2015-12');
    expect(formatDateRange('2015-12', '2018-02')).toBe('2015-12 – 2018-02');
    expect(formatDateRange('2015-12', '2015-12')).toBe('2015-12');
    expect(formatDateRange(null, null)).toBeNull();
  });
});

describe('isRangeIn', () => {
  test('accepts only non-empty integer ranges inside the text', () => {
    expect(isRangeIn(5, 0, 5)).toBe(true);
    expect(isRangeIn(5, 2, 2)).toBe(false);
    expect(isRangeIn(5, 3, 1)).toBe(false);
    expect(isRangeIn(5, -1, 2)).toBe(false);
    expect(isRangeIn(5, 4, 6)).toBe(false);
    expect(isRangeIn(5, 0.5, 2)).toBe(false);
  });
});
