// Structural sharing for view states: a cleaned state keeps the previous state's parts that did not change.

/** Plain data equality (view states hold only JSON data: strings, numbers, booleans, null, arrays and objects). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * `next`, with each top-level part that equals `prev`'s replaced by `prev`'s own object, so React memos keyed on
 * `state.filters`, `state.time`… keep their identity; `prev` itself when nothing differs (a no-op change).
 */
export function keepUnchanged<T extends object>(prev: T, next: T): T {
  let changed = false;
  const out = { ...next };
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (sameData(prev[key], next[key])) out[key] = prev[key];
    else changed = true;
  }
  return changed || Object.keys(prev).length !== Object.keys(next).length ? out : prev;
}
