// fittingBadges: overflow badges that would collide are skipped, the larger count wins, distant ones all stay.
import { describe, expect, it } from 'vitest';
import { badgeWidth, fittingBadges } from './timelineBadges';

describe('fittingBadges', () => {
  it('keeps every badge when they are far apart', () => {
    expect([...fittingBadges([{ index: 1, x: 10, count: 2 }, { index: 2, x: 100, count: 8 }, { index: 3, x: 200, count: 2 }])].sort()).toEqual([1, 2, 3]);
  });

  it('drops the smaller of two badges that would overlap (the +21 next to +69 case)', () => {
    const kept = fittingBadges([{ index: 106, x: 1203, count: 21 }, { index: 110, x: 1250, count: 69 }, { index: 109, x: 1240, count: 3 }]);
    expect(kept.has(110)).toBe(true);
    expect(kept.has(109)).toBe(false);
    expect(kept.has(106)).toBe(true);
    expect(fittingBadges([{ index: 1, x: 100, count: 21 }, { index: 2, x: 110, count: 69 }])).toEqual(new Set([2]));
  });

  it('never keeps two badges whose boxes come closer than the gap', () => {
    const slots = Array.from({ length: 40 }, (_, i) => ({ index: i, x: i * 7, count: (i * 37) % 90 }));
    const kept = slots.filter((s) => fittingBadges(slots, 2).has(s.index));
    for (const a of kept)
      for (const b of kept) if (a !== b) expect(Math.abs(a.x - b.x), `${a.index}/${b.index}`).toBeGreaterThanOrEqual((badgeWidth(a.count) + badgeWidth(b.count)) / 2 + 2);
    expect(kept.length).toBeGreaterThan(1);
  });

  it('returns nothing for no slots', () => {
    expect(fittingBadges([]).size).toBe(0);
  });
});
