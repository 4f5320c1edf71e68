// The "Draw with WebGL" setting: off by default, kept in localStorage only while on (so a default page stores nothing).
import { useSyncExternalStore } from 'react';

/** The localStorage key, present (value "1") only while WebGL drawing is on. */
export const WEBGL_KEY = 'evidence-graph:webgl';

const listeners = new Set<() => void>();

/** Whether the graph is drawn with Cytoscape's WebGL mode (false when storage is unavailable). */
export function readWebgl(): boolean {
  try {
    return window.localStorage.getItem(WEBGL_KEY) === '1';
  } catch {
    return false;
  }
}

/** Turns WebGL drawing on or off; the graph view is created again with the new renderer. */
export function writeWebgl(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(WEBGL_KEY, '1');
    else window.localStorage.removeItem(WEBGL_KEY);
  } catch {
    // Storage refused (private mode, quota): the setting simply does not stick.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent): void => {
    if (e.key === WEBGL_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The setting, re-rendering when it changes (in this tab or another). */
export function useWebgl(): boolean {
  return useSyncExternalStore(subscribe, readWebgl, () => false);
}
