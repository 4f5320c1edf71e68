// The URL fragment is the view: read it at load and on Back/Forward, write it on every change (push or replace).
import { useCallback, useEffect, useRef, useState } from 'react';
import { cleanViewState } from '../state/cleanViewState';
import { datasetKeysPrefix, readDatasetKeys } from '../state/datasetLink';
import { embedPrefix, isEmbedLink, readEmbedKey } from '../state/embedLink';
import type { DatasetIndex } from '../state/datasetIndex';
import { historyMode } from '../state/historyMode';
import { keepUnchanged } from '../state/keepUnchanged';
import type { Notice } from '../state/notices';
import { serializeViewState } from '../state/serializeViewState';
import { readStoryKey, storyKeyPrefix } from '../state/storyLink';
import type { StoryPosition } from '../model/story/types';
import { toRawViewState } from '../state/toRawViewState';
import type { ViewState } from '../state/types';
import { viewStateFromLink } from '../state/viewStateFromLink';

/** The view state, what the opened link had that was ignored, and the one way to change the view. */
export interface ViewStateHandle {
  state: ViewState;
  notices: Notice[];
  dismissNotices: () => void;
  /** Applies a change; the URL follows (a new history entry for discrete changes, a replacement for continuous ones). */
  update: (change: (prev: ViewState) => ViewState, options?: UpdateOptions) => void;
  /** The story step the link names (`st=`, a head key), or null in free exploration. */
  story: StoryPosition | null;
}

/** Story mode's extras to `update`: move to a story step (or leave with null), and force a history mode. */
export interface UpdateOptions {
  story?: StoryPosition | null;
  history?: 'push' | 'replace';
}

const samePosition = (a: StoryPosition | null, b: StoryPosition | null): boolean => a?.storyId === b?.storyId && a?.step === b?.step;

function currentLink(): string {
  return window.location.hash || window.location.search;
}

/** The view keys of the current link (the dataset keys `d=`/`dn=`/`src=` and `embed=` belong to the app shell, not the view). */
function currentViewLink(): string {
  return readEmbedKey(readDatasetKeys(currentLink()).rest).rest;
}

/** The story step of the current link (`st=`, which `readDatasetKeys` keeps out of the view keys) and what was wrong with it. */
function currentStory(): ReturnType<typeof readStoryKey> {
  return readStoryKey(currentLink());
}

/** Owns the view state for the app, kept in sync with `location.hash`. */
export function useViewState(index: DatasetIndex): ViewStateHandle {
  const [initial] = useState(() => {
    const opened = viewStateFromLink(currentViewLink(), index);
    const story = currentStory();
    return { ...opened, story: story.position, notices: [...story.notices, ...opened.notices] };
  });
  const [state, setState] = useState<ViewState>(initial.state);
  const [notices, setNotices] = useState<Notice[]>(initial.notices);
  const [story, setStory] = useState<StoryPosition | null>(initial.story);
  const storyRef = useRef<StoryPosition | null>(initial.story);
  const ref = useRef<ViewState>(initial.state);
  const indexRef = useRef(index);
  useEffect(() => {
    indexRef.current = index;
  }, [index]);

  const update = useCallback((change: (prev: ViewState) => ViewState, options: UpdateOptions = {}) => {
    const prev = ref.current;
    const changed = change(prev);
    // A story step (`st=`) stays in the link until story mode moves it or leaves; moving it is a view change of its own.
    const nextStory = options.story === undefined ? storyRef.current : options.story;
    const storyMoved = !samePosition(storyRef.current, nextStory);
    if (changed === prev && !storyMoved) return;
    // clean → serialize → navigate (state/README.md): the app's own states obey the same rules as links. Unchanged
    // parts keep their identity, so memos keyed on them (filters, time…) do not recompute.
    const next = changed === prev ? prev : keepUnchanged(prev, cleanViewState(toRawViewState(changed), indexRef.current).state);
    if (next === prev && !storyMoved) return;
    storyRef.current = nextStory;
    if (storyMoved) setStory(nextStory);
    // The dataset keys stay at the head of the fragment, so every view link names its dataset.
    // `embed=1` stays too; an embed replaces its history entry instead of pushing, so the host page's Back leaves the page.
    const embed = isEmbedLink(currentLink());
    const fragment = `${datasetKeysPrefix(readDatasetKeys(currentLink()).keys)}${embedPrefix(embed)}${storyKeyPrefix(nextStory)}${serializeViewState(next)}`;
    ref.current = next;
    setState(next);
    if (`#${fragment}` === window.location.hash) return;
    const url = `${window.location.pathname}${window.location.search}#${fragment}`;
    const mode = options.history ?? (storyMoved ? 'push' : historyMode(prev, next));
    if (mode === 'push' && !embed) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);

  useEffect(() => {
    const onPop = (): void => {
      const opened = viewStateFromLink(currentViewLink(), index);
      ref.current = opened.state;
      setState(opened.state);
      setNotices(opened.notices);
      storyRef.current = currentStory().position;
      setStory(storyRef.current);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [index]);

  const dismissNotices = useCallback(() => setNotices([]), []);
  return { state, notices, dismissNotices, update, story };
}
