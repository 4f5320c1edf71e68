// Reads the dates people put in spreadsheets and graph files into partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD).
import { isRealDate } from '../../data/dates';

/**
 * What a date cell gave: a partial ISO date, a partial date kept less precise than written (an ambiguous
 * day/month order keeps only the year), or nothing usable.
 */
export type DateReading = { ok: true; date: string; ambiguous?: string } | { ok: false };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number): string => String(n).padStart(2, '0');

function ymd(y: number, m?: number, d?: number): DateReading {
  if (!Number.isInteger(y) || y < 1 || y > 9999) return { ok: false };
  let date = String(y).padStart(4, '0');
  if (m !== undefined) date += `-${pad(m)}`;
  if (m !== undefined && d !== undefined) date += `-${pad(d)}`;
  return isRealDate(date) && /^\d{4}(-\d\d){0,2}$/.test(date) ? { ok: true, date } : { ok: false };
}

/** Excel's serial day number (1900 system, as Excel and Google Sheets write it) as a calendar day. */
export function excelSerialToDate(serial: number): DateReading {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return { ok: false };
  const day = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return ymd(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

function monthIndex(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i === -1 ? undefined : i + 1;
}

/**
 * Parses one date value. Rules, in order:
 * - ISO and partial ISO (`2015`, `2015-12`, `2015-12-11`, a time part is dropped), also with `/` or `.` (`2015/12/11`);
 * - Chinese `2015年12月11日`, `2015年12月`, `2015年`;
 * - English month names: `Dec 2015`, `11 December 2015`, `December 11, 2015`;
 * - day and month before the year (`11/12/2015`, `11.12.2015`): when one part is over 12 the order is clear; when both
 *   could be the month, the date is ambiguous and only the year is kept (`ambiguous` says so, for a warning);
 * - a number of 5 digits or more (or a JS number) in a date column is an Excel serial day (`42349` → `2015-12-11`).
 */
export function parseDate(value: string | number): DateReading {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 9999 ? ymd(value) : excelSerialToDate(value);
  const text = value.normalize('NFKC').trim();
  let m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return ymd(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日號号]?)?)?$/.exec(text);
  if (m) return ymd(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^([A-Za-z]{3,9})\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})$/.exec(text);
  if (m && monthIndex(m[1] as string) !== undefined) {
    return ymd(Number(m[3]), monthIndex(m[1] as string), m[2] === undefined ? undefined : Number(m[2]));
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text);
  if (m && monthIndex(m[2] as string) !== undefined) return ymd(Number(m[3]), monthIndex(m[2] as string), Number(m[1]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) {
    const a = Number(m[1]), b = Number(m[2]), y = Number(m[3]);
    if (a > 12 && b > 12) return { ok: false };
    if (a > 12) return ymd(y, b, a);
    if (b > 12) return ymd(y, a, b);
    if (a === b) return ymd(y, a, b);
    const year = ymd(y);
    return year.ok ? { ok: true, date: year.date, ambiguous: text } : year;
  }
  if (/^\d{5,7}(\.\d+)?$/.test(text)) return excelSerialToDate(Number(text));
  return { ok: false };
}
