// The article reader: the source text, one <p> per line, evidence marked, names clickable; one Tab stop, arrow keys inside.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Lang } from '../../state/types';
import { ReaderLine } from './ReaderLine';
import type { MarkedSegment } from '../../model/queries';
import { initialTabStop, itemStarts, movedIndex, readerLines } from './readerLines';
import { t } from '../i18n';
import { blockEditing, readOnlyEditableProps } from '../edit/passages/readOnlyEditable';

/** A request to scroll to [start, end) and flash it; a new `nonce` repeats the request for the same range. */
export interface ReaderFlash {
  start: number;
  end: number;
  nonce: number;
}

export interface ReaderProps {
  /** The full source text (CompiledDataset.texts[sourceId]). */
  text: string;
  /** Heading shown above the text (e.g. the source title); defaults to "Article". Rendered as text. */
  title?: string;
  /** BCP 47 language of the text (e.g. the source's `zh-Hant`), set as `lang` on the text. */
  textLang?: string;
  lang: Lang;
  /** `evidenceSpans(graph, sourceId)` from model/queries (ids = relation ids); memoise it so segmenting stays memoised. */
  evidence: readonly MarkedSegment[];
  /** `mentionSpans(graph, sourceId)` from model/queries (ids = entity ids); memoise it too. */
  mentions: readonly MarkedSegment[];
  /** Relations whose spans are emphasised (e.g. the selected relation). */
  activeRelationIds: readonly string[];
  /** Scroll this range into view and flash it; null = nothing to do. */
  flash: ReaderFlash | null;
  /** A marked span was activated: every relation it backs. */
  onSelectRelations: (relationIds: string[]) => void;
  /** A mention was activated. */
  onSelectEntity: (entityId: string) => void;
  className?: string;
  /** Edit mode: the text takes a caret and Shift+arrow selection (read-only `contenteditable`) for passages of this source. */
  editSource?: string;
}

const FLASH_MS = 2000;

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The keyboard item (`data-item`) an element stands for: itself, or for the mouse-only quote pieces the item of their mark. */
function itemOf(el: EventTarget | null): HTMLElement | null {
  if (!(el instanceof HTMLElement)) return null;
  if (el.dataset.item !== undefined) return el;
  return el.dataset.quote !== undefined ? (el.closest('mark')?.querySelector<HTMLElement>('[data-quote][data-item]') ?? null) : null;
}

const EDGE_PX = 16;

/** Scrolls only the reader's own scroller, never the page (scrollIntoView would also scroll the page's overflow-hidden boxes on phones). */
function scrollWithin(target: HTMLElement, how: 'center' | 'nearest', smooth: boolean): void {
  let scroller = target.parentElement;
  while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  const t = target.getBoundingClientRect();
  let top = 0;
  if (how === 'center') top = t.top - box.top - (box.height - t.height) / 2;
  else if (t.top < box.top + EDGE_PX) top = t.top - box.top - EDGE_PX;
  else if (t.bottom > box.bottom - EDGE_PX) top = t.bottom - box.bottom + EDGE_PX;
  if (top !== 0) scroller.scrollBy({ top, behavior: smooth ? 'smooth' : 'auto' });
}

/**
 * A labelled region holding the article; segmenting is memoised on (text, evidence, mentions). Its marked passages and
 * names are one Tab stop (roving tabindex: the last focused, else the active relation's first passage, else the first);
 * arrow keys, Home and End move between them, Enter and Space select.
 */
