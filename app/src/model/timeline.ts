// Dates on the timeline: partial ISO dates as month indexes and day bounds, dated relations in order, month steps.
import type { EvidenceGraph } from './graph';

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Longest run `monthRange` will produce (1,000 years): protects the UI from a hostile range. */
export const MAX_MONTH_STEPS = 12_000;

/** Thrown when a string is not the partial ISO date (or YYYY-MM month) a function expects. */
export class InvalidDateError extends Error {
  override name = 'InvalidDateError';
}

interface Parts {
  year: number;
  month: number | null;
  day: number | null;
}

function parts(date: string, where: string): Parts {
  const m = PARTIAL_DATE.exec(date);
  if (!m) throw new InvalidDateError(`${where}: '${date}' is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/**
 * A partial date as a sortable day key (yyyymmdd) at its precision: the earliest day it may mean (`edge`
 * 'start': `2015` → 20150101) or the latest (`'end'`: `2015` → 20151231, `2015-12` → 20151231).
 */
export function dayKey(date: string, edge: 'start' | 'end', where = 'date'): number {
  const p = parts(date, where);
  const month = p.month ?? (edge === 'start' ? 1 : 12);
  const day = p.day ?? (edge === 'start' ? 1 : 31);
  return p.year * 10_000 + month * 100 + day;
}

/** A partial date as an integer month index (year × 12 + month − 1); a bare year maps to January or December. */
export function monthIndex(date: string, edge: 'start' | 'end' = 'start', where = 'date'): number {
  const p = parts(date, where);
  return p.year * 12 + (p.month ?? (edge === 'start' ? 1 : 12)) - 1;
}

/** The YYYY-MM string of a month index (inverse of `monthIndex` for YYYY-MM input). */
export function monthFromIndex(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0 || index >= 10_000 * 12) {
    throw new RangeError(`monthFromIndex: ${index} is not a month index between 0 and ${10_000 * 12 - 1}`);
  }
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Every month from `from` to `to` inclusive, as YYYY-MM strings (the steps of "play"). Empty when from > to.
 * Throws InvalidDateError for anything but YYYY-MM, RangeError beyond MAX_MONTH_STEPS months.
 */
export function monthRange(from: string, to: string): string[] {
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (!MONTH.test(value)) throw new InvalidDateError(`monthRange ${name}: '${value}' is not a YYYY-MM month`);
  }
  const a = monthIndex(from);
  const b = monthIndex(to);
  if (b - a + 1 > MAX_MONTH_STEPS) throw new RangeError(`monthRange: ${b - a + 1} months exceeds the limit of ${MAX_MONTH_STEPS}`);
  const out: string[] = [];
  for (let i = a; i <= b; i++) out.push(monthFromIndex(i));
  return out;
}

/** A relation's time interval as day keys: [start of `date`, end of `dateEnd ?? date`]; null when undated. */
export function relationInterval(date: string | null, dateEnd: string | null, where = 'relation'): [number, number] | null {
  if (date === null) return null;
  const start = dayKey(date, 'start', `${where}.date`);
  const end = dayKey(dateEnd ?? date, 'end', `${where}.${dateEnd === null ? 'date' : 'dateEnd'}`);
  return [Math.min(start, end), Math.max(start, end)];
}

/**
 * Whether a dated interval overlaps the inclusive range [from, to] (partial dates, null = open end), compared
 * at each date's precision: a relation dated `2015-12-11` overlaps a range ending `2015-12`.
 */
export function overlapsRange(interval: [number, number], from: string | null, to: string | null): boolean {
  if (from !== null && interval[1] < dayKey(from, 'start', 'time.from')) return false;
  if (to !== null && interval[0] > dayKey(to, 'end', 'time.to')) return false;
  return true;
}

/** One dated relation on the timeline strip. */
export interface DatedRelation {
  id: string;
  date: string;
  dateEnd: string | null;
  /** Month index of the start and of the end (end = start for a single date). */
  startMonth: number;
  endMonth: number;
}

/** All dated relations, sorted by start month, then end month, then id. Undated relations are left out. */
export function datedRelations(graph: EvidenceGraph): DatedRelation[] {
  const out: DatedRelation[] = [];
  graph.forEachEdge((id, a) => {
    if (a.date === null) return;
    const where = `relation '${id}'`;
    const s = monthIndex(a.date, 'start', `${where}.date`);
    const e = monthIndex(a.dateEnd ?? a.date, 'end', `${where}.${a.dateEnd === null ? 'date' : 'dateEnd'}`);
    out.push({ id, date: a.date, dateEnd: a.dateEnd, startMonth: Math.min(s, e), endMonth: Math.max(s, e) });
  });
  return out.sort((x, y) => x.startMonth - y.startMonth || x.endMonth - y.endMonth || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** The first and last month any dated relation touches, or null when nothing is dated. */
export function timeExtent(dated: readonly DatedRelation[]): { min: number; max: number } | null {
  if (dated.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const d of dated) {
    min = Math.min(min, d.startMonth);
    max = Math.max(max, d.endMonth);
  }
  return { min, max };
}
