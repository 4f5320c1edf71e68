// Which "+n" overflow badges of the timeline fit: the biggest counts first, none drawn over another.

/** One month's overflow badge: its centre on the axis in px and the count it shows. */
export interface BadgeSlot {
  index: number;
  x: number;
  count: number;
}

/** Approximate width in px of a "+n" badge at the strip's 9 px bold tabular figures. */
export function badgeWidth(count: number): number {
  return (String(count).length + 1) * 5.5 + 2;
}

/**
 * The month indexes whose badges to draw: larger counts claim their space first, and a badge is skipped when it would
 * come closer than `gap` px to one already kept (its month button still names the full count).
 */
export function fittingBadges(slots: readonly BadgeSlot[], gap = 2): Set<number> {
  const kept: { left: number; right: number }[] = [];
  const out = new Set<number>();
  const byCount = [...slots].sort((a, b) => b.count - a.count || a.x - b.x);
  for (const slot of byCount) {
    const half = badgeWidth(slot.count) / 2;
    const box = { left: slot.x - half, right: slot.x + half };
    if (kept.some((k) => box.left < k.right + gap && box.right > k.left - gap)) continue;
    kept.push(box);
    out.add(slot.index);
  }
  return out;
}
