// The explorer: view state ⇄ URL, and the toolbar, filters, graph (or table), panel and reader laid out around it (one sheet at a time on phones).
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { computeVisibility, facetCounts } from '../model/visibility';
import type { GraphView } from '../render/viewport';
import { serializeViewState } from '../state/serializeViewState';
import type { Camera, Selection, ViewState } from '../state/types';
import type { LoadedDataset } from './builtInDataset';
import { selectionAnnouncement } from './announce';
import { ErrorBoundary } from './ErrorBoundary';
import { FiltersPanel } from './FiltersPanel';
import { GraphCanvas } from './GraphCanvas';
import { t } from './i18n';
import { NoticeBar } from './NoticeBar';
import { DataTable, Legend, type ReaderFlash } from './panels';
import { ReaderPane } from './ReaderPane';
import { SearchBox } from './SearchBox';
import { loadSearcher, type Searcher } from './searcher';
import { SidePanel } from './SidePanel';
import { Toolbar } from './Toolbar';
import { AnalysisPanel, TimelineStrip, useAnalysis, useAnalysisOverlay } from './analysis';
import { ExportMenu } from './export/ExportMenu';
import { useViewState } from './useViewState';
import { revealAboveSheet } from './phone/revealSelection';
import { SHEET_CLASSES, SheetHeader } from './phone/SheetHeader';
import { frontSheet, raiseSheet, type SheetName } from './phone/sheetStack';
import { useIsPhone } from './phone/useIsPhone';

const roundCamera = (c: Camera): Camera => ({
  x: Math.round(c.x * 100) / 100,
  y: Math.round(c.y * 100) / 100,
  zoom: Math.round(c.zoom * 10000) / 10000,
});

