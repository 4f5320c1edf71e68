// Tests of table sorting: both directions, missing values last, stable ties, numeric-aware, header click cycle.
import { describe, expect, test } from 'vitest';
import { nextSort, sortRows, type SortValue } from './sortRows';

type Row = { id: string; date: string | null; n: number };
const rows: Row[] = [
  { id: 'a', date: '2018-02', n: 10 },
  { id: 'b', date: null, n: 2 },
  { id: 'c', date: '2015-12', n: 2 },
  { id: 'd', date: '2015-12', n: 1 },
];
const value = (r: Row, key: 'date' | 'n' | 'id'): SortValue => r[key];

describe('sortRows', () => {
  test('ascending puts missing values last and keeps input order among ties', () => {
    expect(sortRows(rows, { key: 'date', direction: 'ascending' }, value, 'en').map((r) => r.id)).toEqual(['c', 'd', 'a', 'b']);
  });

  test('descending reverses the order but still puts missing values last and keeps ties stable', () => {
    expect(sortRows(rows, { key: 'date', direction: 'descending' }, value, 'en').map((r) => r.id)).toEqual(['a', 'c', 'd', 'b']);
  });

  test('numbers compare as numbers (10 after 2)', () => {
    expect(sortRows(rows, { key: 'n', direction: 'ascending' }, value, 'en').map((r) => r.n)).toEqual([1, 2, 2, 10]);
  });

  test('strings with digits compare numerically (item 2 before item 10)', () => {
    const items = ['item 10', 'item 2'].map((id) => ({ id, date: null, n: 0 }));
    expect(sortRows(items, { key: 'id', direction: 'ascending' }, value, 'zh').map((r) => r.id)).toEqual(['item 2', 'item 10']);
  });

  test('does not modify its input', () => {
    const copy = [...rows];
    sortRows(rows, { key: 'n', direction: 'descending' }, value, 'en');
    expect(rows).toEqual(copy);
  });
});

describe('nextSort', () => {
  test('a click on the sorted column flips its direction; a click on another starts ascending', () => {
    expect(nextSort({ key: 'a', direction: 'ascending' }, 'a')).toEqual({ key: 'a', direction: 'descending' });
    expect(nextSort({ key: 'a', direction: 'descending' }, 'a')).toEqual({ key: 'a', direction: 'ascending' });
    expect(nextSort<'a' | 'b'>({ key: 'a', direction: 'descending' }, 'b')).toEqual({ key: 'b', direction: 'ascending' });
  });
});
