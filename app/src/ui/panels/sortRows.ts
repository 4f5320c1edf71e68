// Pure table sorting: locale-aware, numeric-aware, missing values always last, stable for ties.
import type { Lang } from '../../state/types';

export type SortDirection = 'ascending' | 'descending';

/** The current sort of a table: which column, which way. */
export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

export type SortValue = string | number | null;

/** Returns a new array sorted by `value(row, key)`; null values go last in both directions; ties keep input order. */
export function sortRows<R, K extends string>(rows: readonly R[], sort: SortState<K>, value: (row: R, key: K) => SortValue, lang: Lang): R[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hant' : 'en', { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row, sort.key) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.index - b.index : a.v === null ? 1 : -1;
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return c !== 0 ? sign * c : a.index - b.index;
    })
    .map((x) => x.row);
}

/** The next sort after a click on column `key`: same column flips direction, a new column starts ascending. */
export function nextSort<K extends string>(current: SortState<K>, key: K): SortState<K> {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
