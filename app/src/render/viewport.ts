// The graph view: the one object that owns the Cytoscape core; the UI talks to it only through this small API.
import cytoscape from 'cytoscape';
import type { EventObject, Position } from 'cytoscape';
import type { Camera, LayoutName, Selection } from '../state/types';
import { pickInDirection, type Direction } from './direction';
import { forOrientation, orientationFor, type GraphElement, type Orientation } from './elements';
import { planPng } from './exportSize';
import { FIT_PADDING, layoutOptions, PORTRAIT_FIT_PADDING, prefersReducedMotion } from './layouts';
import { buildStylesheet } from './stylesheet';
import { applyRendererSwitches, dimsOnHover, drawTier, type DrawTier } from './rendererTuning';
import type { CompiledVocabulary } from '../model/schema';
import { analysisStylesheet } from './analysis/analysisStylesheet';
import { overviewStylesheet } from './scale/overviewStylesheet';
import { applyAnalysisOverlay, type AnalysisOverlay } from './analysis/overlay';
import { createBundleController } from './bundleView';
import type { EvidenceGraph } from '../model/graph';
import type { Visibility } from '../model/visibility';
import type { Scene } from './export/scene';
import type { SceneOptions } from './export/sceneFromCy';
import { withEverythingShown } from './export/showEverything';

/** Whether setting `next` on an element whose data is `now` changes anything (arrays compared item by item). */
function dataChanged(now: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const key of Object.keys(next)) {
    const a = now[key];
    const b = next[key];
    if (a === b) continue;
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length || a.some((x, i) => x !== b[i])) return true;
  }
  return false;
}

let fcoseReady: Promise<void> | null = null;
/** fcose (and its layout-base/cose-base, ~50 KB gzip) loads on first use, keeping it out of the first paint. */
function ensureFcose(): Promise<void> {
  fcoseReady ??= import('cytoscape-fcose').then((m) => {
    cytoscape.use(m.default);
  });
  return fcoseReady;
}

/** Callbacks from the graph back to the UI (user intent only). */
export interface GraphViewHandlers {
  onTapNode?: (id: string) => void;
  onTapEdge?: (id: string) => void;
  /** A bundle edge was tapped: `key` is its pair key `a~b`. */
  onTapBundle?: (key: string) => void;
  /** An overview group node was tapped: `community` is its community id. */
  onTapGroup?: (community: string) => void;
  onTapBackground?: () => void;
  onHover?: (target: { group: 'nodes' | 'edges'; id: string } | null) => void;
  /** Called (debounced) after the user pans or zooms; programmatic moves do not call it. */
  onCameraChange?: (camera: Camera) => void;
  /** Called once, after the first frame with elements is drawn. */
  onFirstRender?: () => void;
}

/** What the visibility model decided, in its own shape: ids to show, and shown ids drawn faded (outside the time range). */
export type VisibilityClasses = Pick<Visibility, 'nodes' | 'edges' | 'faded'>;

/** PNG export options; `full` = the whole graph rather than the current view. */
export interface PngOptions {
  scale: number;
  full: boolean;
  transparent: boolean;
  background: string;
}

/** An element's drawn extent, in the graph container's pixels. */
export interface RenderedBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How the view is created (fixed for its life: changing one means a new view). */
export interface GraphViewOptions {
  /** Cytoscape's WebGL mode (`renderer: { name: 'canvas', webgl: true }`): experimental, see README "WebGL mode". */
  webgl?: boolean;
}

