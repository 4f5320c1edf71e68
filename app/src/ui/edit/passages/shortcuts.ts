// The editing shortcuts (n, e, Delete, ?), pure: which one a key press is, never while typing in a field.
/** Where a key press happened: a text field (never a shortcut), the edit-mode reader (read-only text), or anywhere else. */
export type KeyPlace = 'field' | 'reader' | 'other';

export type Shortcut = 'new-relation' | 'edit' | 'delete' | 'help';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The shortcut a key press stands for, or null. Delete acts on the graph's selection, so not from inside the reader's text. */
export function shortcutOf(e: KeyPress, place: KeyPlace): Shortcut | null {
  if (place === 'field' || e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'n':
    case 'N':
      return 'new-relation';
    case 'e':
    case 'E':
      return 'edit';
    case 'Delete':
      return place === 'reader' ? null : 'delete';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/** The place of a key press's target: fields are inputs, text areas, selects and editable text other than the reader. */
export function placeOf(target: EventTarget | null): KeyPlace {
  if (!(target instanceof Element)) return 'other';
  if (target.closest('[data-passage-source]')) return 'reader';
  if (target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return 'field';
  return 'other';
}
