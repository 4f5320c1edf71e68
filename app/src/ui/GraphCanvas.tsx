// The graph on screen: mounts the Cytoscape view once and pushes view-state changes into it (a "sync" component).
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { EvidenceGraph } from '../model/graph';
import type { Direction } from '../render/direction';
import { toCytoscapeElements, type GraphElement } from '../render/elements';
import { createGraphView, type GraphView, type VisibilityClasses } from '../render/viewport';
import type { Camera, Lang, LayoutName, Selection } from '../state/types';
import { useWebgl } from './settings/webglSetting';

export interface GraphCanvasProps {
  graph: EvidenceGraph;
  lang: Lang;
  visibility: VisibilityClasses;
  selection: Selection;
  layout: LayoutName;
  camera: Camera | null;
  /** Accessible name of the graph region. */
  label: string;
  /** Text summary of what is shown (counts, filters, keys). */
  summary: string;
  onSelect: (sel: Selection) => void;
  /** Enter on the graph: open the details or evidence of the selection. */
  onActivate: () => void;
  onCameraChange: (camera: Camera) => void;
  onReady: (view: GraphView | null) => void;
  onDrawn: () => void;
  /** Bump to move keyboard focus to the graph (e.g. Escape in the panel returns here). */
  focusRequest: number;
  /** Graphs over the drawing budget: the overview's elements to draw instead of the whole graph (null = not ready: nothing drawn). */
  elements?: GraphElement[] | null;
  /** A community's group node was tapped (overview). */
  onTapGroup?: (community: string) => void;
}

/** What the view draws: the overview's elements when given, else the whole graph. */
const elementsFor = (p: Pick<GraphCanvasProps, 'graph' | 'lang' | 'elements'>): GraphElement[] =>
  p.elements === undefined ? toCytoscapeElements(p.graph, p.lang) : (p.elements ?? []);

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const near = (a: Camera, b: Camera): boolean =>
  Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 0.001;

/** The focusable graph region; arrow keys walk along relations, Enter opens, Escape clears. Switching WebGL drawing on or off mounts a new view. */
export function GraphCanvas(props: GraphCanvasProps) {
  const webgl = useWebgl();
  return <GraphCanvasView key={webgl ? 'webgl' : 'canvas'} webgl={webgl} {...props} />;
}

function GraphCanvasView(props: GraphCanvasProps & { webgl: boolean }) {
  const { graph, lang, visibility, selection, layout, camera, label, summary, webgl } = props;
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<GraphView | null>(null);
  const latest = useRef(props);
  const laidOut = useRef<LayoutName | null>(null);
  const summaryId = useId();

  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    if (!container.current) return;
    const v = createGraphView(container.current, {
      onTapNode: (id) => latest.current.onSelect({ kind: 'entity', id }),
      onTapEdge: (id) => latest.current.onSelect({ kind: 'relation', id, evidence: 0 }),
      onTapBundle: (id) => latest.current.onSelect({ kind: 'bundle', id }),
      onTapBackground: () => latest.current.onSelect(null),
      onTapGroup: (community) => latest.current.onTapGroup?.(community),
      onCameraChange: (c) => latest.current.onCameraChange(c),
      onFirstRender: () => latest.current.onDrawn(),
    }, latest.current.graph.getAttribute('vocabulary'), { webgl });
    view.current = v;
    v.setAutoFit(latest.current.camera === null);
    v.setData(elementsFor(latest.current));
    laidOut.current = null;
    latest.current.onReady(v);
    return () => {
      latest.current.onReady(null);
      view.current = null;
      v.destroy();
    };
    // A new graph (an edited draft) is set in place by the next effect: the view, its camera and classes stay.
  }, [webgl]);

  useEffect(() => {
    if (props.focusRequest > 0) container.current?.focus();
  }, [props.focusRequest]);

  const { elements } = props;
  const drawnGraph = useRef(graph);
  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const changed = v.setData(elementsFor({ graph, lang, elements }));
    if (drawnGraph.current !== graph) {
      // Data changed in place (edit mode): redraw the classes; a view never moved by the user refits.
      drawnGraph.current = graph;
      v.applyVisibility(latest.current.visibility);
      v.setSelection(latest.current.selection);
      if (latest.current.camera === null) v.fit();
    }
    // Same elements (only data changed, e.g. labels): classes, selection and camera stay as they are.
    if (elements === undefined || !changed) return;
    // The overview changes what is drawn: keep the visibility, selection and path classes, and refit a view without a camera.
    v.applyVisibility(latest.current.visibility);
    v.setSelection(latest.current.selection);
    if (latest.current.camera === null) v.fit();
  }, [graph, lang, elements]);

  useEffect(() => {
    view.current?.applyVisibility(visibility);
  }, [visibility]);

  useEffect(() => {
    view.current?.setSelection(selection);
  }, [selection]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const first = laidOut.current === null;
    if (laidOut.current === layout) return;
    laidOut.current = layout;
    const cam = latest.current.camera;
    const root = latest.current.selection?.kind === 'entity' ? latest.current.selection.id : null;
    if (first && layout === 'preset') {
      if (cam) v.setCamera(cam);
      else v.fit();
      return;
    }
    void v.runLayout(layout, { root, fit: !(first && cam) }).then(() => {
      if (first && cam) v.setCamera(cam);
    });
  }, [layout]);

  useEffect(() => {
    const v = view.current;
    v?.setAutoFit(camera === null);
    if (!v || laidOut.current === null) return;
    if (camera === null) return;
    if (!near(v.getCamera(), camera)) v.setCamera(camera);
  }, [camera]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const v = view.current;
    if (!v) return;
    const dir = ARROWS[e.key];
    if (dir) {
      e.preventDefault();
      const from =
        selection?.kind === 'entity'
          ? selection.id
          : selection?.kind === 'relation' && graph.hasEdge(selection.id)
            ? graph.source(selection.id)
            : selection?.kind === 'bundle'
              ? (selection.id.split('~')[0] ?? null)
              : null;
      const visible = [...visibility.nodes];
      const next = from ? v.neighbourInDirection(from, dir) : (visible.sort((a, b) => graph.degree(b) - graph.degree(a))[0] ?? null);
      if (next) {
        props.onSelect({ kind: 'entity', id: next });
        void v.focusOn(next).then((c) => props.onCameraChange(c));
      }
    } else if (e.key === 'Enter' && selection) {
      e.preventDefault();
      props.onActivate();
    } else if (e.key === 'Escape' && selection) {
      e.preventDefault();
      props.onSelect(null);
    }
  };

  return (
    <div className="relative h-full w-full">
      <div
        ref={container}
        role="application"
        aria-roledescription="graph"
        aria-label={label}
        aria-describedby={summaryId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="graph"
        className="h-full w-full touch-none outline-none focus-visible:ring-4 focus-visible:ring-accent focus-visible:ring-inset"
      />
      <p id={summaryId} className="sr-only">
        {summary}
      </p>
    </div>
  );
}
