// Which bottom sheet is in front on a phone: the most recently raised sheet that is still open.

/** The panels that become bottom sheets on phones. */
export type SheetName = 'filters' | 'analysis' | 'timeline' | 'panel' | 'reader';

/** For sheets opened without being raised (e.g. by a link): later in this list wins. */
const DEFAULT_ORDER: readonly SheetName[] = ['timeline', 'analysis', 'filters', 'panel', 'reader'];

/** `order` with `name` moved to the front (the end of the list). */
export function raiseSheet(order: readonly SheetName[], name: SheetName): SheetName[] {
  return [...order.filter((n) => n !== name), name];
}

/** The sheet to show: the last raised one that is open, else the open one that wins by default; null when none is open. */
export function frontSheet(order: readonly SheetName[], open: Readonly<Record<SheetName, boolean>>): SheetName | null {
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const name = order[i];
    if (name !== undefined && open[name]) return name;
  }
  for (let i = DEFAULT_ORDER.length - 1; i >= 0; i -= 1) {
    const name = DEFAULT_ORDER[i];
    if (name !== undefined && open[name]) return name;
  }
  return null;
}
