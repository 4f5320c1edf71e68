// Virtual rows for the table view: above TABLE_VIRTUAL_ROWS only the rows near the viewport are rendered (@tanstack/react-virtual).
import { useCallback, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { TABLE_VIRTUAL_ROWS } from '../../model/scale/thresholds';

/** One rendered row: its index in the sorted rows and the height of the gap (unrendered rows) above it. */
export interface RenderedRow {
  index: number;
  before: number;
}

export interface VirtualRows {
  /** Whether the rows are virtualised (more than TABLE_VIRTUAL_ROWS). */
  virtual: boolean;
  /** The rows to render, in order; every row when not virtual. */
  rows: RenderedRow[];
  /** Height of the unrendered rows below the last rendered one. */
  after: number;
  /** Ref callback for each rendered <tr> (carrying data-index): measures its real height. */
  measure: (el: HTMLTableRowElement | null) => void;
  /** Scrolls the row at `index` into view (and renders it first when virtual). */
  scrollToIndex: (index: number) => void;
}

/** Whether a table of `count` rows is virtualised. */
export function isVirtual(count: number): boolean {
  return count > TABLE_VIRTUAL_ROWS;
}

/** The nearest ancestor that scrolls vertically (the table view's scroll box), or null. */
function scrollParent(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return p;
  }
  return null;
}

/** The top of `body` measured from the top of its scroll box's content. */
function offsetIn(body: HTMLElement, scroller: HTMLElement): number {
  return Math.round(body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
}

const NO_KEEP: readonly number[] = [];
const noMeasure = (): void => {};

/**
 * Virtualises the rows of one <tbody> that scrolls inside an ancestor scroll box (shared with other tables:
 * the body's offset in it is the virtualizer's scroll margin). `keep` lists row indexes that stay rendered
 * wherever the viewport is (the selected row, the focused row), so focus and aria-selected never vanish.
 */
export function useVirtualRows(body: RefObject<HTMLTableSectionElement | null>, count: number, estimate: number, keep: readonly number[] = NO_KEEP): VirtualRows {
  const virtual = isVirtual(count);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  const keepKey = keep.join(',');
  const rangeExtractor = useCallback(
    (range: Range) => {
      const extra = keepKey === '' ? [] : keepKey.split(',').map(Number).filter((i) => i >= 0 && i < range.count);
      const base = defaultRangeExtractor(range);
      return extra.length === 0 ? base : [...new Set([...base, ...extra])].sort((a, b) => a - b);
    },
    [keepKey],
  );
  const syncMargin = useCallback(() => {
    const el = body.current;
    const box = el ? scrollParent(el) : null;
    setScroller((cur) => (cur === box ? cur : box));
    if (el && box) {
      const next = offsetIn(el, box);
      setMargin((cur) => (Math.abs(cur - next) > 1 ? next : cur));
    }
  }, [body]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read afresh on every render; nothing memoises it
  const virtualizer = useVirtualizer<HTMLElement, HTMLTableRowElement>({
    count,
    enabled: virtual,
    getScrollElement: () => scroller,
    estimateSize: () => estimate,
    overscan: 8,
    scrollMargin: margin,
    // The sticky header row covers the top of the box.
    scrollPaddingStart: 40,
    // Before the scroll box is known (and when rendering to a string) the first screenful is rendered.
    initialRect: { width: 1024, height: 800 },
    rangeExtractor,
    useFlushSync: false,
    // A scroll or a row measured above this table (another table in the same box) can move this table: follow it.
    onChange: syncMargin,
  });
  useLayoutEffect(() => {
    if (virtual) syncMargin();
  }, [virtual, syncMargin, count]);

  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const rows = useMemo((): RenderedRow[] => {
    if (!virtual) return Array.from({ length: count }, (_, index) => ({ index, before: 0 }));
    let end = margin;
    return items.map((item) => {
      const before = Math.max(0, item.start - end);
      end = item.end;
      return { index: item.index, before };
    });
  }, [virtual, count, items, margin]);
  const last = items.at(-1);
  const after = virtual ? Math.max(0, total - (last ? last.end - margin : 0)) : 0;
  const scrollToIndex = useCallback(
    (index: number) => {
      if (virtual) virtualizer.scrollToIndex(index, { align: 'auto' });
      else body.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`)?.scrollIntoView?.({ block: 'nearest' });
    },
    [virtual, virtualizer, body],
  );
  return { virtual, rows, after, measure: virtual ? virtualizer.measureElement : noMeasure, scrollToIndex };
}
