// historyMode: whether a view change gets its own history entry (Back/Forward steps) or replaces the current one.
import { serializeViewState } from './serializeViewState';
import type { ViewState } from './types';

/** The state with its continuous parts blanked: camera, search text, reader scroll offset, time-range ends. */
function discrete(s: ViewState): ViewState {
  return {
    ...s,
    camera: null,
    search: '',
    reader: { open: s.reader.open, offset: null },
    time: { ...s.time, from: null, to: null },
  };
}

/**
 * `push` when a discrete part changes (selection, path, view, focus, filters, language, layout, reader
 * open/closed, time mode…); `replace` for continuous changes (camera, reader offset, search typing,
 * time-slider ticks) and for no change at all.
 */
export function historyMode(prev: ViewState, next: ViewState): 'push' | 'replace' {
  return serializeViewState(discrete(prev)) === serializeViewState(discrete(next)) ? 'replace' : 'push';
}
