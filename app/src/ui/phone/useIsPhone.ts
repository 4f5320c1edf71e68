// Whether the window is phone-sized (below Tailwind's `md` breakpoint, 48rem), kept in sync with the viewport.
import { useSyncExternalStore } from 'react';

/** The media query matching the `max-md:` classes used for sheets. */
export const PHONE_QUERY = '(max-width: 47.99rem)';

const subscribe = (onChange: () => void): (() => void) => {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const mq = window.matchMedia(PHONE_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
};
const snapshot = (): boolean => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(PHONE_QUERY).matches;

/** True below the `md` breakpoint (false during server rendering). */
export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
