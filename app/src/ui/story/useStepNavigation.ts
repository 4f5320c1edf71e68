// Going to a story step: the step's view applied like a deep link, `st=` in the URL, the camera moved (animated unless reduced motion).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story } from '../../model/story/types';
import type { Camera, ViewState } from '../../state/types';
import type { StoryHost } from './storyHost';
import { stepViewState } from './stepView';

/** Applies a step's view: selection, filters, time… at once, then the camera moves there and is written to the link. */
export function useStepNavigation(host: StoryHost): {
  goTo: (story: Story, step: number, history?: 'push' | 'replace') => void;
  showView: (view: ViewState) => void;
  leave: () => void;
} {
  const hostRef = useRef(host);
  useEffect(() => {
    hostRef.current = host;
  });
  /** The camera to move to once the step's state is drawn (null = fit), with a token so a later step wins. */
  const pending = useRef<{ camera: Camera | null; token: number } | null>(null);
  const token = useRef(0);
  const [moves, setMoves] = useState(0);

  const apply = useCallback((target: ViewState, story: { position: { storyId: string; step: number } | null } | null, history?: 'push' | 'replace') => {
    const h = hostRef.current;
    const prev = h.state;
    const opts = { ...(story ? { story: story.position } : {}), ...(history ? { history } : {}) };
    if (!h.view || target.layout !== prev.layout || target.view !== 'graph') {
      // A new layout runs (and fits) as a link's would; nothing to animate.
      h.update(() => target, opts);
      return;
    }
    token.current += 1;
    pending.current = { camera: target.camera, token: token.current };
    // Everything but the camera now; the camera follows once the new visibility is drawn (see the effect below).
    h.update(() => ({ ...target, camera: prev.camera }), opts);
    setMoves((n) => n + 1);
  }, []);

  // After the explorer has committed the step's state (the graph's effects run first): move the camera, then write it
  // to the link (a replacement).
  useEffect(() => {
    const move = pending.current;
    const view = host.view;
    if (!move || !view) return;
    pending.current = null;
    void view.moveTo(move.camera).then(() => {
      if (move.token !== token.current) return;
      hostRef.current.update((s) => ({ ...s, camera: move.camera }), { history: 'replace' });
    });
  }, [moves, host.view]);

  const goTo = useCallback(
    (story: Story, step: number, history?: 'push' | 'replace') => {
      const s = story.steps[step - 1];
      if (!s) return;
      const h = hostRef.current;
      apply(stepViewState(s, h.index, h.lang), { position: { storyId: story.id, step } }, history);
    },
    [apply],
  );
  const showView = useCallback((view: ViewState) => apply(view, null), [apply]);
  const leave = useCallback(() => hostRef.current.update((s) => s, { story: null }), []);
  return { goTo, showView, leave };
}
