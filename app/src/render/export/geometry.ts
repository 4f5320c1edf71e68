// Shapes as SVG geometry: node outlines, edge curves (Cytoscape's bezier rules) and arrowheads.
import type { Point } from './scene';

const fmt = (n: number): string => (Math.round(n * 100) / 100).toString();

/** An SVG points list `x,y x,y …`. */
export function pointsAttr(points: readonly Point[]): string {
  return points.map((p) => `${fmt(p.x)},${fmt(p.y)}`).join(' ');
}

function ngon(sides: number, rotation: number): Point[] {
  const pts: Point[] = [];
  for (let i = 0; i < sides; i += 1) {
    const a = rotation + (2 * Math.PI * i) / sides;
    pts.push({ x: Math.cos(a), y: Math.sin(a) });
  }
  const mx = Math.max(...pts.map((p) => Math.abs(p.x)));
  const my = Math.max(...pts.map((p) => Math.abs(p.y)));
  return pts.map((p) => ({ x: p.x / mx, y: p.y / my }));
}

const UNIT_POLYGONS: Record<string, Point[]> = {
  diamond: [
    { x: 0, y: -1 },
    { x: 1, y: 0 },
    { x: 0, y: 1 },
    { x: -1, y: 0 },
  ],
  hexagon: ngon(6, 0),
  octagon: ngon(8, Math.PI / 8),
  triangle: [
    { x: 0, y: -1 },
    { x: 1, y: 1 },
    { x: -1, y: 1 },
  ],
};

/** The polygon outline of a node shape centred at (x, y), or null for shapes drawn as ellipse/rect. */
export function nodePolygon(shape: string, x: number, y: number, w: number, h: number): Point[] | null {
  const unit = UNIT_POLYGONS[shape];
  return unit ? unit.map((p) => ({ x: x + (p.x * w) / 2, y: y + (p.y * h) / 2 })) : null;
}

/** Corner radius of a round-rectangle node, as Cytoscape draws it. */
export function roundRectRadius(w: number, h: number): number {
  return Math.min(w / 4, h / 4, 8);
}

/**
 * SVG path data of an edge through `points` = [source endpoint, …control points, target endpoint]:
 * a line with no control point, one quadratic curve with one, and with several a chain of quadratic
 * curves joined at the midpoints between control points (Cytoscape's multi-bezier).
 */
export function edgePath(points: readonly Point[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return '';
  const cps = points.slice(1, -1);
  const parts = [`M${fmt(first.x)} ${fmt(first.y)}`];
  if (cps.length === 0) parts.push(`L${fmt(last.x)} ${fmt(last.y)}`);
  cps.forEach((cp, i) => {
    const next = cps[i + 1];
    const end = next ? { x: (cp.x + next.x) / 2, y: (cp.y + next.y) / 2 } : last;
    parts.push(`Q${fmt(cp.x)} ${fmt(cp.y)} ${fmt(end.x)} ${fmt(end.y)}`);
  });
  return parts.join(' ');
}

// Arrowheads in Cytoscape's unit space: tip at (0,0), body towards negative y.
const ARROWS: Record<string, number[][]> = {
  triangle: [[-0.15, -0.3, 0, 0, 0.15, -0.3]],
  vee: [[-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15]],
  tee: [[-0.15, -0.1, -0.15, 0, 0.15, 0, 0.15, -0.1]],
  square: [[-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3]],
  diamond: [[-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0]],
  chevron: [[0, 0, -0.15, -0.15, -0.1, -0.2, 0, -0.1, 0.1, -0.2, 0.15, -0.15]],
  'triangle-tee': [
    [-0.15, -0.3, 0, 0, 0.15, -0.3],
    [-0.15, -0.4, -0.15, -0.46, 0.15, -0.46, 0.15, -0.4],
  ],
};

/** Arrow size for an edge of `width`, as Cytoscape computes it. */
export function arrowSize(width: number, scale: number): number {
  return Math.max(Math.pow(width * 13.37, 0.9), 29) * scale;
}

/** Polygons of an arrowhead whose tip is the last point, pointing along the curve's end tangent. */
export function arrowPolygons(shape: string, points: readonly Point[], size: number): Point[][] {
  const unit = ARROWS[shape];
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  if (!unit || !tip || !from) return [];
  const len = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (len === 0) return [];
  const back = { x: (from.x - tip.x) / len, y: (from.y - tip.y) / len };
  const perp = { x: -back.y, y: back.x };
  return unit.map((coords) => {
    const poly: Point[] = [];
    for (let i = 0; i + 1 < coords.length; i += 2) {
      const px = coords[i] ?? 0;
      const py = -(coords[i + 1] ?? 0);
      poly.push({ x: tip.x + size * (px * perp.x + py * back.x), y: tip.y + size * (px * perp.y + py * back.y) });
    }
    return poly;
  });
}

/** Rotation (degrees) that keeps text along a→b upright. */
export function uprightAngle(a: Point, b: Point): number {
  let deg = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
  if (deg > 90) deg -= 180;
  if (deg < -90) deg += 180;
  return deg;
}

/** Point on the drawn curve halfway along its parameter (the label anchor). */
export function curveMidpoint(points: readonly Point[]): Point {
  const first = points[0] ?? { x: 0, y: 0 };
  const last = points[points.length - 1] ?? first;
  if (points.length === 3) {
    const c = points[1] ?? first;
    return { x: 0.25 * first.x + 0.5 * c.x + 0.25 * last.x, y: 0.25 * first.y + 0.5 * c.y + 0.25 * last.y };
  }
  if (points.length > 3) return points[Math.floor(points.length / 2)] ?? first;
  return { x: (first.x + last.x) / 2, y: (first.y + last.y) / 2 };
}
