// A small "did you mean" suggester: the closest known name by edit distance, when it is close enough to be a typo.

/** Edit distance between a and b (code points; insert, delete, substitute, swap two neighbours), or `limit + 1` once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  const s = [...a], t = [...b];
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, (before[j - 2] as number) + 1);
      cur.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = prev;
    prev = cur;
  }
  return Math.min(prev[t.length] as number, limit + 1);
}

/**
 * The candidate closest to `value` (compared by `key`), if within a typo's reach: at most 1 edit for short names,
 * about one edit per four characters for longer ones (max 3). Ties go to the earlier candidate.
 */
export function suggest(value: string, candidates: readonly { key: string; name: string }[], key: (s: string) => string): string | undefined {
  const target = key(value);
  const limit = Math.min(3, Math.max(1, Math.floor([...target].length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const d = editDistance(target, c.key, Math.min(limit, bestDistance - 1));
    if (d < bestDistance) [best, bestDistance] = [c.name, d];
    if (bestDistance === 0) break;
  }
  return bestDistance <= limit ? best : undefined;
}
