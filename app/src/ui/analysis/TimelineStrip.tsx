// The timeline strip under the graph: dated relations by month, a two-thumb range, hide/fade, undated, Play/Pause; a one-line bar with a sheet on phones.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import { monthFromIndex } from '../../model/timeline';
import type { Lang, TimeRange } from '../../state/types';
import { CATEGORY_BG, CATEGORY_BORDER } from './categoryClasses';
import { RelationLine } from './RelationLine';
import { relationSentence } from '../../model/sentences';
import { fittingBadges } from './timelineBadges';
import { t, formatMonth } from '../i18n';
import { axisPercent, eventInRange, rangeIndexes, timelineModel, withRange, yearTicks, type MonthBin } from './timelineModel';
import { useTimelinePlayer } from './useTimelinePlayer';
import { MonthBar } from './MonthBar';
import { TIMELINE_AGGREGATE_ABOVE } from '../../model/scale/thresholds';

export interface TimelineStripProps {
  graph: EvidenceGraph;
  lang: Lang;
  time: TimeRange;
  /** `continuous` for slider ticks and Play steps (replace the URL), false for discrete changes (new history entry). */
  onChange: (time: TimeRange, opts: { continuous: boolean }) => void;
  onSelectRelation: (id: string) => void;
  /** The selected relation, ringed on the strip. */
  selectedRelation?: string | null;
  /** Phones only (below `md`): whether the strip is open as a sheet above its one-line bar; uncontrolled when omitted. */
  expanded?: boolean;
  onExpandedChange?: (expanded: boolean) => void;
}

/** Dots drawn per month before the rest are summarised as "+n". */
export const DOTS_PER_MONTH = 5;

/** Relations an open month lists at first, and how many more each "Show more" adds. */
export const MONTH_LIST_PAGE = 100;

const button =
  'inline-flex items-center gap-1 rounded-md border border-muted/50 bg-white px-2 py-0.5 text-sm text-ink hover:bg-black/5 focus-visible:outline-3 focus-visible:outline-accent disabled:opacity-50';
const thumb =
  'pointer-events-none absolute inset-x-0 top-0 h-6 w-full appearance-none bg-transparent focus-visible:outline-none [&::-webkit-slider-thumb]:pointer-events-auto [&::-webkit-slider-thumb]:h-4 [&::-webkit-slider-thumb]:w-4 [&::-webkit-slider-thumb]:cursor-pointer [&::-webkit-slider-thumb]:appearance-none [&::-webkit-slider-thumb]:rounded-full [&::-webkit-slider-thumb]:border-2 [&::-webkit-slider-thumb]:border-white [&::-webkit-slider-thumb]:bg-accent [&::-webkit-slider-thumb]:shadow [&::-moz-range-thumb]:pointer-events-auto [&::-moz-range-thumb]:h-4 [&::-moz-range-thumb]:w-4 [&::-moz-range-thumb]:cursor-pointer [&::-moz-range-thumb]:rounded-full [&::-moz-range-thumb]:border-2 [&::-moz-range-thumb]:border-white [&::-moz-range-thumb]:bg-accent focus-visible:[&::-webkit-slider-thumb]:outline-3 focus-visible:[&::-webkit-slider-thumb]:outline-offset-1 focus-visible:[&::-webkit-slider-thumb]:outline-ink';

