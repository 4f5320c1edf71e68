// The timeline strip under the graph: dated relations by month, a two-thumb range, hide/fade, undated, Play/Pause.
import { useId, useMemo, useState } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import { monthFromIndex } from '../../model/timeline';
import type { Lang, TimeRange } from '../../state/types';
import { CATEGORY_BG, CATEGORY_BORDER } from './categoryClasses';
import { RelationLine } from './RelationLine';
import { relationSentence } from './relationText';
import { at, formatMonth } from './strings';
import { axisPercent, eventInRange, rangeIndexes, timelineModel, withRange, yearTicks, type MonthBin } from './timelineModel';
import { useTimelinePlayer } from './useTimelinePlayer';

export interface TimelineStripProps {
  graph: EvidenceGraph;
  lang: Lang;
  time: TimeRange;
  /** `continuous` for slider ticks and Play steps (replace the URL), false for discrete changes (new history entry). */
  onChange: (time: TimeRange, opts: { continuous: boolean }) => void;
  onSelectRelation: (id: string) => void;
  /** The selected relation, ringed on the strip. */
  selectedRelation?: string | null;
}

/** Dots drawn per month before the rest are summarised as "+n". */
export const DOTS_PER_MONTH = 5;

const button =
  'inline-flex items-center gap-1 rounded-md border border-muted/50 bg-white px-2 py-1 text-sm text-ink hover:bg-black/5 focus-visible:outline-3 focus-visible:outline-accent disabled:opacity-50';
const thumb =
  'pointer-events-none absolute inset-x-0 top-0 h-5 w-full appearance-none bg-transparent focus-visible:outline-none [&::-webkit-slider-thumb]:pointer-events-auto [&::-webkit-slider-thumb]:h-4 [&::-webkit-slider-thumb]:w-4 [&::-webkit-slider-thumb]:cursor-pointer [&::-webkit-slider-thumb]:appearance-none [&::-webkit-slider-thumb]:rounded-full [&::-webkit-slider-thumb]:border-2 [&::-webkit-slider-thumb]:border-white [&::-webkit-slider-thumb]:bg-accent [&::-webkit-slider-thumb]:shadow [&::-moz-range-thumb]:pointer-events-auto [&::-moz-range-thumb]:h-4 [&::-moz-range-thumb]:w-4 [&::-moz-range-thumb]:cursor-pointer [&::-moz-range-thumb]:rounded-full [&::-moz-range-thumb]:border-2 [&::-moz-range-thumb]:border-white [&::-moz-range-thumb]:bg-accent focus-visible:[&::-webkit-slider-thumb]:outline-3 focus-visible:[&::-webkit-slider-thumb]:outline-offset-1 focus-visible:[&::-webkit-slider-thumb]:outline-ink';

function MonthColumn(props: {
  graph: EvidenceGraph;
  lang: Lang;
  bin: MonthBin;
  left: number;
  time: TimeRange;
  open: boolean;
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
        aria-label={at('monthButton', lang, { month, n: bin.events.length })}
        aria-expanded={props.open}
        title={at('monthButton', lang, { month, n: bin.events.length })}
        onClick={props.onToggle}
        className={`mt-0.5 h-2 w-3 rounded-sm focus-visible:outline-3 focus-visible:outline-accent ${props.open ? 'bg-accent' : 'bg-muted/60 hover:bg-ink'}`}
      />
      {shown.map((ev) => {
        const inside = eventInRange(ev, time);
        const label = `${ev.date}${ev.dateEnd ? ` – ${ev.dateEnd}` : ''}: ${relationSentence(graph, ev.id, lang)}${inside ? '' : ` ${at('outOfRange', lang)}`}`;
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
            className={`h-[7px] w-[7px] rounded-full border-[1.5px] ${CATEGORY_BORDER[ev.category]} ${ev.status === 'claim' ? 'bg-white' : CATEGORY_BG[ev.category]} ${inside ? '' : 'opacity-30'} ${ev.id === selectedRelation ? 'outline-2 outline-offset-1 outline-ink' : ''}`}
          />
        );
      })}
      {more > 0 ? (
        <span aria-hidden="true" className="text-[9px] leading-none font-semibold text-ink tabular-nums">
          {at('monthMore', lang, { n: more })}
        </span>
      ) : null}
    </div>
  );
}

