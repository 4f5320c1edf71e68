// Node and label geometry shared by the build-time layout and the stylesheet: sizes, label wrapping, boxes, and a pass that pushes overlapping boxes apart.

/** Node diameter by degree: the stylesheet maps degree 0…NODE_DEGREE_CAP onto NODE_MIN…NODE_MAX (model units = px at zoom 1). */
export const NODE_MIN = 24;
export const NODE_MAX = 46;
export const NODE_DEGREE_CAP = 30;
/** Typical node diameter (what noverlap assumes before exact boxes take over). */
export const NODE_SIZE = 30;
/** Font size of node labels, in model units. */
export const LABEL_FONT_SIZE = 12;
/** Line height of node labels, as a multiple of the font size. */
export const LABEL_LINE_HEIGHT = 1.2;
/** Labels wrap at spaces onto lines no wider than this (the stylesheet's text-max-width), in model units. */
export const LABEL_WRAP_WIDTH = 130;
/** Gap between a node's border and its label (the stylesheet's text-margin-y). */
export const LABEL_GAP = 3;
/** Padding of the label's background box (the stylesheet's text-background-padding). */
export const LABEL_BACKGROUND_PADDING = 2;
const PADDING = 4;

/** A node's box relative to its centre: label drawn centred below the node. */
export interface Box {
  halfWidth: number;
  top: number;
  bottom: number;
}

const WIDE = /[\u2e80-\uffff]/u;
const NARROW = /[iljtfI.,;:'’|!()[\]\- ]/;

// Per-character width in ems, a little above DejaVu Sans / Noto Sans (the widest usual sans-serif), so estimates err large.
function charWidth(ch: string): number {
  if (WIDE.test(ch) || (ch.codePointAt(0) ?? 0) > 0xffff) return 1;
  if (/[mwMW@%]/.test(ch)) return 1;
  if (NARROW.test(ch)) return 0.4;
  if (ch === 'r') return 0.45;
  if (/[A-Z0-9]/.test(ch)) return 0.74;
  return 0.64;
}

/** Estimated width of one line of label text in model units (errs on the large side for common sans-serif fonts). */
export function labelWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch) * LABEL_FONT_SIZE;
  return width;
}

/**
 * Wraps a label into lines as Cytoscape's `text-wrap: wrap` does with `text-max-width: LABEL_WRAP_WIDTH`: greedy, breaking
 * only at whitespace (so CJK names stay on one line), a word wider than the limit on a line of its own.
 */
export function wrapLabel(label: string): string[] {
  const lines: string[] = [];
  for (const line of label.split('\n')) {
    if (labelWidth(line) <= LABEL_WRAP_WIDTH) {
      lines.push(line);
      continue;
    }
    let sub = '';
    for (const match of line.matchAll(/(\S*)(\s+|$)/g)) {
      const [, word = '', sep = ''] = match;
      if (!word && !sep) break;
      const test = sub.length === 0 ? word : sub + word + sep;
      if (labelWidth(test) <= LABEL_WRAP_WIDTH) sub += word + sep;
      else {
        if (sub) lines.push(sub);
        sub = word + sep;
      }
    }
    if (sub.trim()) lines.push(sub);
  }
  return lines;
}

/** Node diameter for a degree, as the stylesheet draws it. */
export function nodeDiameter(degree: number): number {
  const t = Math.min(Math.max(degree, 0), NODE_DEGREE_CAP) / NODE_DEGREE_CAP;
  return NODE_MIN + t * (NODE_MAX - NODE_MIN);
}

/**
 * Upper bound of a label's drawn width: a font narrower than the estimate packs more words per line, up to the wrap
 * width, but never more than the whole label on one line nor less than its longest word needs.
 */
export function labelBoxWidth(label: string): number {
  const longestWord = Math.max(0, ...label.split(/\s+/).map(labelWidth));
  return Math.min(labelWidth(label.trim()), Math.max(LABEL_WRAP_WIDTH, longestWord));
}

/**
 * The box a node of `degree` and its widest label (English or Chinese) occupy, with a little padding. Lines are counted
 * with the (generous) width estimate, so a narrower real font gives fewer lines, never more.
 */
export function nodeBox(labels: readonly string[], degree = 0): Box {
  const size = nodeDiameter(degree);
  const textWidth = Math.max(0, ...labels.map(labelBoxWidth)) + 2 * LABEL_BACKGROUND_PADDING;
  const lines = Math.max(1, ...labels.map((l) => wrapLabel(l).length));
  const textHeight = lines * LABEL_FONT_SIZE * LABEL_LINE_HEIGHT + 2 * LABEL_BACKGROUND_PADDING;
  return {
    halfWidth: Math.max(size, textWidth) / 2 + PADDING,
    top: size / 2 + PADDING,
    bottom: size / 2 + LABEL_GAP + textHeight + PADDING,
  };
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

// Boxes closer than this count as overlapping while separating, so rounding positions afterwards cannot make them touch.
const CLEARANCE = 0.25;

/** Moves boxes (in place, in array order, no randomness) until none overlap or `maxRounds` is reached; returns overlaps left. */
export function separateBoxes(boxes: PlacedBox[], maxRounds = 500): number {
  for (let round = 0; round < maxRounds; round++) {
    let moved = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as PlacedBox;
        const b = boxes[j] as PlacedBox;
        const raw = overlap(a, b);
        const o = { x: raw.x + CLEARANCE, y: raw.y + CLEARANCE };
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
