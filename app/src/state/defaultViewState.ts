// The default view: what an empty link opens. Serialization leaves every default value out.
import type { ViewState } from './types';

/** A fresh default view state (new arrays and objects on every call). */
export function defaultViewState(): ViewState {
  return {
    version: 1,
    lang: 'en',
    selection: null,
    search: '',
    filters: { hiddenKinds: [], hiddenTypes: [], hiddenCategories: [], hiddenStances: [], hiddenStatuses: [], claimant: null },
    focusHops: 0,
    layout: 'preset',
    camera: null,
    reader: { open: false, offset: null },
    view: 'graph',
    time: { from: null, to: null, mode: 'hide', showUndated: true },
    path: null,
    sizeBy: 'none',
    camps: false,
    overview: { mode: 'communities', groups: [], nodes: [] },
  };
}
