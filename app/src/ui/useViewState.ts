// The URL fragment is the view: read it at load and on Back/Forward, write it on every change (push or replace).
import { useCallback, useEffect, useRef, useState } from 'react';
import { cleanViewState } from '../state/cleanViewState';
import { datasetKeysPrefix, readDatasetKeys } from '../state/datasetLink';
import type { DatasetIndex } from '../state/datasetIndex';
import { historyMode } from '../state/historyMode';
import { keepUnchanged } from '../state/keepUnchanged';
import type { Notice } from '../state/notices';
import { serializeViewState } from '../state/serializeViewState';
import { toRawViewState } from '../state/toRawViewState';
import type { ViewState } from '../state/types';
import { viewStateFromLink } from '../state/viewStateFromLink';

/** The view state, what the opened link had that was ignored, and the one way to change the view. */
export interface ViewStateHandle {
  state: ViewState;
  notices: Notice[];
  dismissNotices: () => void;
  /** Applies a change; the URL follows (a new history entry for discrete changes, a replacement for continuous ones). */
  update: (change: (prev: ViewState) => ViewState) => void;
}

function currentLink(): string {
  return window.location.hash || window.location.search;
}

/** The view keys of the current link (the dataset keys `d=`/`dn=`/`src=` belong to the app shell, not the view). */
function currentViewLink(): string {
  return readDatasetKeys(currentLink()).rest;
}

/** Owns the view state for the app, kept in sync with `location.hash`. */
export function useViewState(index: DatasetIndex): ViewStateHandle {
  const [initial] = useState(() => viewStateFromLink(currentViewLink(), index));
  const [state, setState] = useState<ViewState>(initial.state);
  const [notices, setNotices] = useState<Notice[]>(initial.notices);
  const ref = useRef<ViewState>(initial.state);
  const indexRef = useRef(index);
  useEffect(() => {
    indexRef.current = index;
  }, [index]);

  const update = useCallback((change: (prev: ViewState) => ViewState) => {
    const prev = ref.current;
    const changed = change(prev);
    if (changed === prev) return;
    // clean → serialize → navigate (state/README.md): the app's own states obey the same rules as links. Unchanged
    // parts keep their identity, so memos keyed on them (filters, time…) do not recompute.
    const next = keepUnchanged(prev, cleanViewState(toRawViewState(changed), indexRef.current).state);
    if (next === prev) return;
    // The dataset keys stay at the head of the fragment, so every view link names its dataset.
    const fragment = `${datasetKeysPrefix(readDatasetKeys(currentLink()).keys)}${serializeViewState(next)}`;
    ref.current = next;
    setState(next);
    if (`#${fragment}` === window.location.hash) return;
    const url = `${window.location.pathname}${window.location.search}#${fragment}`;
    if (historyMode(prev, next) === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);

  useEffect(() => {
    const onPop = (): void => {
      const opened = viewStateFromLink(currentViewLink(), index);
      ref.current = opened.state;
      setState(opened.state);
      setNotices(opened.notices);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [index]);

  const dismissNotices = useCallback(() => setNotices([]), []);
  return { state, notices, dismissNotices, update };
}