/** The small API the UI uses to drive the graph. */
export interface GraphView {
  /** Draws `elements`; true when the set of elements changed (false: same ids, only changed data updated). */
  setData(elements: GraphElement[]): boolean;
  applyVisibility(v: VisibilityClasses): void;
  setSelection(sel: Selection): void;
  setPath(ids: ReadonlySet<string>): void;
  runLayout(name: LayoutName, opts?: { root?: string | null; fit?: boolean }): Promise<void>;
  fit(): void;
  /** While on (the view state has no camera), the graph is refitted whenever its container changes size. */
  setAutoFit(on: boolean): void;
  focusOn(id: string): Promise<Camera>;
  getCamera(): Camera;
  setCamera(camera: Camera): void;
  /** Moves to `camera` (null: fits what is shown), animated unless the reader prefers reduced motion; resolves when there. */
  moveTo(camera: Camera | null): Promise<void>;
  neighbourInDirection(id: string, dir: Direction): string | null;
  exportPng(opts: PngOptions): Promise<{ blob: Blob; downscaled: boolean; scale: number }>;
  /** Export: whether the graph is on screen (its container laid out); images need it drawn. */
  isDrawn(): boolean;
  /** Export: runs `fn` with every element shown (hidden ones too), then hides again what was hidden. */
  withEverythingShown<T>(fn: () => Promise<T>): Promise<T>;
  /** Export: the drawn picture (visible elements, in view or whole) as plain data for the SVG/PDF writers. */
  exportScene(graph: EvidenceGraph, opts: SceneOptions): Promise<Scene>;
  /** Draws the analysis overlay's sizes and camps (its path goes through `setPath`). */
  applyOverlay(overlay: AnalysisOverlay): void;
  /** Element `id`'s drawn box in the container's pixels; null when it is missing or hidden. */
  renderedBox(id: string): RenderedBox | null;
  /** The build-time layout drawn (portrait on a tall container), fixed when the view is created. */
  readonly orientation: Orientation;
  destroy(): void;
}

/**
 * Creates the Cytoscape view inside `container`. The orientation (which build-time positions the preset layout uses)
 * is decided here, once per view (so once per page load), from the container's shape; it is exposed as
 * `cy.scratch('orientation')` and `data-orientation` on the container. A deep link's camera is a model point, so it
 * shows the same view in the orientation the link was made in: links made on a phone open the same on a phone.
 */
