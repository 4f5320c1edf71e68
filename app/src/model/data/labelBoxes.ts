// Approximate on-screen boxes of nodes with their labels, and a deterministic pass that pushes overlapping boxes apart.

/** Node diameter the layout assumes (model units = px at zoom 1). */
export const NODE_SIZE = 30;
/** Font size the layout assumes for labels. */
export const LABEL_FONT_SIZE = 11;
const LABEL_GAP = 4;
const PADDING = 4;

/** A node's box relative to its centre: label drawn centred below the node. */
export interface Box {
  halfWidth: number;
  top: number;
  bottom: number;
}

/** Estimated width of a label in px: CJK and full-width characters one em, others about 0.6 em. */
export function labelWidth(label: string): number {
  let width = 0;
  for (const ch of label) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? LABEL_FONT_SIZE : LABEL_FONT_SIZE * 0.6;
  return width;
}

/** The box a node and its widest label (English or Chinese) occupy, with a little padding. */
export function nodeBox(labels: readonly string[]): Box {
  const width = Math.max(NODE_SIZE, ...labels.map(labelWidth));
  return { halfWidth: width / 2 + PADDING, top: NODE_SIZE / 2 + PADDING, bottom: NODE_SIZE / 2 + LABEL_GAP + LABEL_FONT_SIZE * 1.3 + PADDING };
}

/** A positioned box. */
export interface PlacedBox extends Box {
  x: number;
  y: number;
}

/** Horizontal and vertical overlap of two placed boxes (both > 0 means they overlap). */
export function overlap(a: PlacedBox, b: PlacedBox): { x: number; y: number } {
  const x = Math.min(a.x + a.halfWidth, b.x + b.halfWidth) - Math.max(a.x - a.halfWidth, b.x - b.halfWidth);
  const y = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y - a.top, b.y - b.top);
  return { x, y };
}

/** Moves boxes (in place, in array order, no randomness) until none overlap or `maxRounds` is reached; returns overlaps left. */
export function separateBoxes(boxes: PlacedBox[], maxRounds = 500): number {
  for (let round = 0; round < maxRounds; round++) {
    let moved = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as PlacedBox;
        const b = boxes[j] as PlacedBox;
        const o = overlap(a, b);
        if (o.x <= 0 || o.y <= 0) continue;
        moved++;
        if (o.x < o.y) {
          const dir = b.x > a.x || (b.x === a.x && j > i) ? 1 : -1;
          a.x -= (dir * (o.x + 0.5)) / 2;
          b.x += (dir * (o.x + 0.5)) / 2;
        } else {
          const dir = b.y > a.y || (b.y === a.y && j > i) ? 1 : -1;
          a.y -= (dir * (o.y + 0.5)) / 2;
          b.y += (dir * (o.y + 0.5)) / 2;
        }
      }
    }
    if (moved === 0) return 0;
  }
  let left = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const o = overlap(boxes[i] as PlacedBox, boxes[j] as PlacedBox);
      if (o.x > 0 && o.y > 0) left++;
    }
  }
  return left;
}
