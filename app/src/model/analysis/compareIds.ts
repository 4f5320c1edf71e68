// Deterministic orderings used by every analysis: ids by UTF-16 code units, id sequences lexicographically.

/** Orders ids by code units (locale-independent, stable across runs and machines). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders id sequences: shorter first, then element by element. */
export function compareSequences(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) {
    const c = compareIds(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return 0;
}
