// The explorer's layout: view state ⇄ URL, and the toolbar, filters, graph (or table), panel and reader around it; sheets, toast and areas are hooks.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { facetCounts } from '../model/visibility';
import { useVisibility } from './useVisibility';
import type { GraphView } from '../render/viewport';
import { serializeViewState } from '../state/serializeViewState';
import { embedShownState } from '../state/embedLink';
import { EmbedBar, ShareMenu } from './embed/deferredEmbed';
import { currentDatasetPrefix } from './currentDataset';
import { expandGroup, expandNode } from '../model/scale/overviewState';
import { ExpandNeighbours, OverviewBar } from './scale/deferredScale';
import { useScale } from './scale/useScale';
import { StoryLayer, StoryMenu } from './story/deferredStory';
import type { StoryHost } from './story/storyHost';
import type { Camera, Lang, Selection, ViewState } from '../state/types';
import type { LoadedDataset } from './builtInDataset';
import { selectionAnnouncement } from './announce';
import { Area } from './Area';
import { GraphCanvas } from './GraphCanvas';
import { t } from './i18n';
import { Legend } from './panels/Legend';
import type { ReaderFlash } from './panels/Reader';
import { AnalysisPanel, AnalysisRunner, DataTable, ExportMenu, FiltersPanel, NoticeBar, PhoneSheetBar, preloadDeferred, ReaderPane, SidePanel } from './deferred';
import { SearchBox } from './SearchBox';
import { loadSearcher, type Searcher } from './searcher';
import { Toolbar } from './Toolbar';
import { TimelineStrip } from './analysis/TimelineStrip';
import { NO_ANALYSIS } from './analysis/noAnalysis';
import type { AnalysisResults } from './analysis/useAnalysis';
import { useAnalysisOverlay } from './analysis/useAnalysisOverlay';
import { useSheets } from './useSheets';
import { useToast } from './useToast';
import { useViewState } from './useViewState';
import { useDatasetDetails } from './useDatasetDetails';
import { revealAboveSheet } from './phone/revealSelection';
import { SHEET_CLASSES } from './phone/sheetClasses';
import { useIsPhone } from './phone/useIsPhone';
import { EditSessionContext, type ExplorerEdit } from './edit/explorerEdit';
import { PassageEditor } from './edit/passages/deferredPassages';
import type { EditSession } from './edit/session';

const NO_STORIES: LoadedDataset['stories'] = [];

const roundCamera = (c: Camera): Camera => ({
  x: Math.round(c.x * 100) / 100,
  y: Math.round(c.y * 100) / 100,
  zoom: Math.round(c.zoom * 10000) / 10000,
});

/** The whole explorer for one loaded dataset. */
export interface ExplorerProps {
  data: LoadedDataset;
  /** Open… and the Datasets menu, shown in the toolbar. */
  datasetControls?: (lang: Lang) => ReactNode;
  /** Page-wide layers (drop target, import dialog), in the explorer's language. */
  overlay?: (lang: Lang) => ReactNode;
  /** The minimal embedded view (`embed=1`): a small bar instead of the toolbar; no timeline, analysis, reader or table (ui/embed/). */
  embed?: boolean;
  /** Edit mode (issue 10, ui/edit/): the session and the edit bar. New `data` then comes in place (view, selection and camera kept). */
  edit?: ExplorerEdit;
}