function MonthColumn(props: {
  graph: EvidenceGraph;
  lang: Lang;
  bin: MonthBin;
  left: number;
  time: TimeRange;
  open: boolean;
  /** The one month button in the Tab order (arrow keys move between months). */
  tabbable: boolean;
  /** Draw the "+n" badge (false when it would collide with a neighbour's). */
  badge: boolean;
  selectedRelation: string | null;
  onSelectRelation: (id: string) => void;
  onToggle: () => void;
}) {
  const { graph, lang, bin, time, selectedRelation } = props;
  const shown = bin.events.length > DOTS_PER_MONTH ? bin.events.slice(0, DOTS_PER_MONTH - 1) : bin.events;
  const more = bin.events.length - shown.length;
  const month = formatMonth(bin.month, lang);
  return (
    <div className="absolute bottom-0 flex -translate-x-1/2 flex-col-reverse items-center gap-px" style={{ left: `${props.left}%` }} data-month={bin.month}>
      <button
        type="button"
        aria-label={t('analysis.monthButton', lang, { month, n: bin.events.length })}
        aria-expanded={props.open}
        tabIndex={props.tabbable ? 0 : -1}
        data-month-button={bin.index}
        title={t('analysis.monthButton', lang, { month, n: bin.events.length })}
        onClick={props.onToggle}
        className={`mt-0.5 h-2 w-3 rounded-sm focus-visible:outline-3 focus-visible:outline-accent ${props.open ? 'bg-accent' : 'bg-muted/60 hover:bg-ink'}`}
      />
      {shown.map((ev) => {
        const inside = eventInRange(ev, time);
        const label = `${ev.date}${ev.dateEnd ? ` – ${ev.dateEnd}` : ''}: ${relationSentence(graph, ev.id, lang)}${inside ? '' : ` ${t('analysis.outOfRange', lang)}`}`;
        return (
          <button
            key={ev.id}
            type="button"
            tabIndex={-1}
            aria-label={label}
            title={label}
            data-relation={ev.id}
            data-in-range={inside}
            onClick={() => props.onSelectRelation(ev.id)}
            className={`h-1.5 w-1.5 rounded-full border-[1.5px] ${CATEGORY_BORDER[ev.category]} ${ev.status === 'claim' ? 'bg-white' : CATEGORY_BG[ev.category]} ${inside ? '' : 'opacity-30'} ${ev.id === selectedRelation ? 'outline-2 outline-offset-1 outline-ink' : ''}`}
          />
        );
      })}
      {more > 0 && props.badge ? (
        <span aria-hidden="true" className="text-[9px] leading-none font-semibold text-ink tabular-nums">
          {t('analysis.monthMore', lang, { n: more })}
        </span>
      ) : null}
    </div>
  );
}

