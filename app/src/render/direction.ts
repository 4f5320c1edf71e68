// Keyboard navigation on the graph: which neighbour lies in the direction of an arrow key.
export type Direction = 'up' | 'down' | 'left' | 'right';

/** A candidate node with its (model or rendered) position. */
export interface Placed {
  id: string;
  x: number;
  y: number;
}

const vectors: Record<Direction, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

/**
 * Picks the candidate best placed in `dir` from `from` (screen axes: y grows downwards):
 * only candidates in that half-plane count; among them, the smallest distance weighted by the angle off-axis.
 * Returns null when no candidate lies that way.
 */
export function pickInDirection(from: Placed, candidates: readonly Placed[], dir: Direction): string | null {
  const [vx, vy] = vectors[dir];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * vx + dy * vy;
    if (along <= 0) continue;
    const dist = Math.hypot(dx, dy);
    const cos = along / dist;
    const score = dist * (2 - cos) * (2 - cos);
    if (score < bestScore || (score === bestScore && best !== null && c.id < best)) {
      bestScore = score;
      best = c.id;
    }
  }
  return best;
}