export function Explorer({ data, datasetControls, overlay, embed = false, edit }: ExplorerProps) {
  const { graph, texts, index } = data;
  // The built-in dataset's words load after the first draw: search and the panels that show them wait for them.
  const details = useDatasetDetails(data);
  const { state: linkState, notices, dismissNotices, update, story } = useViewState(index);
  // An embed shows the graph without the reader or table, yet its link keeps them for "Open in full view".
  const state = useMemo(() => (embed ? embedShownState(linkState) : linkState), [embed, linkState]);
  const { lang } = state;
  // Graphs over the drawing budget are drawn through the overview (ui/scale/); below it nothing changes.
  const scale = useScale(graph);
  const pendingFocus = useRef<string | null>(null);
  const [searchIndex, setSearchIndex] = useState<Searcher | null>(null);
  const [view, setView] = useState<GraphView | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { toast, setToast, copy } = useToast(lang);
  const [flash, setFlash] = useState<ReaderFlash | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const [graphFocus, setGraphFocus] = useState(0);
  const filtersId = useId();
  const mainRef = useRef<HTMLElement>(null);
  const viewRef = useRef<GraphView | null>(null);
  const isPhone = useIsPhone();
  const { filtersOpen, setFiltersOpen, analysisOpen, setAnalysisOpen, timelineOpen, setTimelineOpen, raise, front, shown, behind, toggleSheet } = useSheets(isPhone, state);
  const forceReveal = useRef<string | null>(null);

  // Selecting recomputes what is shown only while focus is on (useVisibility), so select → details stays fast at size.
  const visibility = useVisibility(graph, state);
  // The analyses run in a deferred, render-less component (their code loads only when a path, sizing, camps or the panel asks).
  const [analysis, setAnalysis] = useState<AnalysisResults>(NO_ANALYSIS);
  const analysisAsked = analysisOpen || state.path !== null || state.camps || state.sizeBy !== 'none';
  useAnalysisOverlay(view, analysis.overlay, lang);
  const counts = useMemo(() => facetCounts(graph, visibility), [graph, visibility]);
  const selKey = state.selection ? `${state.selection.kind}:${state.selection.id}` : '';

  useEffect(() => {
    if (!details.complete) return;
    let live = true;
    void loadSearcher(graph).then((s) => {
      if (live) setSearchIndex(s);
      else s.dispose();
    });
    return () => {
      live = false;
    };
  }, [graph, details.complete]);
  // A replaced index (another dataset) ends its worker, if it has one.
  useEffect(() => () => searchIndex?.dispose(), [searchIndex]);
  // Interactive: search answers and a selection opens its panel (the deferred panels are loaded).
  const [panelsReady, setPanelsReady] = useState(false);
  useEffect(() => {
    // Also when nothing draws (table view): the words came in after an idle moment instead.
    if (details.complete) void preloadDeferred().then(() => setPanelsReady(true));
  }, [details.complete]);
  useEffect(() => {
    if (searchIndex && view && panelsReady) performance.mark('graph:interactive');
  }, [searchIndex, view, panelsReady]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-Hant' : 'en';
    document.title = t('shell.appName', lang);
  }, [lang]);

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
      if (scale.on && sel.kind === 'entity') {
        // Over the drawing budget a picked entity is drawn with its neighbours; the camera moves to it once it is drawn.
        update((s) => ({ ...s, selection: sel, overview: expandNode(s.overview, sel.id) }));
        setAnnouncement(selectionAnnouncement(graph, sel, lang));
        if (!scale.drawing?.elements.some((e) => e.data.id === sel.id)) return void (pendingFocus.current = sel.id);
      } else select(sel);
      if (!isPhone) void view?.focusOn(sel.id).then((c) => set({ camera: roundCamera(c) }));
    },
    [select, view, set, isPhone, scale.on, scale.drawing, update, graph, lang],
  );
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null || !view || !scale.drawing?.elements.some((e) => e.data.id === id)) return;
    pendingFocus.current = null;
    if (!isPhone) void view.focusOn(id).then((c) => set({ camera: roundCamera(c) }));
  }, [scale.drawing, view, isPhone, set]);

  // Edit mode: `focus` selects an element once the data that has it is drawn (right after an edit it is not yet).
  const [editFocus, setEditFocus] = useState<{ sel: Exclude<Selection, null> } | null>(null);
  const servedEditFocus = useRef<{ sel: Exclude<Selection, null> } | null>(null);
  const editShell = edit?.shell;
  const focusEdit = useCallback<EditSession['focus']>((target) => {
    setEditFocus({ sel: 'entity' in target ? { kind: 'entity', id: target.entity } : { kind: 'relation', id: target.relation, evidence: 0 } });
  }, []);
  const editSession = useMemo<EditSession | null>(() => (editShell ? { ...editShell, lang, focus: focusEdit } : null), [editShell, lang, focusEdit]);
  useEffect(() => {
    if (!editFocus || servedEditFocus.current === editFocus) return;
    const { sel } = editFocus;
    if (!(sel.kind === 'entity' ? graph.hasNode(sel.id) : graph.hasEdge(sel.id))) return;
    servedEditFocus.current = editFocus;
    void Promise.resolve().then(() => centre(sel));
  }, [graph, editFocus, centre]);

  // Phones: once the details/evidence sheet is in front, keep the selected element out from under it.
  const panelInFront = front === 'panel';
  useEffect(() => {
    if (!isPhone || !panelInFront || !view || !state.selection || state.view !== 'graph') return;
    const id = state.selection.id;
    const force = forceReveal.current === id;
    forceReveal.current = null;
    // The sheet's code loads after the first draw: wait (a bounded number of frames) until it is on the page.
    let frame = 0;
    let tries = 0;
    const attempt = (): void => {
      const graphEl = mainRef.current;
      if (!graphEl) return;
      if (!panelRef.current && tries++ < 180) {
        frame = requestAnimationFrame(attempt);
        return;
      }
      void revealAboveSheet(view, id, graphEl, panelRef.current, force).then((c) => {
        if (c) set({ camera: roundCamera(c) });
      });
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs per selection / sheet change, not per state change
  }, [selKey, isPhone, panelInFront, view]);

  // Stories (ui/story/, deferred): the dataset's own (the built-in dataset's arrive with its details, filled in place).
  const storyHost: StoryHost = {
    stories: details.complete ? data.stories : NO_STORIES,
    storiesReady: details.complete,
    graph,
    index,
    lang,
    state,
    position: story,
    update,
    select,
    view,
    onStatus: setToast,
  };

  const linkFor = (s: ViewState): string => `${window.location.origin}${window.location.pathname}#${currentDatasetPrefix()}${serializeViewState(s)}`;

  const summary = `${t('shell.graphSummary', lang, {
    nodes: visibility.counts.nodes,
    totalNodes: visibility.counts.totalNodes,
    edges: visibility.counts.edges,
    totalEdges: visibility.counts.totalEdges,
  })} ${visibility.counts.nodes < visibility.counts.totalNodes || visibility.counts.edges < visibility.counts.totalEdges ? t('shell.graphSummaryFilters', lang) : ''} ${t('shell.graphKeys', lang)}`;

  return (
    <EditSessionContext value={editSession}>
    <div data-embed={embed || undefined} data-edit={editSession ? true : undefined} className="flex h-dvh flex-col bg-canvas font-sans text-ink">
      {embed ? (
        <div className="h-10 shrink-0 border-b border-muted/30 bg-white">
          <EmbedBar lang={lang} fullViewLink={linkFor(linkState)} onLang={(l) => set({ lang: l })} />
        </div>
      ) : (
      <Toolbar
        lang={lang}
        layout={state.layout}
        filtersOpen={shown('filters')}
        view={state.view}
        readerOpen={shown('reader')}
        compact={isPhone}
        filtersPanelId={filtersId}
        datasetMenu={datasetControls?.(lang)}
        exportMenu={<ExportMenu graph={graph} texts={texts} ready={data.details} view={view} state={state} visible={visibility} stories={storyHost.stories} onStatus={setToast} />}
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
        share={<ShareMenu graph={graph} lang={lang} state={state} onCopyLink={() => void copy(window.location.href)} />}
        storyMenu={(close) => <StoryMenu host={storyHost} onChosen={close} />}
        analysisOpen={shown('analysis')}
        onToggleAnalysis={() => toggleSheet('analysis', setAnalysisOpen)}
      />
      )}
      {editSession && edit
        ? edit.bar(editSession, {
            openReader: () => {
              raise('reader');
              set({ reader: { open: true, offset: null } });
            },
          })
        : null}
      <NoticeBar notices={notices} lang={lang} onDismiss={dismissNotices} />
      {scale.bar ? (
        <OverviewBar graph={graph} lang={lang} overview={state.overview} selection={state.selection} scale={scale} onOverview={(change) => update((s) => ({ ...s, overview: change(s.overview) }))} />
      ) : null}
      {analysisAsked ? <AnalysisRunner graph={graph} state={state} visibility={visibility} panelOpen={analysisOpen} onResults={setAnalysis} /> : null}
      {details.error ? (
        <p role="alert" className="border-b border-muted/30 bg-mark/40 px-4 py-2 text-sm">
          {t('shell.detailsFailed', lang, { error: details.error })}
        </p>
      ) : null}
      <div className="relative flex min-h-0 flex-1">
        {filtersOpen ? (
          <div className={`z-20 w-64 shrink-0 overflow-y-auto border-r border-muted/30 bg-white max-md:w-auto ${SHEET_CLASSES} ${behind('filters') ? 'max-md:hidden' : ''}`}>
            <PhoneSheetBar lang={lang} closeLabel={t('phone.closeFilters', lang)} onClose={() => setFiltersOpen(false)} />
            <Area name="filters" lang={lang}>
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
            </Area>
          </div>
        ) : null}
        <div className="flex min-w-0 flex-1 flex-col">
        <main ref={mainRef} className="relative min-h-0 flex-1">
          <div className={state.view === 'table' ? 'hidden' : 'absolute inset-0'}>
            <Area name="graph" lang={lang}>
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
                onDrawn={() => {
                  performance.mark('graph:drawn');
                  void preloadDeferred().then(() => setPanelsReady(true));
                }}
                focusRequest={graphFocus}
                elements={scale.on ? (scale.drawing?.elements ?? null) : undefined}
                onTapGroup={(id) => update((s) => ({ ...s, overview: expandGroup(s.overview, id) }))}
              />
            </Area>
          </div>
          {state.view === 'table' && details.complete ? (
            <div className="absolute inset-0 overflow-auto p-3">
              <Area name="table" lang={lang}>
                <DataTable
                  graph={graph}
                  lang={lang}
                  visibleNodes={visibility.nodes}
                  visibleEdges={visibility.edges}
                  selection={state.selection}
                  onSelectEntity={(id) => select({ kind: 'entity', id })}
                  onSelectRelation={(id) => select({ kind: 'relation', id, evidence: 0 })}
                />
              </Area>
            </div>
          ) : null}
          {embed ? null : <StoryLayer host={storyHost} />}
        </main>
        {embed ? null : (
        <Area name="timeline" lang={lang}>
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
        </Area>
        )}
        </div>
        {analysisOpen && !embed ? (
          <aside
            aria-label={t('shell.analysis', lang)}
            className={`z-20 w-80 shrink-0 overflow-y-auto border-l border-muted/30 bg-white max-md:w-auto ${SHEET_CLASSES} ${behind('analysis') ? 'max-md:hidden' : ''}`}
          >
            <PhoneSheetBar lang={lang} closeLabel={t('phone.closeAnalysis', lang)} onClose={() => setAnalysisOpen(false)} />
            <Area name="analysis" lang={lang}>
              {details.complete ? (
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
              ) : null}
            </Area>
          </aside>
        ) : null}
        {state.reader.open && details.complete ? (
          <Area name="reader" lang={lang}>
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
          </Area>
        ) : null}
        {state.selection && details.complete ? (
          <Area name="panel" lang={lang}>
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
                // The embed has no room for the article: it opens in the full view, in a new tab, at the quote.
                if (embed) return void window.open(linkFor({ ...linkState, reader: { open: true, offset: start } }), '_blank', 'noopener');
                raise('reader');
                set({ reader: { open: true, offset: start } });
                setFlash({ start, end, nonce: Date.now() });
              }}
              onEscape={() => setGraphFocus((n) => n + 1)}
              onShowClaimsBy={(claimant) => update((s) => ({ ...s, filters: { ...s.filters, claimant } }))}
              entityExtra={
                scale.on && state.selection.kind === 'entity' ? (
                  <ExpandNeighbours
                    graph={graph}
                    lang={lang}
                    report={scale.drawing?.view.expandedNodes.find((r) => r.id === state.selection?.id)}
                    onExpand={() => update((s) => (s.selection?.kind === 'entity' ? { ...s, overview: expandNode(s.overview, s.selection.id) } : s))}
                  />
                ) : undefined
              }
              onCopyRelationLink={(id, evidence) => {
                const quote = graph.hasEdge(id) ? (graph.getEdgeAttribute(id, 'evidence')[evidence]?.exact ?? '') : '';
                void copy(`“${quote}” ${linkFor({ ...state, selection: { kind: 'relation', id, evidence } })}`);
              }}
            />
          </Area>
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
      {editSession ? <PassageEditor session={editSession} selection={state.selection} /> : null}
      {overlay?.(lang)}
    </div>
    </EditSessionContext>
  );
}
