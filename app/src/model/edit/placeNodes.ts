// Places nodes that have no position yet beside the ones that do: near their placed neighbours, else in a row under the graph, never over another node's box.
import type { EvidenceGraph } from '../graph';
import type { Point } from '../data/fitBox';
import { nodeBox, type Box, type PlacedBox } from '../data/labelBoxes';

// Side of the square cells of the box index (model units): about one node box.
const CELL = 96;
// Distance between two rings of candidate spots, and between two spots on a ring (model units).
const RING_STEP = 34;
const SPOT_STEP = 34;
// Rings tried before giving up on the neighbourhood and going to the row under the graph.
const MAX_RINGS = 60;
// Space kept between a new node's box and any other box (rounding positions to 0.1 can never make them touch).
const CLEARANCE = 2;
// Space between the graph and the row of nodes without placed neighbours, and between nodes in that row.
const ROW_GAP = 16;

// A cell's number in the index (cells span ±32,768 on each axis: ±3 million model units).
const cellKey = (i: number, j: number): number => (i + 32768) * 65536 + (j + 32768);

/** The node+label boxes already placed, bucketed by cell so an overlap test looks at a few boxes only. */
class BoxIndex {
  private readonly cells = new Map<number, PlacedBox[]>();
  minX = Infinity;
  maxX = -Infinity;
  minY = Infinity;
  maxY = -Infinity;

  add(b: PlacedBox): void {
    const i1 = Math.floor((b.x + b.halfWidth + CLEARANCE) / CELL), j1 = Math.floor((b.y + b.bottom + CLEARANCE) / CELL);
    for (let i = Math.floor((b.x - b.halfWidth - CLEARANCE) / CELL); i <= i1; i++) {
      for (let j = Math.floor((b.y - b.top - CLEARANCE) / CELL); j <= j1; j++) {
        const list = this.cells.get(cellKey(i, j));
        if (list === undefined) this.cells.set(cellKey(i, j), [b]);
        else list.push(b);
      }
    }
    this.minX = Math.min(this.minX, b.x - b.halfWidth);
    this.maxX = Math.max(this.maxX, b.x + b.halfWidth);
    this.minY = Math.min(this.minY, b.y - b.top);
    this.maxY = Math.max(this.maxY, b.y + b.bottom);
  }

  /** Whether `box` at (x, y), with the clearance, overlaps a box already placed. */
  hits(box: Box, x: number, y: number): boolean {
    const left = x - box.halfWidth, right = x + box.halfWidth, top = y - box.top, bottom = y + box.bottom;
    const i1 = Math.floor((right + CLEARANCE) / CELL), j1 = Math.floor((bottom + CLEARANCE) / CELL);
    for (let i = Math.floor((left - CLEARANCE) / CELL); i <= i1; i++) {
      for (let j = Math.floor((top - CLEARANCE) / CELL); j <= j1; j++) {
        const list = this.cells.get(cellKey(i, j));
        if (list === undefined) continue;
        for (const o of list) {
          if (Math.min(right, o.x + o.halfWidth) - Math.max(left, o.x - o.halfWidth) + CLEARANCE <= 0) continue;
          if (Math.min(bottom, o.y + o.bottom) - Math.max(top, o.y - o.top) + CLEARANCE > 0) return true;
        }
      }
    }
    return false;
  }
}

const round = (v: number): number => Math.round(v * 10) / 10;

/**
 * The free spot nearest `centre` for `box`: `centre` itself, then rings of spots around it, each ring tried starting
 * from direction `angle` (away from the graph: fewer crossings) and alternating sides. Null when every ring is full.
 */
function freeSpotNear(index: BoxIndex, box: Box, centre: Point, angle: number): Point | null {
  const first = { x: round(centre.x), y: round(centre.y) };
  if (!index.hits(box, first.x, first.y)) return first;
  for (let ring = 1; ring <= MAX_RINGS; ring++) {
    const radius = ring * RING_STEP;
    const spots = Math.max(6, Math.round((2 * Math.PI * radius) / SPOT_STEP));
    for (let k = 0; k < spots; k++) {
      // 0, +1, -1, +2, -2 … steps from `angle`.
      const step = k % 2 === 1 ? (k + 1) / 2 : -k / 2;
      const a = angle + (step * 2 * Math.PI) / spots;
      const candidate = { x: round(centre.x + radius * Math.cos(a)), y: round(centre.y + radius * Math.sin(a)) };
      if (!index.hits(box, candidate.x, candidate.y)) return candidate;
    }
  }
  return null;
}

