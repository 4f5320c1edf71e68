// One month of the timeline at size: a bar whose height counts the month's relations, facts (solid) stacked on claims (hollow, dashed).
import type { Lang } from '../../state/types';
import { formatMonth, t } from '../i18n';
import type { MonthBin } from './timelineModel';

/** Tallest bar, in px (the axis is 48 px high). */
export const BAR_MAX_PX = 40;

export interface MonthBarProps {
  lang: Lang;
  bin: MonthBin;
  /** Position on the axis, in percent. */
  left: number;
  /** Width of the bar in px. */
  width: number;
  /** The busiest month's count: its bar is BAR_MAX_PX tall. */
  max: number;
  /** Whether the month lies inside the time range (outside: faded). */
  inRange: boolean;
  open: boolean;
  tabbable: boolean;
  onToggle: () => void;
}

/** Heights in px of the claims and facts parts of a bar for `bin` (at least 1 px for a part that is not empty). */
export function barHeights(bin: Pick<MonthBin, 'facts' | 'claims'>, max: number): { facts: number; claims: number } {
  const scale = (n: number) => (n === 0 ? 0 : Math.max(1, Math.round((BAR_MAX_PX * n) / Math.max(1, max))));
  return { facts: scale(bin.facts), claims: scale(bin.claims) };
}

/** The month's button (opens its list of relations); no element per relation, however many there are. */
export function MonthBar({ lang, bin, left, width, max, inRange, open, tabbable, onToggle }: MonthBarProps) {
  const month = formatMonth(bin.month, lang);
  const label = t('analysis.monthBar', lang, { month, n: bin.events.length, facts: bin.facts, claims: bin.claims });
  const h = barHeights(bin, max);
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-expanded={open}
      tabIndex={tabbable ? 0 : -1}
      data-month={bin.month}
      data-month-button={bin.index}
      data-in-range={inRange}
      data-facts={bin.facts}
      data-claims={bin.claims}
      onClick={onToggle}
      className={`absolute bottom-0 flex -translate-x-1/2 flex-col justify-end focus-visible:outline-3 focus-visible:outline-accent ${inRange ? '' : 'opacity-30'} ${open ? 'outline-2 outline-accent' : ''}`}
      style={{ left: `${left}%`, width, height: BAR_MAX_PX + 4 }}
    >
      {h.facts > 0 ? <span aria-hidden="true" className={`block w-full ${open ? 'bg-accent' : 'bg-ink/70 hover:bg-ink'}`} style={{ height: h.facts }} /> : null}
      {h.claims > 0 ? <span aria-hidden="true" className="block w-full border border-dashed border-ink/70 bg-white" style={{ height: h.claims }} /> : null}
    </button>
  );
}
