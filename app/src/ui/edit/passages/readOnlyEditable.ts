// The edit-mode reader: a `contenteditable` text that takes a caret and Shift+arrow selection but refuses every change.

/** The attribute an edit-mode reader's text container carries: the id of the source it shows. */
export const PASSAGE_SOURCE_ATTR = 'data-passage-source';

/** Attributes of the edit-mode reader's text: caret and keyboard selection, read-only to assistive technology, no soft keyboard. */
export function readOnlyEditableProps(source: string): Record<string, string | boolean> {
  return {
    [PASSAGE_SOURCE_ATTR]: source,
    contentEditable: true,
    suppressContentEditableWarning: true,
    role: 'textbox',
    'aria-multiline': true,
    'aria-readonly': true,
    inputMode: 'none',
    spellCheck: false,
    className: 'text-base rounded-sm caret-accent outline-offset-4 focus-visible:outline-2 focus-visible:outline-accent',
  };
}

const block = (e: Event): void => e.preventDefault();
const EDITS = ['beforeinput', 'paste', 'drop', 'cut'] as const;

/**
 * Keeps a `contenteditable` reader read-only: every input, paste, drop and cut is refused (the caret and Shift+arrow
 * selection stay); an IME composition, which cannot be cancelled, ends by leaving the text. Returns the undo.
 */
export function blockEditing(el: HTMLElement): () => void {
  const leave = (): void => el.blur();
  for (const type of EDITS) el.addEventListener(type, block);
  el.addEventListener('compositionstart', leave);
  return () => {
    for (const type of EDITS) el.removeEventListener(type, block);
    el.removeEventListener('compositionstart', leave);
  };
}
