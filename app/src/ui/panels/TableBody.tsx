// A table view <tbody>: rows virtualised above TABLE_VIRTUAL_ROWS, arrow keys between row buttons, the selected row kept in view.
import { Fragment, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useVirtualRows } from './useVirtualRows';

/** What every row's <tr> must carry: its position (data-index, aria-rowindex, counting the header row as 1) and the measuring ref. */
export interface RowProps {
  'data-index': number;
  'aria-rowindex': number;
  ref: Ref<HTMLTableRowElement>;
}

export interface TableBodyProps {
  /** Row ids in display (sorted) order. */
  rows: readonly string[];
  /** Number of columns (for the spacer rows of a virtual table). */
  columns: number;
  /** Estimated row height in px, before rows are measured. */
  estimate: number;
  selectedId: string | null;
  renderRow: (id: string, index: number, props: RowProps) => ReactNode;
}

/** Moves of the arrow keys from row `at` of `count` (null: not a table move). */
function target(key: string, at: number, count: number): number | null {
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: count - 1, PageDown: at + 10, PageUp: at - 10 }[key];
  return to === undefined ? null : Math.max(0, Math.min(count - 1, to));
}

function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" data-spacer="">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

/**
 * The table's body. Each row's first cell holds a button; on it, ↑/↓ (PageUp/PageDown, Home/End) move focus to
 * the neighbouring rows' buttons, scrolling virtual rows in first. The selected and the focused rows always stay
 * rendered, and a new selection is scrolled into view.
 */
export function TableBody({ rows, columns, estimate, selectedId, renderRow }: TableBodyProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  const indexOf = useMemo(() => new Map(rows.map((id, i) => [id, i])), [rows]);
  const selectedIndex = selectedId === null ? -1 : (indexOf.get(selectedId) ?? -1);
  const [focused, setFocused] = useState(-1);
  const [pending, setPending] = useState<number | null>(null);
  const keep = useMemo(() => [selectedIndex, focused, pending ?? -1].filter((i) => i >= 0), [selectedIndex, focused, pending]);
  const v = useVirtualRows(body, rows.length, estimate, keep);
  const { scrollToIndex } = v;

  useEffect(() => {
    if (selectedIndex >= 0) scrollToIndex(selectedIndex);
  }, [selectedIndex, scrollToIndex]);
  useEffect(() => {
    if (pending === null) return;
    const button = body.current?.querySelector<HTMLElement>(`tr[data-index="${pending}"] > th button`);
    if (!button) return;
    button.focus();
    setPending(null);
  }, [pending, v.rows]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>): void => {
    const el = e.target as HTMLElement;
    const row = el.closest('tr');
    if (el.tagName !== 'BUTTON' || !row || !el.closest('th')) return;
    const to = target(e.key, Number(row.getAttribute('data-index')), rows.length);
    if (to === null) return;
    e.preventDefault();
    scrollToIndex(to);
    setPending(to);
  };

  return (
    <tbody
      ref={body}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const index = (e.target as HTMLElement).closest('tr')?.getAttribute('data-index');
        if (index !== null && index !== undefined) setFocused(Number(index));
      }}
    >
      {v.rows.map(({ index, before }) => {
        const id = rows[index]!;
        return (
          <Fragment key={id}>
            {before > 0 ? <Spacer height={before} columns={columns} /> : null}
            {renderRow(id, index, { 'data-index': index, 'aria-rowindex': index + 2, ref: v.measure })}
          </Fragment>
        );
      })}
      {v.after > 0 ? <Spacer height={v.after} columns={columns} /> : null}
    </tbody>
  );
}
