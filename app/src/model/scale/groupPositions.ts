// Where a community's group node sits: near the centre of its members' positions (landscape, and portrait when all have one), moved out so no two group circles overlap.
import type { EvidenceGraph } from '../graph';
import type { ScaleIndex } from './scaleIndex';

export interface GroupPosition {
  x: number;
  y: number;
  /** Portrait position, when every member has one. */
  portrait?: { x: number; y: number };
}

/** Group node positions, and their extent (the larger side of the group nodes' bounding box, in model units). */
export interface GroupLayout {
  positions: Map<string, GroupPosition>;
  extent: number;
}

/** A group node's diameter for `members` members, at layout scale 1. */
export const groupSize = (members: number): number => Math.min(160, 24 + 6 * Math.sqrt(members));
/** How much bigger group nodes and their labels are drawn when the group nodes spread over `extent` units (1 up to 1,200 units). */
export const layoutScale = (extent: number): number => Math.max(1, extent / 1200);
/** Space kept between two group circles, as a share of the larger one's radius. */
const GAP = 0.15;

interface Circle {
  x: number;
  y: number;
  r: number;
}

/**
 * Moves circles (largest first; ties in the given order) so that no two bounding boxes overlap: each stays at
 * its own centre if that is free, else takes the first free point on a sunflower spiral around it. Deterministic.
 */
export function separateCircles(circles: readonly Circle[]): Array<{ x: number; y: number }> {
  const order = circles.map((_, i) => i).sort((a, b) => circles[b]!.r - circles[a]!.r || a - b);
  const rMax = Math.max(0, ...circles.map((c) => c.r));
  const cell = Math.max(1e-9, 2 * rMax * (1 + GAP));
  const grid = new Map<string, number[]>();
  const placed: Array<{ x: number; y: number }> = new Array(circles.length);
  const key = (gx: number, gy: number): string => `${gx},${gy}`;
  const fits = (x: number, y: number, r: number): boolean => {
    const gx = Math.floor(x / cell);
    const gy = Math.floor(y / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(key(gx + dx, gy + dy)) ?? []) {
          const p = placed[j]!;
          // Their bounding boxes (squares of side 2r) apart, with the gap: then the circles are too.
          const min = r + circles[j]!.r + GAP * Math.max(r, circles[j]!.r);
          if (Math.abs(p.x - x) < min && Math.abs(p.y - y) < min) return false;
        }
      }
    }
    return true;
  };
  const GOLDEN = Math.PI * (3 - Math.sqrt(5));
  const resume = new Map<string, number>();
  for (const i of order) {
    const c = circles[i]!;
    // The spiral's points are about a largest radius apart: coarse enough that a circle behind a pile of others finds
    // room in a number of steps that grows with the pile's size, not with its area over its own.
    const step = Math.max(rMax * (1 + GAP), 1e-6) / 2;
    let x = c.x;
    let y = c.y;
    // Circles centred in the same cell go on from where the last one found room (a pile is searched once, not once per circle).
    const origin = key(Math.floor(c.x / cell), Math.floor(c.y / cell));
    let t = Math.max(1, (resume.get(origin) ?? 0) - 8);
    if (!fits(x, y, c.r)) {
      for (; ; t++) {
        const radius = step * Math.sqrt(t);
        x = c.x + radius * Math.cos(t * GOLDEN);
        y = c.y + radius * Math.sin(t * GOLDEN);
        if (fits(x, y, c.r)) break;
      }
      resume.set(origin, t);
    }
    placed[i] = { x, y };
    const k = key(Math.floor(x / cell), Math.floor(y / cell));
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  }
  return placed;
}

/**
 * Each community's group node: at the centroid of its members, moved out (separateCircles) so that no two group circles
 * overlap even when every member is in the group (the largest each can be drawn); `extent` is the centroids' extent,
 * which scales the sizes (so moving them does not grow them).
 */
export function groupPositions(graph: EvidenceGraph, index: ScaleIndex): GroupLayout {
  const out = new Map<string, GroupPosition>();
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [community, members] of index.members) {
    let x = 0;
    let y = 0;
    let px = 0;
    let py = 0;
    let portrait = true;
    for (const m of members) {
      const a = graph.getNodeAttributes(m);
      x += a.x;
      y += a.y;
      if (a.px === undefined || a.py === undefined) portrait = false;
      else {
        px += a.px;
        py += a.py;
      }
    }
    const n = Math.max(1, members.length);
    minX = Math.min(minX, x / n);
    maxX = Math.max(maxX, x / n);
    minY = Math.min(minY, y / n);
    maxY = Math.max(maxY, y / n);
    out.set(community, { x: x / n, y: y / n, ...(portrait ? { portrait: { x: px / n, y: py / n } } : {}) });
  }
  const extent = Number.isFinite(minX) ? Math.max(maxX - minX, maxY - minY) : 0;
  const ids = [...out.keys()];
  const radius = (id: string): number => (groupSize(index.members.get(id)?.length ?? 0) * layoutScale(extent)) / 2;
  const moved = separateCircles(ids.map((id) => ({ ...out.get(id)!, r: radius(id) })));
  const portraits = ids.every((id) => out.get(id)!.portrait !== undefined)
    ? separateCircles(ids.map((id) => ({ ...out.get(id)!.portrait!, r: radius(id) })))
    : null;
  ids.forEach((id, i) => {
    const p = out.get(id)!;
    out.set(id, { x: moved[i]!.x, y: moved[i]!.y, ...(p.portrait ? { portrait: portraits ? portraits[i]! : p.portrait } : {}) });
  });
  return { positions: out, extent };
}
