// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as ranges: calendar checks and comparisons.

/** Earliest year a relation may be dated. */
export const MIN_YEAR = 1990;

/** True when a well-formed partial date names a real calendar day/month (rejects 2023-02-30). */
export function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** True when the earliest day `date` can mean is after the latest day `limit` can mean. */
export function isAfter(date: string, limit: string): boolean {
  const common = Math.min(date.length, limit.length);
  return date.slice(0, common) > limit.slice(0, common);
}

/** The year of a partial date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
