// The article reader: the full source text, one <p> per line, evidence spans marked and entity mentions clickable.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../../state/types';
import { ReaderLine } from './ReaderLine';
import type { MarkedSegment } from '../../model/queries';
import { readerLines } from './readerLines';
import { panelStrings } from './strings';

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
}

const FLASH_MS = 2000;

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** A labelled region holding the article; segmenting is memoised on (text, evidence, mentions). */
export function Reader(props: ReaderProps) {
  const { text, title, textLang, lang, evidence, mentions, activeRelationIds, flash, className = '' } = props;
  const s = panelStrings[lang];
  const headingId = useId();
  const lines = useMemo(() => readerLines(text, evidence, mentions), [text, evidence, mentions]);
  const active = useMemo(() => new Set(activeRelationIds), [activeRelationIds]);

  // Stable callbacks, so memoised lines do not re-render when the parent passes new closures.
  const callbacks = useRef({ onSelectRelations: props.onSelectRelations, onSelectEntity: props.onSelectEntity });
  useLayoutEffect(() => {
    callbacks.current = { onSelectRelations: props.onSelectRelations, onSelectEntity: props.onSelectEntity };
  });
  const onSelectRelations = useCallback((ids: string[]) => callbacks.current.onSelectRelations(ids), []);
  const onSelectEntity = useCallback((id: string) => callbacks.current.onSelectEntity(id), []);

  const container = useRef<HTMLDivElement>(null);
  const [doneNonce, setDoneNonce] = useState<number | null>(null);
  const flashNonce = flash ? flash.nonce : null;
  useEffect(() => {
    if (flashNonce === null) return;
    const root = container.current;
    const target = root?.querySelector<HTMLElement>('[data-flash="true"]') ?? root?.querySelector<HTMLElement>('[data-flash-line="true"]');
    // Scroll only the reader's own scroller: scrollIntoView would also scroll the page's overflow-hidden boxes (phones).
    let scroller = target?.parentElement ?? null;
    while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
    if (target && scroller) {
      const box = scroller.getBoundingClientRect();
      const t = target.getBoundingClientRect();
      scroller.scrollBy({ top: t.top - box.top - (box.height - t.height) / 2, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    }
    target?.querySelector<HTMLElement>('[data-quote][tabindex="0"]')?.focus({ preventScroll: true });
    const timer = window.setTimeout(() => setDoneNonce(flashNonce), FLASH_MS);
    return () => window.clearTimeout(timer);
  }, [flashNonce]);
  const flashing = flash && flash.nonce !== doneNonce ? flash : null;

  return (
    <section aria-labelledby={headingId} className={`text-ink ${className}`} data-panel="reader">
      {/* Compact: at most two lines on screen; the whole title stays in the heading's text (and its tooltip). */}
      <h2 id={headingId} className="line-clamp-2 text-sm leading-snug font-semibold" title={title ?? s.readerHeading}>
        <bdi>{title ?? s.readerHeading}</bdi>
      </h2>
      <p className="mb-2 text-xs text-muted">{s.readerHint}</p>
      <div ref={container} lang={textLang} className="text-base">
        {lines.map((line) => {
          const ids = new Set<string>();
          for (const run of line.runs) if (run.kind === 'evidence') for (const id of run.relationIds) if (active.has(id)) ids.add(id);
          const touches = flashing !== null && line.start <= flashing.end && line.end >= flashing.start;
          return (
            <ReaderLine
              key={line.start}
              line={line}
              activeKey={[...ids].sort().join(' ')}
              flashStart={touches ? flashing.start : null}
              flashEnd={touches ? flashing.end : null}
              strings={s}
              onSelectRelations={onSelectRelations}
              onSelectEntity={onSelectEntity}
            />
          );
        })}
      </div>
    </section>
  );
}