export function Reader(props: ReaderProps) {
  const { text, title, textLang, lang, evidence, mentions, activeRelationIds, flash, className = '' } = props;
  const headingId = useId();
  const hintId = useId();
  const lines = useMemo(() => readerLines(text, evidence, mentions), [text, evidence, mentions]);
  const active = useMemo(() => new Set(activeRelationIds), [activeRelationIds]);
  const activeKeys = useMemo(
    () =>
      lines.map((line) => {
        const ids = new Set<string>();
        for (const run of line.runs) if (run.kind === 'evidence') for (const id of run.relationIds) if (active.has(id)) ids.add(id);
        return [...ids].sort().join(' ');
      }),
    [lines, active],
  );

  // The roving Tab stop: lines get it only when it is theirs, so a move re-renders two lines, not all.
  const items = useMemo(() => new Set(itemStarts(lines)), [lines]);
  const initial = useMemo(() => initialTabStop(lines, active), [lines, active]);
  const [focused, setFocused] = useState<number | null>(null);
  const tabStop = focused !== null && items.has(focused) ? focused : initial;
  const onFocus = useCallback((e: FocusEvent<HTMLDivElement>) => {
    const at = Number(itemOf(e.target)?.dataset.item);
    if (Number.isInteger(at)) setFocused(at);
  }, []);

  // Stable callbacks, so memoised lines do not re-render when the parent passes new closures.
  const callbacks = useRef({ onSelectRelations: props.onSelectRelations, onSelectEntity: props.onSelectEntity });
  useLayoutEffect(() => {
    callbacks.current = { onSelectRelations: props.onSelectRelations, onSelectEntity: props.onSelectEntity };
  });
  const onSelectRelations = useCallback((ids: string[]) => callbacks.current.onSelectRelations(ids), []);
  const onSelectEntity = useCallback((id: string) => callbacks.current.onSelectEntity(id), []);

  const container = useRef<HTMLDivElement>(null);
  const editSource = props.editSource;
  useEffect(() => (editSource !== undefined && container.current ? blockEditing(container.current) : undefined), [editSource]);
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLDivElement>) => {
    const current = itemOf(e.target);
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !current || !container.current) return;
    const all = [...container.current.querySelectorAll<HTMLElement>('[data-item]')];
    const next = all[movedIndex(e.key, all.indexOf(current), all.length) ?? -1];
    if (!next) return;
    e.preventDefault();
    next.focus({ preventScroll: true });
    scrollWithin(next, 'nearest', false);
  }, []);
  const [doneNonce, setDoneNonce] = useState<number | null>(null);
  const flashNonce = flash ? flash.nonce : null;
  useEffect(() => {
    if (flashNonce === null) return;
    const root = container.current;
    const target = root?.querySelector<HTMLElement>('[data-flash="true"]') ?? root?.querySelector<HTMLElement>('[data-flash-line="true"]');
    if (target) scrollWithin(target, 'center', !prefersReducedMotion());
    // The flashed quote becomes the Tab stop (through onFocus).
    (target?.querySelector<HTMLElement>('[data-quote][data-item]') ?? target?.querySelector<HTMLElement>('[data-item]'))?.focus({ preventScroll: true });
    const timer = window.setTimeout(() => setDoneNonce(flashNonce), FLASH_MS);
    return () => window.clearTimeout(timer);
  }, [flashNonce]);
  const flashing = flash && flash.nonce !== doneNonce ? flash : null;

  return (
    <section aria-labelledby={headingId} className={`text-ink ${className}`} data-panel="reader">
      {/* Compact: at most two lines on screen; the whole title stays in the heading's text (and its tooltip). */}
      <h2 id={headingId} className="line-clamp-2 text-sm leading-snug font-semibold" title={title ?? t('panels.readerHeading', lang)}>
        <bdi>{title ?? t('panels.readerHeading', lang)}</bdi>
      </h2>
      <p id={hintId} className="mb-2 text-xs text-muted">
        {t('panels.readerHint', lang)}
        <span className="sr-only"> {t('panels.readerKeys', lang)}</span>
      </p>
      <div
        ref={container}
        role="group"
        aria-labelledby={headingId}
        aria-describedby={hintId}
        lang={textLang}
        className="text-base"
        onFocus={onFocus}
        onKeyDown={onKeyDown}
        {...(editSource !== undefined ? readOnlyEditableProps(editSource) : {})}
      >
        {lines.map((line, i) => {
          const touches = flashing !== null && line.start <= flashing.end && line.end >= flashing.start;
          return (
            <ReaderLine
              key={line.start}
              line={line}
              activeKey={activeKeys[i] ?? ''}
              flashStart={touches ? flashing.start : null}
              flashEnd={touches ? flashing.end : null}
              tabStop={tabStop !== null && tabStop >= line.start && tabStop < line.end ? tabStop : null}
              lang={lang}
              onSelectRelations={onSelectRelations}
              onSelectEntity={onSelectEntity}
            />
          );
        })}
      </div>
    </section>
  );
}
