// Where the publishing frame of an exported picture goes: a title band above the graph, legend and credit bands below.
import { estimateTextWidth, layoutLegend, type PlacedLegendItem } from './legendLayout';
import type { LegendKind, LegendLine } from './scene';
import { wrapText } from './textImage';

/** Sizes of the frame's text, in picture units (CSS px at scale 1). */
export const FRAME_TEXT = { title: 20, legend: 12, credit: 11 } as const;
const PAD = 12;

/** One line of frame text: where its baseline starts. */
export interface FrameText {
  text: string;
  x: number;
  y: number;
  size: number;
}

/** The frame around a `width`-wide graph picture; every `y` is from the top of the whole picture. */
export interface FrameLayout {
  width: number;
  /** Height of the band above the graph (0 without a title). */
  top: number;
  /** Height of the bands below the graph (legend, then credit; 0 without both). */
  bottom: number;
  title: FrameText[];
  /** The legend band: its top, height, heading line and items (item y are from the band's top). */
  legend: { top: number; height: number; heading: FrameText; items: PlacedLegendItem[] } | null;
  credit: FrameText[];
}

/** What to frame the picture with (null = leave that part out). */
export interface FrameContent {
  title: string | null;
  legend: { heading: string; kinds: readonly LegendKind[]; lines: readonly LegendLine[] } | null;
  credit: string | null;
}

function lines(text: string, size: number, width: number, top: number): FrameText[] {
  const wrapped = wrapText(text, Math.max(size, width - 2 * PAD), (s) => estimateTextWidth(s, size))
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return wrapped.map((line, i) => ({ text: line, x: PAD, y: top + PAD + size + i * size * 1.3, size }));
}

/** Lays out the frame of a `width` × `graphHeight` picture; the legend reuses the PDF's legend layout. */
export function layoutFrame(width: number, graphHeight: number, content: FrameContent): FrameLayout {
  const title = content.title ? lines(content.title, FRAME_TEXT.title, width, 0) : [];
  const top = title.length > 0 ? PAD * 1.5 + FRAME_TEXT.title + (title.length - 1) * FRAME_TEXT.title * 1.3 : 0;
  let y = top + graphHeight;
  let legend: FrameLayout['legend'] = null;
  if (content.legend) {
    const placed = layoutLegend(content.legend.kinds, content.legend.lines, width, FRAME_TEXT.legend);
    legend = { top: y, height: placed.height, heading: { text: content.legend.heading, x: PAD, y: PAD + FRAME_TEXT.legend, size: FRAME_TEXT.legend }, items: placed.items };
    y += placed.height;
  }
  const credit = content.credit ? lines(content.credit, FRAME_TEXT.credit, width, y - PAD / 2) : [];
  if (credit.length > 0) y += PAD + credit.length * FRAME_TEXT.credit * 1.3;
  return { width, top, bottom: y - top - graphHeight, title, legend, credit };
}