/** Every node's node+label box, as the layout measures it. */
export function nodeBoxes(graph: EvidenceGraph): Map<string, Box> {
  return new Map(graph.mapNodes((key, a) => [key, nodeBox([a.label, a.labelZh], graph.degree(key))] as const));
}

/**
 * Positions for every node of `graph`: those in `known` keep theirs exactly; each other node goes to the free spot
 * nearest the centroid of its placed neighbours (its node+label box overlapping no other), and a node with none goes
 * to a row under the graph. Deterministic: nodes are taken in graph order, repeatedly, so a node whose neighbours are
 * new is placed once they are. `known` must hold at least one node of the graph for "near" to mean anything; with
 * none, everything goes into rows.
 */
export function placeNodes(graph: EvidenceGraph, known: ReadonlyMap<string, Point>, boxes: ReadonlyMap<string, Box> = nodeBoxes(graph)): Map<string, Point> {
  const placed = new Map<string, Point>();
  const index = new BoxIndex();
  graph.forEachNode((key) => {
    const box = boxes.get(key) as Box;
    const p = known.get(key);
    if (p !== undefined) {
      placed.set(key, { x: p.x, y: p.y });
      index.add({ ...box, x: p.x, y: p.y });
    }
  });
  const centre = (): Point => (placed.size === 0 ? { x: 0, y: 0 } : { x: (index.minX + index.maxX) / 2, y: (index.minY + index.maxY) / 2 });
  // The row under the graph (as it was before any new node) for nodes without placed neighbours.
  const row = { x: Number.isFinite(index.minX) ? index.minX : 0, y: Number.isFinite(index.maxY) ? index.maxY + ROW_GAP : 0, start: Number.isFinite(index.minX) ? index.minX : 0, end: Number.isFinite(index.maxX) ? Math.max(index.maxX, index.minX + 600) : 600, height: 0 };

  const put = (key: string, p: Point): void => {
    placed.set(key, p);
    index.add({ ...(boxes.get(key) as Box), ...p });
  };
  const placeInRow = (key: string): void => {
    const box = boxes.get(key) as Box;
    if (row.x + 2 * box.halfWidth > row.end && row.x > row.start) {
      row.x = row.start;
      row.y += row.height + ROW_GAP;
      row.height = 0;
    }
    const spot = { x: row.x + box.halfWidth, y: row.y + box.top };
    const p = freeSpotNear(index, box, spot, Math.PI / 2) ?? { x: round(spot.x), y: round(Math.max(row.y, index.maxY) + box.top + ROW_GAP) };
    put(key, p);
    row.x = p.x + box.halfWidth + ROW_GAP;
    row.height = Math.max(row.height, box.top + box.bottom);
  };

  let pending = graph.nodes().filter((key) => !placed.has(key));
  while (pending.length > 0) {
    const left: string[] = [];
    for (const key of pending) {
      const around = graph.neighbors(key).filter((n) => placed.has(n)).map((n) => placed.get(n) as Point);
      if (around.length === 0) {
        left.push(key);
        continue;
      }
      const c = { x: around.reduce((s, p) => s + p.x, 0) / around.length, y: around.reduce((s, p) => s + p.y, 0) / around.length };
      const g = centre();
      const angle = c.x === g.x && c.y === g.y ? Math.PI / 2 : Math.atan2(c.y - g.y, c.x - g.x);
      const spot = freeSpotNear(index, boxes.get(key) as Box, c, angle);
      if (spot === null) placeInRow(key);
      else put(key, spot);
    }
    // Nobody could be placed near a neighbour: the first one left goes to the row, and its neighbours follow it.
    if (left.length === pending.length) placeInRow(left.shift() as string);
    pending = left;
  }
  return placed;
}