export function createGraphView(container: HTMLElement, handlers: GraphViewHandlers, vocabulary?: CompiledVocabulary, options: GraphViewOptions = {}): GraphView {
  const orientation = orientationFor(container.clientWidth, container.clientHeight);
  const padding = orientation === 'portrait' ? PORTRAIT_FIT_PADDING : FIT_PADDING;
  const cy = cytoscape({
    container,
    style: [...buildStylesheet(vocabulary), ...analysisStylesheet(), ...overviewStylesheet()],
    layout: { name: 'preset' },
    minZoom: 0.15,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autounselectify: true,
    ...(options.webgl ? ({ renderer: { name: 'canvas', webgl: true } } as cytoscape.CytoscapeOptions) : {}),
  });
  if (import.meta.env.DEV || import.meta.env.VITE_TEST === '1') window.cy = cy;
  cy.scratch('orientation', orientation);
  container.dataset.orientation = orientation;

  const preset = new Map<string, Position>();
  let programmatic = 0;
  let userMoved = false;
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  let firstRenderDone = false;
  let autoFit = false;
  // Parallel relations drawn as bundles, opened by selection, path and hover.
  const bundles = createBundleController(cy);
  // Renderer settings by size (rendererTuning.ts): the tier follows the drawn element count and, above the threshold, the zoom.
  let tier: DrawTier = 'full';
  // The zoom may pick the tier until new elements are first drawn: restyling before that frame is nearly free, after it
  // every label and bounding box is measured again (1.5–2 s of main thread at 3,500 elements here), so later zooms keep
  // the tier and rely on the label level of detail and hidden edges while moving.
  let zoomPicksTier = false;
  const retune = (count: number): void => {
    const next = drawTier(count, cy.zoom());
    applyRendererSwitches(cy, next !== 'full');
    if (next === tier) return;
    tier = next;
    cy.style().fromJson([...buildStylesheet(vocabulary, tier), ...analysisStylesheet(), ...overviewStylesheet()]).update();
  };
  // The first camera (fit, a link's camera) crossing RENDER_FAR_ZOOM picks near or far before the first frame.
  cy.on('viewport', () => {
    if (tier !== 'full' && zoomPicksTier) retune(cy.elements().length);
  });
  cy.on('render', () => {
    if (zoomPicksTier && cy.elements().nonempty()) zoomPicksTier = false;
  });

  // A big layout (a generated 20k graph spans ~8,000 units) must still fit: the minimum zoom drops below 0.15 only then.
  const allowZoomToFit = (): void => {
    const bb = cy.elements().boundingBox();
    const fitZoom = Math.min(cy.width() / bb.w, cy.height() / bb.h) * 0.8;
    cy.minZoom(Number.isFinite(fitZoom) && fitZoom > 0.02 ? Math.min(0.15, fitZoom) : 0.15);
  };

  const quietly = <T>(fn: () => T): T => {
    programmatic += 1;
    try {
      return fn();
    } finally {
      programmatic -= 1;
    }
  };

  const camera = (): Camera => {
    const zoom = cy.zoom();
    const pan = cy.pan();
    // The model point at the centre of the viewport: survives a different viewport size.
    return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom, zoom };
  };
  const panFor = (c: Camera): Position => ({ x: cy.width() / 2 - c.x * c.zoom, y: cy.height() / 2 - c.y * c.zoom });

  const fitVisible = (): void => {
    cy.fit(cy.elements().not('.hidden'), padding);
  };

  // On a container resize (panels opening, rotation): refit the default view, else keep the model point at the centre.
  let lastSize = { w: cy.width(), h: cy.height() };
  const resizer = new ResizeObserver(() => {
    const w = container.clientWidth;
    const h = container.clientHeight;
    if (w === lastSize.w && h === lastSize.h) return;
    const before = camera();
    const hadSize = lastSize.w > 0 && lastSize.h > 0;
    lastSize = { w, h };
    quietly(() => {
      cy.resize();
      if (autoFit) fitVisible();
      else if (hadSize) cy.viewport({ zoom: before.zoom, pan: panFor(before) });
    });
  });
  resizer.observe(container);

  cy.on('viewport', () => {
    if (programmatic > 0) return;
    userMoved = true;
    autoFit = false;
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => {
      if (userMoved) handlers.onCameraChange?.(camera());
      userMoved = false;
    }, 250);
  });
  cy.on('tap', 'node', (e: EventObject) => {
    const node = e.target as cytoscape.NodeSingular;
    if (node.hasClass('group')) handlers.onTapGroup?.(node.data('community') as string);
    else handlers.onTapNode?.(node.id());
  });
  cy.on('tap', 'edge', (e: EventObject) => {
    const edge = e.target as cytoscape.EdgeSingular;
    if (edge.hasClass('group-link')) return;
    if (edge.hasClass('bundle')) handlers.onTapBundle?.(edge.id());
    else handlers.onTapEdge?.(edge.id());
  });
  cy.on('tap', (e: EventObject) => {
    if (e.target === cy) handlers.onTapBackground?.();
  });
  cy.on('mouseover', 'node', (e: EventObject) => {
    const node = e.target as cytoscape.NodeSingular;
    const hood = node.closedNeighborhood();
    const all = cy.elements();
    cy.batch(() => {
      if (dimsOnHover(all.length)) all.not(hood).addClass('dim');
      hood.addClass('hl');
    });
    handlers.onHover?.({ group: 'nodes', id: node.id() });
  });
  cy.on('mouseover', 'edge', (e: EventObject) => {
    const edge = e.target as cytoscape.EdgeSingular;
    edge.addClass('hl hover');
    const pair = edge.hasClass('bundle') ? edge.id() : (edge.data('pair') as string | undefined);
    if (pair !== undefined) bundles.hover({ pair, isBundle: edge.hasClass('bundle') });
    handlers.onHover?.({ group: 'edges', id: edge.id() });
  });
  cy.on('mouseout', 'edge', () => bundles.hover(null));
  cy.on('mouseout', 'node, edge', () => {
    // Only the elements that carry a hover class: the others keep their style (no restyle of the whole graph).
    cy.batch(() => cy.elements('.dim, .hl, .hover').removeClass('dim hl hover'));
    handlers.onHover?.(null);
  });
  cy.on('render', () => {
    if (firstRenderDone || cy.elements().empty()) return;
    firstRenderDone = true;
    handlers.onFirstRender?.();
  });
  // Cytoscape's WebGL mode never emits 'render' (only the canvas path does): there, the first frame with elements is
  // taken to be two animation frames after they were added (its draw runs in the first of them).
  const firstRenderWebgl = (): void => {
    if (!options.webgl || firstRenderDone) return;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (firstRenderDone || cy.destroyed() || cy.elements().empty()) return;
        firstRenderDone = true;
        zoomPicksTier = false;
        handlers.onFirstRender?.();
      }),
    );
  };

  const animateOrJump = (target: { zoom: number; pan: Position }): Promise<void> => {
    if (prefersReducedMotion()) {
      quietly(() => cy.viewport(target));
      return Promise.resolve();
    }
    programmatic += 1;
    return new Promise((resolve) => {
      cy.animate(target, {
        duration: 350,
        complete: () => {
          programmatic -= 1;
          resolve();
        },
      });
    });
  };

  return {
    applyOverlay(overlay) {
      applyAnalysisOverlay(cy, overlay);
    },
    renderedBox(id) {
      const el = cy.getElementById(id);
      if (el.empty() || el.hasClass('hidden')) return null;
      const b = el.renderedBoundingBox();
      return { left: b.x1, top: b.y1, right: b.x2, bottom: b.y2 };
    },
    orientation,
    setData(graphElements) {
      const elements = graphElements.map((el) => forOrientation(el, orientation));
      const sameIds =
        elements.length === cy.elements().length && elements.every((el) => cy.getElementById(String(el.data.id)).nonempty());
      quietly(() =>
        cy.batch(() => {
          if (sameIds) {
            // Only elements whose data changed are restyled (labels after a language switch, a group's count). A
            // bundle's count and badge are the view's own (its visible relations, set by the bundle controller).
            for (const el of elements) {
              const ele = cy.getElementById(String(el.data.id));
              const next = ele.hasClass('bundle') ? { ...el.data, count: ele.data('count') as unknown, label: ele.data('label') as unknown } : el.data;
              if (dataChanged(ele.data() as Record<string, unknown>, next as Record<string, unknown>)) ele.data(next);
            }
            return;
          }
          cy.elements().remove();
          retune(elements.length);
          zoomPicksTier = true;
          cy.add(elements);
          firstRenderWebgl();
          allowZoomToFit();
          bundles.reload();
          preset.clear();
          for (const el of elements) if (el.position) preset.set(String(el.data.id), { ...el.position });
        }),
      );
      return !sameIds;
    },
    applyVisibility({ nodes, edges, faded }) {
      // Only elements whose classes change are touched: Cytoscape restyles every element a class is set on, even
      // when it already had it, and a restyle of every drawn element is most of a filter's cost at size.
      const change = { hide: cy.collection(), show: cy.collection(), fade: cy.collection(), unfade: cy.collection() };
      const sort = (el: cytoscape.SingularElementArgument, shown: boolean): void => {
        const id = el.id();
        if (shown === el.hasClass('hidden')) (shown ? change.show : change.hide).merge(el);
        const fadedNow = faded.has(id);
        if (fadedNow !== el.hasClass('time-faded')) (fadedNow ? change.fade : change.unfade).merge(el);
      };
      cy.nodes().forEach((n) => {
        if (!n.hasClass('group')) sort(n, nodes.has(n.id()));
      });
      cy.edges().forEach((e) => {
        if (!e.hasClass('bundle') && !e.hasClass('group-link')) sort(e, edges.has(e.id()));
      });
      cy.batch(() => {
        change.hide.addClass('hidden');
        change.show.removeClass('hidden');
        change.fade.addClass('time-faded');
        change.unfade.removeClass('time-faded');
        bundles.setVisible(edges, faded);
      });
    },
    setSelection(sel) {
      cy.batch(() => {
        cy.elements('.selected, .sel-adj, .sel-nb, .pair-sel').removeClass('selected sel-adj sel-nb pair-sel');
        bundles.setSelection(sel);
        if (!sel) return;
        const el = cy.getElementById(sel.id);
        el.addClass('selected');
        if (sel.kind === 'bundle' && el.isEdge()) {
          for (const id of el.data('members') as string[]) cy.getElementById(id).addClass('pair-sel');
          el.connectedNodes().addClass('sel-nb');
        } else if (sel.kind === 'entity' && el.isNode()) {
          el.connectedEdges().addClass('sel-adj');
          el.neighborhood().nodes().addClass('sel-nb');
        } else if (el.isEdge()) el.connectedNodes().addClass('sel-nb');
      });
    },
    setPath(ids) {
      cy.batch(() => {
        cy.elements('.path').removeClass('path');
        for (const id of ids) cy.getElementById(id).addClass('path');
        bundles.setPath(ids);
      });
    },
    async runLayout(name, opts = {}) {
      if (name === 'fcose') await ensureFcose();
      const animate = !prefersReducedMotion();
      const ctx = { presetPositions: preset, root: opts.root ?? null, animate: false, fit: false, padding };
      // Compute the final positions off-screen, then move there. Deterministic: always from the preset positions, and for
      // ALL nodes (hidden ones shown for the computation, within this task, so no frame sees them), so positions depend
      // only on the layout (and root), never on the filters applied before or after.
      const before = new Map<string, Position>();
      const target = new Map<string, Position>();
      quietly(() => {
        const hidden = cy.elements('.hidden');
        hidden.removeClass('hidden');
        try {
          cy.batch(() =>
            cy.nodes().forEach((n) => {
              before.set(n.id(), { ...n.position() });
              n.position({ ...(preset.get(n.id()) ?? n.position()) });
            }),
          );
          if (name !== 'preset') cy.elements().not('.bundle').layout(layoutOptions(name, ctx)).run();
          cy.batch(() =>
            cy.nodes().forEach((n) => {
              target.set(n.id(), { ...n.position() });
              n.position(before.get(n.id()) ?? n.position());
            }),
          );
        } finally {
          hidden.addClass('hidden');
        }
      });
      const final = layoutOptions('preset', { ...ctx, presetPositions: target, animate, fit: opts.fit ?? true });
      programmatic += 1;
      return new Promise((resolve) => {
        const layout = cy.elements().layout(final);
        layout.one('layoutstop', () => {
          programmatic -= 1;
          resolve();
        });
        layout.run();
      });
    },
    fit() {
      quietly(fitVisible);
    },
    setAutoFit(on) {
      autoFit = on;
    },
    async focusOn(id) {
      const el = cy.getElementById(id);
      if (el.empty()) return camera();
      autoFit = false;
      const zoom = Math.max(cy.zoom(), 1.3);
      const edge = el as cytoscape.EdgeSingular;
      // A bundle edge is drawn straight: its middle is halfway between its two entities.
      const ends = edge.hasClass('bundle') ? [edge.source().position(), edge.target().position()] : null;
      const c = el.isNode() ? el.position() : ends ? { x: (ends[0]!.x + ends[1]!.x) / 2, y: (ends[0]!.y + ends[1]!.y) / 2 } : edge.midpoint();
      await animateOrJump({ zoom, pan: panFor({ x: c.x, y: c.y, zoom }) });
      return camera();
    },
    getCamera: camera,
    setCamera(c) {
      autoFit = false;
      quietly(() => cy.viewport({ zoom: c.zoom, pan: panFor(c) }));
    },
    async moveTo(c) {
      autoFit = c === null;
      if (c !== null) return animateOrJump({ zoom: c.zoom, pan: panFor(c) });
      if (prefersReducedMotion()) return quietly(fitVisible);
      programmatic += 1;
      await new Promise<void>((resolve) => {
        cy.animate({ fit: { eles: cy.elements().not('.hidden'), padding } }, {
          duration: 350,
          complete: () => {
            programmatic -= 1;
            resolve();
          },
        });
      });
    },
    neighbourInDirection(id, dir) {
      const node = cy.nodes().getElementById(id);
      if (node.empty()) return null;
      const candidates = node
        .neighborhood()
        .nodes()
        .not('.hidden, .group')
        .map((n: cytoscape.NodeSingular) => ({ id: n.id(), ...n.renderedPosition() }));
      return pickInDirection({ id, ...node.renderedPosition() }, candidates, dir);
    },
    async exportPng({ scale, full, transparent, background }) {
      const bb = cy.elements().not('.hidden').boundingBox();
      const ratio = window.devicePixelRatio || 1;
      const w = (full ? bb.w : cy.width()) * ratio;
      const h = (full ? bb.h : cy.height()) * ratio;
      const plan = planPng(w, h, scale);
      const blob = cy.png({
        output: 'blob',
        full,
        ...(plan.downscaled ? { maxWidth: plan.width, maxHeight: plan.height } : { scale }),
        ...(transparent ? {} : { bg: background }),
      });
      if (!(blob instanceof Blob) || blob.size < 64) {
        throw new Error(`PNG export failed: the browser returned an empty image (${plan.width}×${plan.height} px)`);
      }
      return { blob, downscaled: plan.downscaled, scale: plan.scale };
    },
    isDrawn: () => container.offsetParent !== null,
    withEverythingShown: (fn) => withEverythingShown(cy, fn),
    async exportScene(graph, opts) {
      const { sceneFromCy } = await import('./export/sceneFromCy');
      return sceneFromCy(cy, graph, opts);
    },
    destroy() {
      clearTimeout(cameraTimer);
      bundles.dispose();
      resizer.disconnect();
      delete container.dataset.orientation;
      if (window.cy === cy) delete window.cy;
      cy.destroy();
    },
  };
}
