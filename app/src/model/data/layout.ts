// Deterministic build-time layout: seeded random start, ForceAtlas2, noverlap, then label boxes pushed apart.
import random from 'graphology-layout/random';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { EvidenceGraph } from '../graph';
import { NODE_SIZE, nodeBox, separateBoxes, type Box, type PlacedBox } from './labelBoxes';

/** The box node+label boxes are fitted into (model units): the graph area of a 1280×800 window at zoom ≈ 0.85, so labels render at ≥ 10 px. */
export const LAYOUT_BOX = { width: 1600, height: 520 } as const;
const SEED = 20240318;
const FA2_ITERATIONS = 600;

/** Mulberry32: a small seeded PRNG, so the same graph always gets the same start. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Point = { x: number; y: number };

function bounds(points: readonly Point[]): { minX: number; maxX: number; minY: number; maxY: number } {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
  }
  return { minX, maxX, minY, maxY };
}

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

/** Scales (each axis to fill) and centres points into `factor` × the layout box. */
function fitIntoBox(points: readonly Point[], factor: number): Point[] {
  const b = bounds(points);
  const w = LAYOUT_BOX.width * factor, h = LAYOUT_BOX.height * factor;
  const sx = w / Math.max(b.maxX - b.minX, 1e-9), sy = h / Math.max(b.maxY - b.minY, 1e-9);
  const cx = (b.minX + b.maxX) / 2, cy = (b.minY + b.maxY) / 2;
  return points.map((p) => ({ x: LAYOUT_BOX.width / 2 + (p.x - cx) * sx, y: LAYOUT_BOX.height / 2 + (p.y - cy) * sy }));
}

/** Extent of placed boxes including their labels. */
function boxBounds(boxes: readonly PlacedBox[]): { minX: number; maxX: number; minY: number; maxY: number } {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x - b.halfWidth); maxX = Math.max(maxX, b.x + b.halfWidth);
    minY = Math.min(minY, b.y - b.top); maxY = Math.max(maxY, b.y + b.bottom);
  }
  return { minX, maxX, minY, maxY };
}

/** Removes overlaps from a scaled start: noverlap for an organic spread, then exact label boxes; returns the boxes and overlaps left. */
function spreadOut(graph: EvidenceGraph, start: readonly Point[], boxes: readonly Box[]): { placed: PlacedBox[]; left: number } {
  const keys = graph.nodes();
  keys.forEach((key, i) => graph.mergeNodeAttributes(key, start[i] as Point));
  noverlap.assign(graph, {
    maxIterations: 300,
    settings: { margin: 2, ratio: 1, expansion: 1.05 },
    inputReducer: (_key, a) => ({ x: a.x, y: a.y, size: NODE_SIZE }),
  });
  const placed = graph.mapNodes((_key, a) => ({ x: a.x, y: a.y })).map((p, i) => ({ ...(boxes[i] as Box), ...p }));
  return { placed, left: separateBoxes(placed) };
}

/** Sets every node's x/y: same graph in, same positions out; label boxes do not overlap; roughly fills the layout box. */
export function applyLayout(graph: EvidenceGraph): void {
  if (graph.order === 0) return;
  random.assign(graph, { rng: seededRandom(SEED), scale: 1000, center: 0 });
  if (graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), linLogMode: true, outboundAttractionDistribution: false, barnesHutOptimize: false };
    forceAtlas2.assign(graph, { iterations: FA2_ITERATIONS, settings, getEdgeWeight: null });
  }
  const force = alignMainAxis(graph.mapNodes((_key, a) => ({ x: a.x, y: a.y })));
  const boxes = graph.mapNodes((key, a) => nodeBox([a.label, a.labelZh], graph.degree(key)));
  // The densest start that fits the box without overlaps; a start whose boxes could not all be separated ranks last.
  let best: PlacedBox[] = [];
  let bestScore = Infinity;
  let bestLeft = 0;
  for (const factor of [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4]) {
    const { placed, left } = spreadOut(graph, fitIntoBox(force, factor), boxes);
    const b = boxBounds(placed);
    const excess = Math.max((b.maxX - b.minX) / LAYOUT_BOX.width, (b.maxY - b.minY) / LAYOUT_BOX.height);
    const score = excess + left * 1000;
    if (score < bestScore) [best, bestScore, bestLeft] = [placed, score, left];
    if (left === 0 && excess <= 1) break;
  }
  if (bestLeft > 0) separateBoxes(best, 20000);
  const b = boxBounds(best);
  const dx = LAYOUT_BOX.width / 2 - (b.minX + b.maxX) / 2, dy = LAYOUT_BOX.height / 2 - (b.minY + b.maxY) / 2;
  graph.nodes().forEach((key, i) => {
    const p = best[i] as PlacedBox;
    graph.mergeNodeAttributes(key, { x: Math.round((p.x + dx) * 10) / 10, y: Math.round((p.y + dy) * 10) / 10 });
  });
}