/** The axis width in px (null until measured), followed as the strip resizes. */
function useWidth(ref: RefObject<HTMLDivElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** The strip; all state lives in `time` (view state) except the open month list, Play and (uncontrolled) the phone sheet. */
export function TimelineStrip({ graph, lang, time, onChange, onSelectRelation, selectedRelation = null, expanded, onExpandedChange }: TimelineStripProps) {
  const model = useMemo(() => timelineModel(graph), [graph]);
  const { extent, bins, undated } = model;
  const ids = { heading: useId(), from: useId(), to: useId(), mode: useId(), body: useId() };
  const [openMonth, setOpenMonth] = useState<number | null>(null);
  const [listed, setListed] = useState(MONTH_LIST_PAGE);
  const datedCount = useMemo(() => bins.reduce((n, b) => n + b.events.length, 0), [bins]);
  const aggregate = datedCount > TIMELINE_AGGREGATE_ABOVE;
  const busiest = useMemo(() => bins.reduce((m, b) => Math.max(m, b.events.length), 0), [bins]);
  const [ownExpanded, setOwnExpanded] = useState(false);
  const sheetOpen = expanded ?? ownExpanded;
  const setSheetOpen = (open: boolean): void => {
    setOwnExpanded(open);
    onExpandedChange?.(open);
  };
  const axis = useRef<HTMLDivElement>(null);
  const [rovingMonth, setRovingMonth] = useState<number | null>(null);
  const tabbableMonth = bins.some((b) => b.index === rovingMonth) ? rovingMonth : (openMonth ?? bins[0]?.index ?? null);
  const onAxisKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const at = bins.findIndex((b) => b.index === tabbableMonth);
    const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: bins.length - 1 }[e.key];
    const next = to === undefined ? undefined : bins[Math.max(0, Math.min(bins.length - 1, to))];
    if (!next) return;
    e.preventDefault();
    setRovingMonth(next.index);
    axis.current?.querySelector<HTMLButtonElement>(`[data-month-button="${next.index}"]`)?.focus();
  };
  const axisWidth = useWidth(axis);
  const player = useTimelinePlayer(time, extent, onChange);
  const range = extent ? rangeIndexes(time, extent) : null;
  const full = time.from === null && time.to === null;
  const openBin = bins.find((b) => b.index === openMonth) ?? null;
  const badges = useMemo(() => {
    if (!extent || axisWidth === null || aggregate) return null;
    const slots = bins
      .filter((b) => b.events.length > DOTS_PER_MONTH)
      .map((b) => ({ index: b.index, x: (axisPercent(b.index, extent) / 100) * axisWidth, count: b.events.length - (DOTS_PER_MONTH - 1) }));
    return fittingBadges(slots);
  }, [bins, extent, axisWidth, aggregate]);
  const barWidth = extent && axisWidth !== null ? Math.max(2, Math.min(12, axisWidth / (extent.max - extent.min + 1) - 1)) : 4;
  const toggleMonth = (index: number): void => {
    setRovingMonth(index);
    setListed(MONTH_LIST_PAGE);
    setOpenMonth((m) => (m === index ? null : index));
  };
  const discrete = (next: TimeRange) => {
    player.stop();
    onChange(next, { continuous: false });
  };
  const slide = (end: 'from' | 'to', value: number) => {
    if (!extent || !range) return;
    player.stop();
    const next = end === 'from' ? withRange(time, Math.min(value, range.to), range.to, extent) : withRange(time, range.from, Math.max(value, range.from), extent);
    onChange(next, { continuous: true });
  };

  return (
    <section
      aria-labelledby={ids.heading}
      data-expanded={sheetOpen}
      className="relative border-t border-muted/30 bg-white px-3 py-1.5 text-ink"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && sheetOpen && !e.defaultPrevented) {
          e.preventDefault();
          setSheetOpen(false);
          document.getElementById(ids.heading)?.querySelector('button')?.focus();
        }
      }}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h2 id={ids.heading} className="text-sm font-semibold">
          <span className="max-md:hidden">{t('analysis.timelineHeading', lang)}</span>
          <button
            type="button"
            aria-expanded={sheetOpen}
            aria-controls={ids.body}
            onClick={() => setSheetOpen(!sheetOpen)}
            className={`${button} font-semibold md:hidden ${sheetOpen ? 'border-accent' : ''}`}
          >
            {t('analysis.timelineHeading', lang)}
            <span aria-hidden="true">{sheetOpen ? '▾' : '▴'}</span>
          </button>
        </h2>
        <p aria-live={player.playing ? 'off' : 'polite'} className="min-w-0 text-sm text-muted max-md:flex-1 max-md:truncate">
          {full || !range ? t('analysis.rangeAll', lang) : t('analysis.range', lang, { from: formatMonth(monthFromIndex(range.from), lang), to: formatMonth(monthFromIndex(range.to), lang) })}
        </p>
        <div
          id={ids.body}
          className={`md:contents max-md:absolute max-md:inset-x-0 max-md:bottom-full max-md:z-30 max-md:max-h-[45dvh] max-md:flex-col max-md:gap-2 max-md:overflow-y-auto max-md:rounded-t-2xl max-md:border-t max-md:border-muted/30 max-md:bg-white max-md:px-3 max-md:py-3 max-md:shadow-[0_-8px_24px_rgba(0,0,0,0.18)] ${sheetOpen ? 'max-md:flex' : 'max-md:hidden'}`}
        >
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 md:contents">
            <button type="button" className={button} onClick={player.toggle} disabled={!extent}>
              <span aria-hidden="true">{player.playing ? '❚❚' : '▶'}</span>
              {t(player.playing ? 'analysis.pause' : 'analysis.play', lang)}
            </button>
            <button type="button" className={button} disabled={full} onClick={() => discrete({ ...time, from: null, to: null })}>
              {t('analysis.allTime', lang)}
            </button>
            <fieldset className="inline-flex items-center gap-2 text-sm">
              <legend className="float-left mr-1.5 text-muted">{t('analysis.outside', lang)}</legend>
              {(['hide', 'fade'] as const).map((mode) => (
                <label key={mode} className="inline-flex items-center gap-1">
                  <input type="radio" name={ids.mode} value={mode} checked={time.mode === mode} onChange={() => discrete({ ...time, mode })} className="accent-accent" />
                  {t(`analysis.${mode}`, lang)}
                </label>
              ))}
            </fieldset>
            <label className="inline-flex items-center gap-1.5 text-sm">
              <input type="checkbox" checked={time.showUndated} onChange={(e) => discrete({ ...time, showUndated: e.target.checked })} className="accent-accent" />
              {t('analysis.showUndated', lang)}
            </label>
            <span className="inline-flex items-center gap-1 text-sm text-muted" data-undated={undated}>
              <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full border border-dashed border-muted" />
              {t('analysis.undated', lang, { n: undated })}
            </span>
          </div>
          {extent && range ? (
            <div className="flex justify-between gap-3 text-sm max-md:order-1 md:ml-auto">
              <span>
                <label htmlFor={ids.from} className="font-medium">
                  {t('analysis.from', lang)}
                </label>{' '}
                <output htmlFor={ids.from} className="text-muted tabular-nums">
                  {formatMonth(monthFromIndex(range.from), lang)}
                </output>
              </span>
              <span>
                <label htmlFor={ids.to} className="font-medium">
                  {t('analysis.to', lang)}
                </label>{' '}
                <output htmlFor={ids.to} className="text-muted tabular-nums">
                  {formatMonth(monthFromIndex(range.to), lang)}
                </output>
              </span>
            </div>
          ) : null}
          {extent && range ? (
            <div className="md:order-1 md:basis-full">
              <div
                ref={axis}
                role="group"
                aria-label={t('analysis.timelineAxis', lang, { from: formatMonth(monthFromIndex(extent.min), lang), to: formatMonth(monthFromIndex(extent.max), lang) })}
                className="relative mx-2 h-12"
                onKeyDown={onAxisKey}
              >
                <div
                  aria-hidden="true"
                  className="absolute inset-y-0 rounded bg-accent/10"
                  style={{ left: `${axisPercent(range.from, extent)}%`, right: `${100 - axisPercent(range.to, extent)}%` }}
                />
                {bins.map((bin) =>
                  aggregate ? (
                    <MonthBar
                      key={bin.index}
                      lang={lang}
                      bin={bin}
                      left={axisPercent(bin.index, extent)}
                      width={barWidth}
                      max={busiest}
                      inRange={bin.index >= range.from && bin.index <= range.to}
                      open={openMonth === bin.index}
                      tabbable={tabbableMonth === bin.index}
                      onToggle={() => toggleMonth(bin.index)}
                    />
                  ) : (
                    <MonthColumn
                      key={bin.index}
                      graph={graph}
                      lang={lang}
                      bin={bin}
                      left={axisPercent(bin.index, extent)}
                      time={time}
                      open={openMonth === bin.index}
                      tabbable={tabbableMonth === bin.index}
                      badge={badges === null || badges.has(bin.index)}
                      selectedRelation={selectedRelation}
                      onSelectRelation={onSelectRelation}
                      onToggle={() => toggleMonth(bin.index)}
                    />
                  ),
                )}
              </div>
              <div aria-hidden="true" className="relative mx-2 h-3 border-t border-muted/40 text-[10px] leading-3 text-muted">
                {yearTicks(extent).map((tick) => (
                  <span key={tick.year} className="absolute top-0 -translate-x-1/2 tabular-nums" style={{ left: `${axisPercent(tick.index, extent)}%` }}>
                    {tick.year}
                  </span>
                ))}
              </div>
              <div className="relative h-6">
                <div aria-hidden="true" className="absolute inset-x-2 top-2.5 h-1 rounded bg-muted/25" />
                {(['from', 'to'] as const).map((end) => (
                  <input
                    key={end}
                    id={ids[end]}
                    type="range"
                    min={extent.min}
                    max={extent.max}
                    step={1}
                    value={range[end]}
                    aria-valuetext={t('analysis.sliderValue', lang, { end: t(`analysis.${end}`, lang), month: formatMonth(monthFromIndex(range[end]), lang, true) })}
                    onChange={(e) => slide(end, Number(e.target.value))}
                    className={`${thumb} ${end === 'from' && range.from > (extent.min + extent.max) / 2 ? 'z-20' : 'z-10'}`}
                  />
                ))}
              </div>
            </div>
          ) : null}
          {openBin ? (
            <div
              role="region"
              aria-label={t('analysis.monthList', lang, { month: formatMonth(openBin.month, lang) })}
              className="max-h-48 overflow-y-auto rounded border border-muted/30 p-2 max-md:order-2 md:order-1 md:mt-1 md:basis-full"
            >
              <div className="mb-1 flex items-center justify-between">
                <h3 className="text-sm font-semibold">{t('analysis.monthList', lang, { month: formatMonth(openBin.month, lang) })}</h3>
                <button type="button" className={button} onClick={() => setOpenMonth(null)}>
                  {t('analysis.close', lang)}
                </button>
              </div>
              <ul className="space-y-1">
                {openBin.events.slice(0, listed).map((ev) => (
                  <li key={ev.id} data-in-range={eventInRange(ev, time)}>
                    <RelationLine graph={graph} id={ev.id} lang={lang} quote={false} prefix={ev.dateEnd ? `${ev.date} – ${ev.dateEnd}` : ev.date} onSelectRelation={onSelectRelation} />
                    {eventInRange(ev, time) ? null : <span className="ml-10 text-xs text-muted">{t('analysis.outOfRange', lang)}</span>}
                  </li>
                ))}
              </ul>
              {openBin.events.length > listed ? (
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted" data-month-more={openBin.events.length - listed}>
                  {t('analysis.monthListMore', lang, { n: openBin.events.length - listed })}
                  <button type="button" className={button} onClick={() => setListed((n) => n + MONTH_LIST_PAGE)}>
                    {t('analysis.monthListShowMore', lang, { n: Math.min(MONTH_LIST_PAGE, openBin.events.length - listed) })}
                  </button>
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}
