// Camp colours and border patterns: colour-blind-safe hues (Okabe–Ito / Tol), each ≥3:1 on the canvas, never colour alone.

/** A camp's look: border colour, border pattern and the number badge shown with its name. */
export interface CampLook {
  /** 1-based camp number, as shown in the badge and the camps list. */
  number: number;
  color: string;
  borderStyle: 'solid' | 'dashed' | 'dotted' | 'double';
  /** "①"… for 1–20, "(21)" beyond. */
  badge: string;
}

/**
 * Six hues that stay apart under protan, deutan and tritan simulation and reach ≥3:1 on #fbfaf7
 * (Okabe–Ito blue, vermillion, bluish green; Tol purple, indigo, wine). Camps past six reuse them
 * with another border pattern, and every camp carries its number.
 */
export const CAMP_COLORS = ['#0072b2', '#d55e00', '#009e73', '#aa4499', '#332288', '#882255'] as const;

/** Border patterns, cycled alongside the colours: (colour, pattern) pairs stay distinct for 12 camps. */
export const CAMP_BORDER_STYLES = ['solid', 'dashed', 'dotted', 'double'] as const;

/** How many camps get a look of their own (lcm of 6 colours and 4 patterns); later camps repeat looks, their numbers differ. */
export const MAX_STYLED_CAMPS = 12;

const CIRCLED_START = 0x2460; // ①

/** The badge for camp `n` (1-based). */
export function campBadge(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(CIRCLED_START + n - 1) : `(${n})`;
}

/** The look of camp number `n` (1-based): colour and pattern both change from one camp to the next. */
export function campLook(n: number): CampLook {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`campLook: camp number must be a positive integer, got ${n}`);
  const i = (n - 1) % MAX_STYLED_CAMPS;
  return {
    number: n,
    color: CAMP_COLORS[i % CAMP_COLORS.length] as string,
    borderStyle: CAMP_BORDER_STYLES[i % CAMP_BORDER_STYLES.length] as CampLook['borderStyle'],
    badge: campBadge(n),
  };
}
