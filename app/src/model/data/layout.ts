// Deterministic build-time layouts: seeded random start, ForceAtlas2, then fitted (label boxes apart) into a wide and a tall box.
import { seededRandom } from '../analysis/seededRandom';
import random from 'graphology-layout/random';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { EvidenceGraph } from '../graph';
import { fitIntoLayoutBox, type Point } from './fitBox';
import { nodeBox, type Box } from './labelBoxes';

/** The box node+label boxes are fitted into (model units): the graph area of a 1280×800 window at zoom ≈ 0.85, so labels render at ≥ 10 px. */
export const LAYOUT_BOX = { width: 1600, height: 520 } as const;
/** The portrait (`px`, `py`) layout's aspect: a phone's graph area (390×844 → 390×712, ~374×696 inside the 8 px portrait fit padding). */
export const PORTRAIT_ASPECT = { width: 374, height: 696 } as const;
// Portrait box widths tried (model units); the one whose result fills a phone at the largest zoom wins.
const PORTRAIT_WIDTHS = [540, 580, 620, 660];
const SEED = 20240318;
/**
 * Seeds tried for the landscape picture (the result is very sensitive to the start): the one whose fitted extent a
 * 1280×800 window shows at the largest zoom wins, so labels stay legible. Small graphs only: each try is a full layout.
 */
const SEEDS = [SEED, 1, 2, 3, 4, 5];
const SEED_SEARCH_MAX_NODES = 200;
/** The graph area of a 1280×800 window (toolbar and timeline off, fit padding off), model units at zoom 1. */
const DESKTOP_VIEW = { width: 1280 - 48, height: 622 - 48 } as const;
const FA2_ITERATIONS = 600;

/** The project's one seeded PRNG (mulberry32), re-exported for the layout's callers. */
export { seededRandom };

/** Rotates points about their centroid so their main axis of spread is horizontal (fits a landscape view). */
function alignMainAxis(points: readonly Point[]): Point[] {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n, my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0, syy = 0, sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2; syy += (p.y - my) ** 2; sxy += (p.x - mx) * (p.y - my);
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle), sin = Math.sin(-angle);
  return points.map((p) => ({ x: (p.x - mx) * cos - (p.y - my) * sin, y: (p.x - mx) * sin + (p.y - my) * cos }));
}

/** The force-directed picture, main axis horizontal (before fitting). */
function forcePicture(graph: EvidenceGraph, seed: number): Point[] {
  random.assign(graph, { rng: seededRandom(seed), scale: 1000, center: 0 });
  if (graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), linLogMode: true, outboundAttractionDistribution: false, barnesHutOptimize: false };
    forceAtlas2.assign(graph, { iterations: FA2_ITERATIONS, settings, getEdgeWeight: null });
  }
  return alignMainAxis(graph.mapNodes((_key, a) => ({ x: a.x, y: a.y })));
}

// The portrait positions: the picture fitted to tall boxes of a few sizes, keeping the one a phone shows at the largest zoom.
function portraitPoints(graph: EvidenceGraph, picture: readonly Point[], boxes: readonly Box[]): Point[] {
  let best: Point[] = [];
  let bestZoom = 0;
  for (const width of PORTRAIT_WIDTHS) {
    const box = { width, height: Math.round((width * PORTRAIT_ASPECT.height) / PORTRAIT_ASPECT.width) };
    const { points, extent } = fitIntoLayoutBox(graph, picture, boxes, box);
    const zoom = Math.min(PORTRAIT_ASPECT.width / extent.width, PORTRAIT_ASPECT.height / extent.height);
    if (zoom > bestZoom) [best, bestZoom] = [points, zoom];
  }
  return best;
}

/**
 * Sets every node's x/y (landscape: fitted to LAYOUT_BOX) and px/py (portrait: the same picture turned a quarter
 * clockwise, fitted to a tall box of PORTRAIT_ASPECT): same graph in, same positions out; label boxes do not overlap in either.
 */
export function applyLayout(graph: EvidenceGraph): void {
  if (graph.order === 0) return;
  const boxes = graph.mapNodes((key, a) => nodeBox([a.label, a.labelZh], graph.degree(key)));
  let force: Point[] = [];
  let wide: Point[] = [];
  let bestZoom = -1;
  for (const seed of graph.order <= SEED_SEARCH_MAX_NODES ? SEEDS : [SEED]) {
    const picture = forcePicture(graph, seed);
    const fitted = fitIntoLayoutBox(graph, picture, boxes, LAYOUT_BOX);
    const zoom = Math.min(DESKTOP_VIEW.width / fitted.extent.width, DESKTOP_VIEW.height / fitted.extent.height);
    if (zoom > bestZoom + 1e-9) [force, wide, bestZoom] = [picture, fitted.points, zoom];
  }
  // A quarter turn clockwise on screen (y points down): the landscape's left end becomes the top.
  const tall = portraitPoints(graph, force.map((p) => ({ x: -p.y, y: p.x })), boxes);
  graph.nodes().forEach((key, i) => {
    const w = wide[i] as Point, t = tall[i] as Point;
    graph.mergeNodeAttributes(key, { x: w.x, y: w.y, px: t.x, py: t.y });
  });
}
