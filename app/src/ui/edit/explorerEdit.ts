// What the explorer takes in edit mode (issue 10): the session from the edit shell and the edit bar; the session reaches forms through a context.
import { createContext, useContext, type ReactNode } from 'react';
import type { EditSession } from './session';

/** Edit mode's part of the explorer's props: the session less what the explorer adds (its language and `focus`), and the bar. */
export interface ExplorerEdit {
  shell: Omit<EditSession, 'lang' | 'focus'>;
  /** The edit bar, drawn under the toolbar; `view` opens parts of the explorer. */
  bar: (session: EditSession, view: ExplorerEditView) => ReactNode;
}

/** What the edit bar may ask of the explorer. */
export interface ExplorerEditView {
  /** Opens the reader (e.g. on a source just added). */
  openReader: () => void;
}

/** The edit session while the explorer is in edit mode, null while viewing. */
export const EditSessionContext = createContext<EditSession | null>(null);

/** The edit session (null while viewing): for forms and panels inside the explorer. */
export function useEditSessionContext(): EditSession | null {
  return useContext(EditSessionContext);
}
