// Where a community's group node sits: the centre of its members' positions (landscape, and portrait when all have one).
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

/** The centroid of each community's members, and the extent of those centroids (group nodes are sized by it). */
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
  return { positions: out, extent };
}
