// The timeline strip's pure model: dated relations binned by month, slider positions ⇄ time range, play steps.
import type { EvidenceGraph } from '../../model/graph';
import type { Category, Status } from '../../model/schema';
import { monthFromIndex, monthIndex, overlapsRange, relationInterval } from '../../model/timeline';
import type { TimeRange } from '../../state/types';

/** One relation on the strip. */
export interface TimelineEvent {
  id: string;
  category: Category;
  status: Status;
  date: string;
  dateEnd: string | null;
  /** Month index of the last month it touches. */
  endMonth: number;
}

/** The relations starting in one month, in date order. */
export interface MonthBin {
  /** Month index (year × 12 + month − 1). */
  index: number;
  /** YYYY-MM. */
  month: string;
  events: TimelineEvent[];
  /** How many of `events` are narrated facts and how many somebody's claims. */
  facts: number;
  claims: number;
}

export interface TimelineModel {
  /** First and last month any dated relation touches; null when nothing is dated. */
  extent: { min: number; max: number } | null;
  /** Non-empty months only, in order. */
  bins: MonthBin[];
  undated: number;
}

/** Bins the graph's dated relations by their start month (each bin in end-month, then id order) and counts the undated ones. */
export function timelineModel(graph: EvidenceGraph): TimelineModel {
  // One pass over the relations; month indexes are parsed once per distinct date string (big graphs repeat dates).
  // Keyed by the date string alone, one map per edge (no key string built per relation).
  const months = { start: new Map<string, number>(), end: new Map<string, number>() };
  const month = (date: string, edge: 'start' | 'end', where: () => string): number => {
    const known = months[edge];
    let m = known.get(date);
    if (m === undefined) known.set(date, (m = monthIndex(date, edge, where())));
    return m;
  };
  const bins = new Map<number, MonthBin>();
  let min = Infinity;
  let max = -Infinity;
  let undated = 0;
  graph.forEachEdge((id, a) => {
    if (a.date === null) {
      undated++;
      return;
    }
    const s = month(a.date, 'start', () => `relation '${id}'.date`);
    const e = month(a.dateEnd ?? a.date, 'end', () => `relation '${id}'.${a.dateEnd === null ? 'date' : 'dateEnd'}`);
    const [start, end] = s <= e ? [s, e] : [e, s];
    min = Math.min(min, start);
    max = Math.max(max, end);
    let bin = bins.get(start);
    if (!bin) bins.set(start, (bin = { index: start, month: monthFromIndex(start), events: [], facts: 0, claims: 0 }));
    bin.events.push({ id, category: a.category, status: a.status, date: a.date, dateEnd: a.dateEnd, endMonth: end });
    if (a.status === 'claim') bin.claims++;
    else bin.facts++;
  });
  const sorted = [...bins.values()].sort((x, y) => x.index - y.index);
  for (const bin of sorted) bin.events.sort((x, y) => x.endMonth - y.endMonth || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { extent: sorted.length === 0 ? null : { min, max }, bins: sorted, undated };
}

/** The slider positions (month indexes) of a time range, clamped into the extent; open ends sit at the extent's ends. */
export function rangeIndexes(time: Pick<TimeRange, 'from' | 'to'>, extent: { min: number; max: number }): { from: number; to: number } {
  const clamp = (v: number) => Math.min(extent.max, Math.max(extent.min, v));
  const from = time.from === null ? extent.min : clamp(monthIndex(time.from, 'start', 'time.from'));
  const to = time.to === null ? extent.max : clamp(monthIndex(time.to, 'end', 'time.to'));
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

/** The time range for slider positions: ends at the extent become open (null), so default links stay short. */
export function withRange(time: TimeRange, from: number, to: number, extent: { min: number; max: number }): TimeRange {
  const clamp = (v: number) => Math.min(extent.max, Math.max(extent.min, Math.round(v)));
  const [a, b] = [clamp(Math.min(from, to)), clamp(Math.max(from, to))];
  return { ...time, from: a === extent.min ? null : monthFromIndex(a), to: b === extent.max ? null : monthFromIndex(b) };
}

/**
 * One step of Play: the range's end moves one month later (its start stays). From the end of the
 * timeline, Play starts over with only the start month. `done` is true when the end is reached.
 */
export function playStep(time: TimeRange, extent: { min: number; max: number }): { time: TimeRange; done: boolean } {
  const { from, to } = rangeIndexes(time, extent);
  if (to >= extent.max) return { time: withRange(time, from, from, extent), done: from >= extent.max };
  const next = to + 1;
  return { time: withRange(time, from, next, extent), done: next >= extent.max };
}

/** Whether a dated relation holds within the range (same rule as the graph's visibility). */
export function eventInRange(event: Pick<TimelineEvent, 'date' | 'dateEnd'>, time: Pick<TimeRange, 'from' | 'to'>): boolean {
  const interval = relationInterval(event.date, event.dateEnd);
  return interval === null || overlapsRange(interval, time.from, time.to);
}

/** Horizontal position of a month on the axis, in percent: 0 at the first month, 100 at the last (where the slider thumbs sit). */
export function axisPercent(index: number, extent: { min: number; max: number }): number {
  return extent.max === extent.min ? 50 : ((index - extent.min) / (extent.max - extent.min)) * 100;
}

/** January of every year the extent touches (the axis labels). */
export function yearTicks(extent: { min: number; max: number }): { index: number; year: number }[] {
  const out: { index: number; year: number }[] = [];
  for (let y = Math.floor(extent.min / 12); y * 12 <= extent.max; y++) out.push({ index: Math.max(y * 12, extent.min), year: y });
  return out;
}
