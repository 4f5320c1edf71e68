// A sortable column header: <th scope="col" aria-sort> holding a button that sorts by this column.
import { t, type Lang } from '../i18n';
import type { SortState } from './sortRows';

export interface SortHeaderProps<K extends string> {
  column: K;
  label: string;
  sort: SortState<K>;
  lang: Lang;
  onSort: (column: K) => void;
}

/** Column header; `aria-sort` is set only on the sorted column, the arrow is decorative. */
export function SortHeader<K extends string>({ column, label, sort, lang, onSort }: SortHeaderProps<K>) {
  const sorted = sort.key === column;
  return (
    <th scope="col" aria-sort={sorted ? sort.direction : undefined} className="sticky top-0 bg-canvas px-2 py-1 text-left text-sm font-semibold">
      <button
        type="button"
        onClick={() => onSort(column)}
        title={t('panels.sortBy', lang, { col: label })}
        className="inline-flex items-center gap-1 whitespace-nowrap rounded hover:underline focus-visible:outline-2 focus-visible:outline-accent"
      >
        {label}
        <span aria-hidden="true" className="text-muted">
          {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
