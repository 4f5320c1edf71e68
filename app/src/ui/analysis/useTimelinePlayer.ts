// Play/Pause for the timeline: steps the range's end month by month on a timer; never starts by itself.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimeRange } from '../../state/types';
import { playStep } from './timelineModel';

/** Time between two steps of Play, in ms. */
export const PLAY_STEP_MS = 900;

type OnChange = (time: TimeRange, opts: { continuous: boolean }) => void;

/** `playing`, and `toggle` (takes the first step at once) / `stop`. Steps are continuous changes (the URL is replaced). */
export function useTimelinePlayer(time: TimeRange, extent: { min: number; max: number } | null, onChange: OnChange) {
  const [playing, setPlaying] = useState(false);
  const latest = useRef({ time, onChange });
  useEffect(() => {
    latest.current = { time, onChange };
  });

  const step = useCallback((): boolean => {
    if (!extent) return true;
    const next = playStep(latest.current.time, extent);
    latest.current.onChange(next.time, { continuous: true });
    return next.done;
  }, [extent]);

  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => {
      if (step()) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearInterval(id);
  }, [playing, step]);

  const toggle = useCallback(() => {
    if (playing) {
      setPlaying(false);
      return;
    }
    if (!step()) setPlaying(true);
  }, [playing, step]);
  const stop = useCallback(() => setPlaying(false), []);
  return { playing, toggle, stop };
}
