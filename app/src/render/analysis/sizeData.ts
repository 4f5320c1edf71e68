// Node sizes from centrality scores: area grows with the score, between a readable minimum and a capped maximum.

/** Smallest and largest node diameter (px, model units) when sizing by a measure. */
export const NODE_SIZE = { min: 22, max: 72 } as const;

/**
 * A diameter per entity: `min` for a zero score, `max` for the top score, and the square root in
 * between (so the node's AREA follows the score). Negative or non-finite scores count as zero;
 * when every score is zero all nodes get `min`.
 */
export function sizeData(scores: ReadonlyMap<string, number>, range: { min: number; max: number } = NODE_SIZE): Map<string, number> {
  if (!(range.min > 0) || !(range.max >= range.min)) throw new RangeError(`sizeData: invalid size range ${range.min}..${range.max}`);
  const clean = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);
  let top = 0;
  for (const v of scores.values()) top = Math.max(top, clean(v));
  const out = new Map<string, number>();
  for (const [id, v] of scores) {
    const share = top > 0 ? Math.sqrt(clean(v) / top) : 0;
    out.set(id, Math.round((range.min + (range.max - range.min) * share) * 10) / 10);
  }
  return out;
}