/** The whole explorer for one loaded dataset. */
export function Explorer({ data }: { data: LoadedDataset }) {
  const { graph, texts, index } = data;
  const { state, notices, dismissNotices, update } = useViewState(index);
  const { lang } = state;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [searchIndex, setSearchIndex] = useState<Searcher | null>(null);
  const [view, setView] = useState<GraphView | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [toast, setToast] = useState('');
  const [flash, setFlash] = useState<ReaderFlash | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const [graphFocus, setGraphFocus] = useState(0);
  const filtersId = useId();
  const mainRef = useRef<HTMLElement>(null);
  const viewRef = useRef<GraphView | null>(null);
  const isPhone = useIsPhone();
  const [timelineOpen, setTimelineOpen] = useState(false);
  const [sheetOrder, setSheetOrder] = useState<SheetName[]>([]);
  const raise = useCallback((name: SheetName) => setSheetOrder((o) => raiseSheet(o, name)), []);
  const forceReveal = useRef<string | null>(null);

  const visibility = useMemo(
    () => computeVisibility(graph, { filters: state.filters, focusHops: state.focusHops, selection: state.selection, time: state.time }),
    [graph, state.filters, state.focusHops, state.selection, state.time],
  );
  const [analysisOpen, setAnalysisOpen] = useState(() => state.path !== null || state.camps || state.sizeBy !== 'none');
  const analysis = useAnalysis(graph, state, visibility, analysisOpen);
  useAnalysisOverlay(view, analysis.overlay, lang);
  const counts = useMemo(() => facetCounts(graph, visibility), [graph, visibility]);
  const sheetsOpen: Record<SheetName, boolean> = {
    filters: filtersOpen,
    analysis: analysisOpen,
    timeline: timelineOpen,
    panel: state.selection !== null,
    reader: state.reader.open,
  };
  // Phones show one sheet at a time: the last one raised that is still open. Desktop shows every open panel.
  const front = isPhone ? frontSheet(sheetOrder, sheetsOpen) : null;
  const shown = (name: SheetName): boolean => (isPhone ? front === name : sheetsOpen[name]);
  const behind = (name: SheetName): boolean => isPhone && front !== name;
  /** A toolbar toggle: on a phone, a sheet that is open but behind another comes to the front instead of closing. */
  const toggleSheet = (name: SheetName, setOpen: (open: boolean) => void): void => {
    if (sheetsOpen[name] && behind(name)) return raise(name);
    if (!sheetsOpen[name]) raise(name);
    setOpen(!sheetsOpen[name]);
  };
  const selKey = state.selection ? `${state.selection.kind}:${state.selection.id}` : '';
  // A new selection brings the details/evidence sheet to the front (adjusting state while rendering, not in an effect).
  const [raisedFor, setRaisedFor] = useState('');
  if (selKey !== raisedFor) {
    setRaisedFor(selKey);
    if (selKey) setSheetOrder((o) => raiseSheet(o, 'panel'));
  }

  useEffect(() => {
    let live = true;
    void loadSearcher(graph).then((s) => {
      if (live) setSearchIndex(s);
    });
    return () => {
      live = false;
    };
  }, [graph]);
  useEffect(() => {
    if (searchIndex && view) performance.mark('graph:interactive');
  }, [searchIndex, view]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-Hant' : 'en';
    document.title = t('shell.appName', lang);
  }, [lang]);
  useEffect(() => {
    if (!toast) return;
    const id = setTimeout(() => setToast(''), 4000);
    return () => clearTimeout(id);
  }, [toast]);

  const set = useCallback((patch: Partial<ViewState>) => update((s) => ({ ...s, ...patch })), [update]);
  const select = useCallback(
    (selection: Selection) => {
      update((s) => ({ ...s, selection }));
      setAnnouncement(selectionAnnouncement(graph, selection, lang));
    },
    [update, graph, lang],
  );
  const centre = useCallback(
    (sel: Exclude<Selection, null>) => {
      if (isPhone) forceReveal.current = sel.id;
      select(sel);
      if (!isPhone) void view?.focusOn(sel.id).then((c) => set({ camera: roundCamera(c) }));
    },
    [select, view, set, isPhone],
  );

  // Phones: once the details/evidence sheet is in front, keep the selected element out from under it.
  const panelInFront = front === 'panel';
  useEffect(() => {
    if (!isPhone || !panelInFront || !view || !state.selection || state.view !== 'graph') return;
    const id = state.selection.id;
    const force = forceReveal.current === id;
    forceReveal.current = null;
    const frame = requestAnimationFrame(() => {
      const graphEl = mainRef.current;
      if (!graphEl) return;
      void revealAboveSheet(view, id, graphEl, panelRef.current, force).then((c) => {
        if (c) set({ camera: roundCamera(c) });
      });
    });
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs per selection / sheet change, not per state change
  }, [selKey, isPhone, panelInFront, view]);

  const copy = useCallback(
    async (text: string) => {
      try {
        await navigator.clipboard.writeText(text);
        setToast(t('shell.shareCopied', lang));
      } catch {
        setToast(t('shell.shareFailed', lang));
      }
    },
    [lang],
  );
  const linkFor = (s: ViewState): string => `${window.location.origin}${window.location.pathname}#${serializeViewState(s)}`;

  const summary = `${t('shell.graphSummary', lang, {
    nodes: visibility.counts.nodes,
    totalNodes: visibility.counts.totalNodes,
    edges: visibility.counts.edges,
    totalEdges: visibility.counts.totalEdges,
  })} ${visibility.counts.nodes < visibility.counts.totalNodes || visibility.counts.edges < visibility.counts.totalEdges ? t('shell.graphSummaryFilters', lang) : ''} ${t('shell.graphKeys', lang)}`;

  return (
    <div className="flex h-dvh flex-col bg-canvas font-sans text-ink">
      <Toolbar
        lang={lang}
        layout={state.layout}
        filtersOpen={shown('filters')}
        view={state.view}
        readerOpen={shown('reader')}
        compact={isPhone}
        filtersPanelId={filtersId}
        exportMenu={<ExportMenu graph={graph} view={view} state={state} visible={visibility} onStatus={setToast} />}
        search={
          <SearchBox graph={graph} index={searchIndex} lang={lang} query={state.search} onQueryChange={(search) => set({ search })} onChoose={centre} />
        }
        onLang={(l) => set({ lang: l })}
        onLayout={(layout) => set({ layout, camera: null })}
        onToggleFilters={() => toggleSheet('filters', setFiltersOpen)}
        onView={(v) => set({ view: v })}
        onToggleReader={() => toggleSheet('reader', (open) => set({ reader: { open, offset: null } }))}
        onFit={() => {
          view?.fit();
          set({ camera: null });
        }}
        onShare={() => void copy(window.location.href)}
        analysisOpen={shown('analysis')}
        onToggleAnalysis={() => toggleSheet('analysis', setAnalysisOpen)}
      />
      <NoticeBar notices={notices} lang={lang} onDismiss={dismissNotices} />
      <div className="relative flex min-h-0 flex-1">
        {filtersOpen ? (
          <div className={`z-20 w-64 shrink-0 overflow-y-auto border-r border-muted/30 bg-white max-md:w-auto ${SHEET_CLASSES} ${behind('filters') ? 'max-md:hidden' : ''}`}>
            <PhoneSheetBar lang={lang} closeLabel={t('phone.closeFilters', lang)} onClose={() => setFiltersOpen(false)} />
            <ErrorBoundary area="filters" message={t('shell.areaFailed', lang)} reloadLabel={t('shell.reloadView', lang)}>
              <FiltersPanel
                id={filtersId}
                graph={graph}
                lang={lang}
                filters={state.filters}
                focusHops={state.focusHops}
                counts={counts}
                legend={<Legend graph={graph} lang={lang} />}
                onFilters={(filters) => set({ filters })}
                onFocusHops={(focusHops) => set({ focusHops })}
              />
            </ErrorBoundary>
          </div>
        ) : null}
        <div className="flex min-w-0 flex-1 flex-col">
        <main ref={mainRef} className="relative min-h-0 flex-1">
          <div className={state.view === 'table' ? 'hidden' : 'absolute inset-0'}>
            <ErrorBoundary area="graph" message={t('shell.areaFailed', lang)} reloadLabel={t('shell.reloadView', lang)}>
              <GraphCanvas
                graph={graph}
                lang={lang}
                visibility={visibility}
                selection={state.selection}
                layout={state.layout}
                camera={state.camera}
                label={t('shell.graphLabel', lang)}
                summary={summary}
                onSelect={select}
                onActivate={() => panelRef.current?.focus()}
                onCameraChange={(c) => set({ camera: roundCamera(c) })}
                onReady={(v) => {
                  viewRef.current = v;
                  setView(v);
                }}
                onDrawn={() => performance.mark('graph:drawn')}
                focusRequest={graphFocus}
              />
            </ErrorBoundary>
          </div>
          {state.view === 'table' ? (
            <div className="absolute inset-0 overflow-auto p-3">
              <ErrorBoundary area="table" message={t('shell.areaFailed', lang)} reloadLabel={t('shell.reloadView', lang)}>
                <DataTable
                  graph={graph}
                  lang={lang}
                  visibleNodes={visibility.nodes}
                  visibleEdges={visibility.edges}
                  selection={state.selection}
                  onSelectEntity={(id) => select({ kind: 'entity', id })}
                  onSelectRelation={(id) => select({ kind: 'relation', id, evidence: 0 })}
                />
              </ErrorBoundary>
            </div>
          ) : null}
        </main>
        <ErrorBoundary area="timeline" message={t('shell.areaFailed', lang)} reloadLabel={t('shell.reloadView', lang)}>
          <TimelineStrip
            graph={graph}
            lang={lang}
            time={state.time}
            onChange={(time) => update((s) => ({ ...s, time }))}
            onSelectRelation={(id) => select({ kind: 'relation', id, evidence: 0 })}
            selectedRelation={state.selection?.kind === 'relation' ? state.selection.id : null}
            expanded={timelineOpen && !behind('timeline')}
            onExpandedChange={(open) => {
              if (open) raise('timeline');
              setTimelineOpen(open);
            }}
          />
        </ErrorBoundary>
        </div>
        {analysisOpen ? (
          <aside
            aria-label={t('shell.analysis', lang)}
            className={`z-20 w-80 shrink-0 overflow-y-auto border-l border-muted/30 bg-white max-md:w-auto ${SHEET_CLASSES} ${behind('analysis') ? 'max-md:hidden' : ''}`}
          >
            <PhoneSheetBar lang={lang} closeLabel={t('phone.closeAnalysis', lang)} onClose={() => setAnalysisOpen(false)} />
            <ErrorBoundary area="analysis" message={t('shell.areaFailed', lang)} reloadLabel={t('shell.reloadView', lang)}>
              <AnalysisPanel
                graph={graph}
                lang={lang}
                state={state}
                results={analysis}
                index={searchIndex}
                onChange={(patch) => set(patch)}
                onSelectEntity={(id) => select({ kind: 'entity', id })}
                onSelectRelation={(id) => select({ kind: 'relation', id, evidence: 0 })}
              />
            </ErrorBoundary>
          </aside>
        ) : null}
        {state.reader.open ? (
          <ErrorBoundary area="reader" message={t('shell.areaFailed', lang)} reloadLabel={t('shell.reloadView', lang)}>
            <ReaderPane
              graph={graph}
              texts={texts}
              lang={lang}
              selection={state.selection}
              flash={flash}
              onSelect={select}
              onClose={() => set({ reader: { open: false, offset: null } })}
              onBack={isPhone && state.selection ? () => raise('panel') : null}
              sheetHidden={behind('reader')}
              offset={state.reader.offset}
              onOffsetChange={(offset) => update((s) => (s.reader.open && s.reader.offset !== offset ? { ...s, reader: { open: true, offset } } : s))}
            />
          </ErrorBoundary>
        ) : null}
        {state.selection ? (
          <ErrorBoundary area="panel" message={t('shell.areaFailed', lang)} reloadLabel={t('shell.reloadView', lang)}>
            <SidePanel
              ref={panelRef}
              graph={graph}
              texts={texts}
              lang={lang}
              selection={state.selection}
              onSelect={select}
              sheetHidden={behind('panel')}
              visibleRelations={visibility.edges}
              onShowInArticle={(_source, start, end) => {
                raise('reader');
                set({ reader: { open: true, offset: start } });
                setFlash({ start, end, nonce: Date.now() });
              }}
              onEscape={() => setGraphFocus((n) => n + 1)}
              onShowClaimsBy={(claimant) => update((s) => ({ ...s, filters: { ...s.filters, claimant } }))}
              onCopyRelationLink={(id, evidence) => {
                const quote = graph.hasEdge(id) ? (graph.getEdgeAttribute(id, 'evidence')[evidence]?.exact ?? '') : '';
                void copy(`“${quote}” ${linkFor({ ...state, selection: { kind: 'relation', id, evidence } })}`);
              }}
            />
          </ErrorBoundary>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <p
        role="status"
        aria-live="polite"
        className={`pointer-events-none fixed bottom-4 left-1/2 z-40 -translate-x-1/2 rounded-md bg-ink px-3 py-2 text-sm text-white shadow-lg ${toast ? '' : 'sr-only'}`}
      >
        {toast}
      </p>
    </div>
  );
}

/** The top bar of a panel that is a sheet on phones (hidden from `md` up, where the toolbar toggle closes it). */
function PhoneSheetBar({ lang, closeLabel, onClose }: { lang: ViewState['lang']; closeLabel: string; onClose: () => void }) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <div className={`md:hidden ${collapsed ? 'max-md:[&~*]:hidden' : ''}`}>
      <SheetHeader lang={lang} collapsed={collapsed} onCollapsedChange={setCollapsed} close={{ label: closeLabel, onClick: onClose }} />
    </div>
  );
}
