// Months for people, per language: "Nov 2023" / "2023年11月" (long, for screen readers: "November 2023").
import type { Lang } from '../../model/queries';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A YYYY-MM month for people: "Nov 2023" (or "November 2023" when `long`) / "2023年11月"; anything else is returned unchanged. */
export function formatMonth(month: string, lang: Lang, long = false): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const n = Number(m[2]);
  return lang === 'zh' ? `${m[1]}年${n}月` : `${(long ? MONTHS_EN_LONG : MONTHS_EN)[n - 1] ?? m[2]} ${m[1]}`;
}
