// Keeps a table's selected row (aria-selected="true") scrolled into view when the selection changes.
import { useEffect, useRef } from 'react';

/** Returns a ref for the <tbody>; whenever `selectedId` changes, its selected row is scrolled to the nearest edge. */
export function useScrollSelectedRow(selectedId: string | null) {
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (selectedId === null) return;
    body.current?.querySelector<HTMLElement>('tr[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);
  return body;
}
