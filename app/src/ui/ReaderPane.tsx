// The article beside the graph (a sheet on phones, with Back and Close): the panels' Reader fed with memoised spans for one source.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { EvidenceGraph } from '../model/graph';
import type { Lang, Selection } from '../state/types';
import { evidenceSpans, mentionSpans, parallelRelations } from '../model/queries';
import { Reader, type ReaderFlash } from './panels';
import { t } from './i18n';
import { SHEET_CLASSES, SheetHeader } from './phone/SheetHeader';
import { useEditSessionContext } from './edit/explorerEdit';
import { PassageBar } from './edit/passages/deferredPassages';

export interface ReaderPaneProps {
  graph: EvidenceGraph;
  texts: Readonly<Record<string, string>>;
  lang: Lang;
  selection: Selection;
  flash: ReaderFlash | null;
  onSelect: (sel: Selection) => void;
  /** Closes the article (the sheet's × on phones). */
  onClose: () => void;
  /** On phones, when the details/evidence sheet is behind this one: bring it back to the front. */
  onBack?: (() => void) | null;
  /** On phones: another sheet is in front, so this one is hidden (kept mounted). */
  sheetHidden?: boolean;
  /** Character offset to show at the top when the article opens (from the link); null = the top. */
  offset?: number | null;
  /** Reports (debounced) the start offset of the first line visible at the top, as the reader scrolls. */
  onOffsetChange?: (offset: number) => void;
}

const SCROLL_REPORT_MS = 250;

/** The reader's scroll box and its lines (`<p data-start>`). */
function readerLines(root: HTMLElement | null): { scroller: HTMLElement; lines: HTMLElement[] } | null {
  const scroller = root?.querySelector<HTMLElement>('[data-panel="reader"]');
  if (!scroller) return null;
  return { scroller, lines: [...scroller.querySelectorAll<HTMLElement>('p[data-start]')] };
}

/** Keeps the reader's scroll position and the link in step: restore on open, report while scrolling. */
function useReaderScroll(root: RefObject<HTMLElement | null>, offset: number | null, onOffsetChange?: (offset: number) => void): void {
  const initial = useRef(offset);
  const current = useRef(offset);
  const report = useRef(onOffsetChange);
  useEffect(() => {
    report.current = onOffsetChange;
    current.current = offset;
  });
  useEffect(() => {
    const found = readerLines(root.current);
    if (!found) return;
    const { scroller, lines } = found;
    const lineAt = (offset: number): HTMLElement | undefined => [...lines].reverse().find((p) => Number(p.dataset.start) <= offset);
    const start = initial.current;
    if (start !== null && start > 0) {
      const line = lineAt(start);
      // The first line stays below the heading: only a later line is brought to the top.
      if (line && line !== lines[0]) scroller.scrollTop += line.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const top = scroller.getBoundingClientRect().top;
        const first = lines.find((p) => p.getBoundingClientRect().bottom > top + 1);
        const at = first ? Number(first.dataset.start) : 0;
        // The line the link already points into (e.g. after restoring it) is no change: the link stays as it was opened.
        const known = current.current === null ? 0 : Number(lineAt(current.current)?.dataset.start ?? 0);
        if (Number.isFinite(at) && at !== known) report.current?.(at);
      }, SCROLL_REPORT_MS);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [root]);
}

/** The source to read: the chosen one (edit mode), else the first. */
function pickSource(sources: ReadonlyArray<{ id: string }>, chosen: string | null): string {
  return (sources.find((s) => s.id === chosen) ?? sources[0])?.id ?? '';
}

/** Shows the first source (the built-in dataset has one); evidence spans select relations, mentions select entities. */
export function ReaderPane({ graph, texts, lang, selection, flash, onSelect, onClose, onBack, sheetHidden, offset = null, onOffsetChange }: ReaderPaneProps) {
  const [collapsed, setCollapsed] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  useReaderScroll(rootRef, offset, onOffsetChange);
  // Edit mode: the text is selectable as passages (edit/passages/), and a draft with several sources picks which one to read.
  const editing = useEditSessionContext() !== null;
  const [chosen, setChosen] = useState<string | null>(null);
  const sourceId = pickSource(graph.getAttribute('sources'), editing ? chosen : null);
  const evidence = useMemo(() => (sourceId ? evidenceSpans(graph, sourceId) : []), [graph, sourceId]);
  const mentions = useMemo(() => (sourceId ? mentionSpans(graph, sourceId) : []), [graph, sourceId]);
  const active = useMemo(() => {
    if (selection?.kind === 'relation') return [selection.id];
    if (selection?.kind === 'entity' && graph.hasNode(selection.id)) return graph.edges(selection.id);
    if (selection?.kind === 'bundle') {
      const [a = '', b = ''] = selection.id.split('~');
      if (graph.hasNode(a) && graph.hasNode(b)) return parallelRelations(graph, a, b);
    }
    return [];
  }, [graph, selection]);
  const sources = graph.getAttribute('sources');
  const source = sources.find((s) => s.id === sourceId);
  if (!source) return null;
  return (
    <aside
      ref={rootRef}
      aria-label={source.title[lang]}
      className={`z-10 flex min-h-0 flex-col overflow-hidden border-muted/30 bg-white md:w-80 md:shrink-0 md:border-l 2xl:w-[26rem] ${SHEET_CLASSES} ${collapsed ? '' : 'max-md:h-[50%]'} ${sheetHidden ? 'max-md:hidden' : ''}`}
    >
      <div className="md:hidden">
        <SheetHeader
          lang={lang}
          collapsed={collapsed}
          onCollapsedChange={setCollapsed}
          title={collapsed ? source.title[lang] : undefined}
          back={onBack ? { label: t(selection?.kind === 'entity' ? 'phone.backToDetails' : 'phone.backToEvidence', lang), onClick: onBack } : null}
          close={{ label: t('phone.closeArticle', lang), onClick: onClose }}
        />
      </div>
      {editing ? (
        <div className={`shrink-0 px-4 pt-3 ${collapsed ? 'max-md:hidden' : ''}`}>
          {sources.length > 1 ? (
            <label className="mb-2 flex items-center gap-2 text-xs text-muted">
              {t('passages.source', lang)}
              <select value={sourceId} onChange={(e) => setChosen(e.target.value)} className="min-w-0 flex-1 rounded-md border border-muted/60 bg-white px-1 py-0.5 text-sm text-ink">
                {sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title[lang]}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <PassageBar lang={lang} text={texts[sourceId] ?? ''} />
        </div>
      ) : null}
      <Reader
        key={editing ? sourceId : undefined}
        editSource={editing ? sourceId : undefined}
        text={texts[sourceId] ?? ''}
        title={source.title[lang]}
        textLang={source.language}
        lang={lang}
        evidence={evidence}
        mentions={mentions}
        activeRelationIds={active}
        flash={flash}
        onSelectRelations={(ids) => {
          const first = ids[0];
          if (first) onSelect({ kind: 'relation', id: first, evidence: 0 });
        }}
        onSelectEntity={(id) => onSelect({ kind: 'entity', id })}
        className={`min-h-0 flex-1 overflow-y-auto p-4 ${collapsed ? 'max-md:hidden' : ''}`}
      />
    </aside>
  );
}
