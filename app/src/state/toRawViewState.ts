// toRawViewState: a full view state back in raw form, so app-made states go through the same clean step as links.
import type { RawViewState } from './rawViewState';
import type { ViewState } from './types';

/** The raw form of a full view state, so the app can run any state through `cleanViewState` before serializing. */
export function toRawViewState(s: ViewState): RawViewState {
  const raw: RawViewState = {
    lang: s.lang,
    search: s.search,
    hiddenKinds: s.filters.hiddenKinds,
    hiddenTypes: s.filters.hiddenTypes,
    hiddenCategories: s.filters.hiddenCategories,
    hiddenStances: s.filters.hiddenStances,
    hiddenStatuses: s.filters.hiddenStatuses,
    focusHops: s.focusHops,
    layout: s.layout,
    reader: s.reader,
    view: s.view,
    timeFrom: s.time.from,
    timeTo: s.time.to,
    timeMode: s.time.mode,
    showUndated: s.time.showUndated,
    sizeBy: s.sizeBy,
    camps: s.camps,
    overviewMode: s.overview.mode,
    overviewGroups: s.overview.groups,
    overviewNodes: s.overview.nodes,
  };
  if (s.selection !== null) raw.selection = s.selection;
  if (s.filters.claimant !== null) raw.claimant = s.filters.claimant;
  if (s.camera !== null) raw.camera = s.camera;
  if (s.path !== null) {
    raw.path = { from: s.path.from, to: s.path.to };
    raw.pathFactsOnly = s.path.factsOnly;
  }
  return raw;
}
