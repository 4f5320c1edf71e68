// What the explorer hands the (deferred) story menu and player: the dataset, the view and the one way to change both.
import type { EvidenceGraph } from '../../model/graph';
import type { Story, StoryPosition } from '../../model/story/types';
import type { GraphView } from '../../render/viewport';
import type { DatasetIndex } from '../../state/datasetIndex';
import type { Lang, Selection, ViewState } from '../../state/types';
import type { ViewStateHandle } from '../useViewState';

export interface StoryHost {
  /** The dataset's own stories (empty until they are loaded). */
  stories: readonly Story[];
  /** Whether `stories` is final (the built-in dataset's come with its details, after the first draw). */
  storiesReady: boolean;
  graph: EvidenceGraph;
  index: DatasetIndex;
  lang: Lang;
  state: ViewState;
  /** The story step the link names (`st=`), or null in free exploration. */
  position: StoryPosition | null;
  update: ViewStateHandle['update'];
  select: (selection: Selection) => void;
  view: GraphView | null;
  /** A short status message (the explorer's toast). */
  onStatus: (message: string) => void;
}
