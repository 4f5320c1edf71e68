// RawViewState: what parsing a link yields — each key validated on its own, not yet checked against the dataset.
import type { Category, Stance, Status } from '../model/schema';
import type { Camera, Lang, LayoutName, OverviewMode, Selection, SizeBy, TimeRange, ViewState } from './types';

/** Parsed link values; absent = not in the link. Numbers are unclamped and ids unchecked until `cleanViewState`. */
export interface RawViewState {
  lang?: Lang;
  selection?: NonNullable<Selection>;
  search?: string;
  hiddenKinds?: string[];
  hiddenTypes?: string[];
  hiddenCategories?: Category[];
  hiddenStances?: Stance[];
  hiddenStatuses?: Status[];
  claimant?: string;
  focusHops?: number;
  layout?: LayoutName;
  camera?: Camera;
  reader?: ViewState['reader'];
  view?: ViewState['view'];
  timeFrom?: string | null;
  timeTo?: string | null;
  timeMode?: TimeRange['mode'];
  showUndated?: boolean;
  path?: { from: string; to: string };
  pathFactsOnly?: boolean;
  sizeBy?: SizeBy;
  camps?: boolean;
  overviewMode?: OverviewMode;
  overviewGroups?: string[];
  overviewNodes?: string[];
}
