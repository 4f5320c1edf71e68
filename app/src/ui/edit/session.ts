// The edit session's contract between the edit shell (state, autosave, edit bar) and the passage/entity/relation forms.
import type { AuthoringDataset } from '../../model/edit/authoring';
import type { Passage } from '../../model/edit/passage';
import type { Lang } from '../../state/types';

/** One editing session over an authoring dataset: the forms read `dataset` and change it only through `apply`. */
export interface EditSession {
  /** The dataset as it is now (the history's present). */
  dataset: AuthoringDataset;
  lang: Lang;
  /**
   * Runs one edit as one undo step and autosaves it. `op` is a pure model operation (app/src/model/edit/); when it throws
   * an EditError the dataset is unchanged, the refusal is shown to the user (in `lang`) and `apply` returns false.
   */
  apply: (label: string, op: (dataset: AuthoringDataset) => AuthoringDataset) => boolean;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Selects an element in the explorer (after creating it, or from a problem's "go to"). */
  focus: (target: { entity: string } | { relation: string }) => void;
}

/** The passage selected in the reader in edit mode (null when nothing, or a refused selection, is selected). */
export type PassageSelection = Passage | null;
