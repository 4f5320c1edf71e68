// Fits a force-directed picture into a target box: scaled starts, noverlap, node+label boxes pushed apart, centred.
import noverlap from 'graphology-layout-noverlap';
import type { EvidenceGraph } from '../graph';
import { NODE_SIZE, separateBoxes, type Box, type PlacedBox } from './labelBoxes';

/** A point in model units. */
export interface Point {
  x: number;
  y: number;
}

/** A target box in model units. */
export interface LayoutBox {
  width: number;
  height: number;
}

/** Extent of points. */
export function bounds(points: readonly Point[]): { minX: number; maxX: number; minY: number; maxY: number } {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
  }
  return { minX, maxX, minY, maxY };
}

/** Extent of placed boxes including their labels. */
export function boxBounds(boxes: readonly PlacedBox[]): { minX: number; maxX: number; minY: number; maxY: number } {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x - b.halfWidth); maxX = Math.max(maxX, b.x + b.halfWidth);
    minY = Math.min(minY, b.y - b.top); maxY = Math.max(maxY, b.y + b.bottom);
  }
  return { minX, maxX, minY, maxY };
}

// Scales (each axis to fill) and centres points into `factor` × the box.
function fitIntoBox(points: readonly Point[], box: LayoutBox, factor: number): Point[] {
  const b = bounds(points);
  const w = box.width * factor, h = box.height * factor;
  const sx = w / Math.max(b.maxX - b.minX, 1e-9), sy = h / Math.max(b.maxY - b.minY, 1e-9);
  const cx = (b.minX + b.maxX) / 2, cy = (b.minY + b.maxY) / 2;
  return points.map((p) => ({ x: box.width / 2 + (p.x - cx) * sx, y: box.height / 2 + (p.y - cy) * sy }));
}

// Removes overlaps from a scaled start: noverlap for an organic spread, then exact label boxes; returns the boxes and overlaps left.
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

/**
 * Positions (in node order, rounded to 0.1) for `force` fitted into `box`: the loosest scaled start whose node+label
 * boxes end up inside the box without overlaps (a start whose boxes could not all be separated ranks last), centred.
 * Uses the graph's x/y as scratch space for noverlap; the caller writes the final positions.
 */
export function fitIntoLayoutBox(graph: EvidenceGraph, force: readonly Point[], boxes: readonly Box[], box: LayoutBox): { points: Point[]; extent: LayoutBox } {
  let best: PlacedBox[] = [];
  let bestScore = Infinity;
  let bestLeft = 0;
  for (const factor of [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4]) {
    const { placed, left } = spreadOut(graph, fitIntoBox(force, box, factor), boxes);
    const b = boxBounds(placed);
    const excess = Math.max((b.maxX - b.minX) / box.width, (b.maxY - b.minY) / box.height);
    const score = excess + left * 1000;
    if (score < bestScore) [best, bestScore, bestLeft] = [placed, score, left];
    if (left === 0 && excess <= 1) break;
  }
  if (bestLeft > 0) separateBoxes(best, 20000);
  const b = boxBounds(best);
  const dx = box.width / 2 - (b.minX + b.maxX) / 2, dy = box.height / 2 - (b.minY + b.maxY) / 2;
  const points = best.map((p) => ({ x: Math.round((p.x + dx) * 10) / 10, y: Math.round((p.y + dy) * 10) / 10 }));
  return { points, extent: { width: b.maxX - b.minX, height: b.maxY - b.minY } };
}