/** The strip; all state lives in `time` (view state) except the open month list and Play. */
export function TimelineStrip({ graph, lang, time, onChange, onSelectRelation, selectedRelation = null }: TimelineStripProps) {
  const model = useMemo(() => timelineModel(graph), [graph]);
  const { extent, bins, undated } = model;
  const ids = { heading: useId(), from: useId(), to: useId(), mode: useId() };
  const [openMonth, setOpenMonth] = useState<number | null>(null);
  const player = useTimelinePlayer(time, extent, onChange);
  const range = extent ? rangeIndexes(time, extent) : null;
  const full = time.from === null && time.to === null;
  const openBin = bins.find((b) => b.index === openMonth) ?? null;
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
    <section aria-labelledby={ids.heading} className="border-t border-muted/30 bg-white px-3 py-2 text-ink">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
        <h2 id={ids.heading} className="text-sm font-semibold">
          {at('timelineHeading', lang)}
        </h2>
        <button type="button" className={button} onClick={player.toggle} disabled={!extent}>
          <span aria-hidden="true">{player.playing ? '❚❚' : '▶'}</span>
          {at(player.playing ? 'pause' : 'play', lang)}
        </button>
        <button type="button" className={button} disabled={full} onClick={() => discrete({ ...time, from: null, to: null })}>
          {at('allTime', lang)}
        </button>
        <fieldset className="inline-flex items-center gap-2 text-sm">
          <legend className="float-left mr-1.5 text-muted">{at('outside', lang)}</legend>
          {(['hide', 'fade'] as const).map((mode) => (
            <label key={mode} className="inline-flex items-center gap-1">
              <input type="radio" name={ids.mode} value={mode} checked={time.mode === mode} onChange={() => discrete({ ...time, mode })} className="accent-accent" />
              {at(mode, lang)}
            </label>
          ))}
        </fieldset>
        <label className="inline-flex items-center gap-1.5 text-sm">
          <input type="checkbox" checked={time.showUndated} onChange={(e) => discrete({ ...time, showUndated: e.target.checked })} className="accent-accent" />
          {at('showUndated', lang)}
        </label>
        <span className="inline-flex items-center gap-1 text-sm text-muted" data-undated={undated}>
          <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full border border-dashed border-muted" />
          {at('undated', lang, { n: undated })}
        </span>
        <p aria-live={player.playing ? 'off' : 'polite'} className="text-sm text-muted">
          {full || !range ? at('rangeAll', lang) : at('range', lang, { from: formatMonth(monthFromIndex(range.from), lang), to: formatMonth(monthFromIndex(range.to), lang) })}
        </p>
      </div>
      {extent && range ? (
        <div className="mt-1">
          <div role="group" aria-label={at('timelineAxis', lang, { from: formatMonth(monthFromIndex(extent.min), lang), to: formatMonth(monthFromIndex(extent.max), lang) })} className="relative mx-2 h-14">
            <div
              aria-hidden="true"
              className="absolute inset-y-0 rounded bg-accent/10"
              style={{ left: `${axisPercent(range.from, extent)}%`, right: `${100 - axisPercent(range.to, extent)}%` }}
            />
            {bins.map((bin) => (
              <MonthColumn
                key={bin.index}
                graph={graph}
                lang={lang}
                bin={bin}
                left={axisPercent(bin.index, extent)}
                time={time}
                open={openMonth === bin.index}
                selectedRelation={selectedRelation}
                onSelectRelation={onSelectRelation}
                onToggle={() => setOpenMonth((m) => (m === bin.index ? null : bin.index))}
              />
            ))}
          </div>
          <div aria-hidden="true" className="relative mx-2 h-3.5 border-t border-muted/40 text-[10px] text-muted">
            {yearTicks(extent).map((tick) => (
              <span key={tick.year} className="absolute top-0 -translate-x-1/2 tabular-nums" style={{ left: `${axisPercent(tick.index, extent)}%` }}>
                {tick.year}
              </span>
            ))}
          </div>
          <div className="relative mt-1 h-5">
            <div aria-hidden="true" className="absolute inset-x-2 top-2 h-1 rounded bg-muted/25" />
            {(['from', 'to'] as const).map((end) => (
              <input
                key={end}
                id={ids[end]}
                type="range"
                min={extent.min}
                max={extent.max}
                step={1}
                value={range[end]}
                aria-valuetext={formatMonth(monthFromIndex(range[end]), lang)}
                onChange={(e) => slide(end, Number(e.target.value))}
                className={`${thumb} ${end === 'from' && range.from > (extent.min + extent.max) / 2 ? 'z-20' : 'z-10'}`}
              />
            ))}
          </div>
          <div className="flex justify-between text-sm">
            <span>
              <label htmlFor={ids.from} className="font-medium">
                {at('from', lang)}
              </label>{' '}
              <output htmlFor={ids.from} className="text-muted tabular-nums">
                {formatMonth(monthFromIndex(range.from), lang)}
              </output>
            </span>
            <span>
              <label htmlFor={ids.to} className="font-medium">
                {at('to', lang)}
              </label>{' '}
              <output htmlFor={ids.to} className="text-muted tabular-nums">
                {formatMonth(monthFromIndex(range.to), lang)}
              </output>
            </span>
          </div>
        </div>
      ) : null}
      {openBin ? (
        <div role="region" aria-label={at('monthList', lang, { month: formatMonth(openBin.month, lang) })} className="mt-2 max-h-48 overflow-y-auto rounded border border-muted/30 p-2">
          <div className="mb-1 flex items-center justify-between">
            <h3 className="text-sm font-semibold">{at('monthList', lang, { month: formatMonth(openBin.month, lang) })}</h3>
            <button type="button" className={button} onClick={() => setOpenMonth(null)}>
              {at('close', lang)}
            </button>
          </div>
          <ul className="space-y-1">
            {openBin.events.map((ev) => (
              <li key={ev.id} data-in-range={eventInRange(ev, time)}>
                <RelationLine graph={graph} id={ev.id} lang={lang} quote={false} prefix={ev.dateEnd ? `${ev.date} – ${ev.dateEnd}` : ev.date} onSelectRelation={onSelectRelation} />
                {eventInRange(ev, time) ? null : <span className="ml-10 text-xs text-muted">{at('outOfRange', lang)}</span>}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
