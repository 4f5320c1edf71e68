// Legend layout for exported pictures: items placed in wrapped rows under the graph, sizes estimated from text.
import type { LegendKind, LegendLine } from './scene';

/** Rough advance width of `text` at `fontSize` (CJK full width, other scripts ~0.6 em). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/u.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

export interface PlacedLegendItem {
  x: number;
  y: number;
  item: { kind: 'shape'; value: LegendKind } | { kind: 'line'; value: LegendLine };
}

/** Where each legend item goes in a band `width` wide; returns the items and the band height. */
export function layoutLegend(kinds: readonly LegendKind[], lines: readonly LegendLine[], width: number, fontSize: number): { items: PlacedLegendItem[]; height: number } {
  const pad = 12;
  const rowHeight = fontSize * 2;
  const items: PlacedLegendItem[] = [];
  let x = pad;
  let y = pad + fontSize * 2.2;
  const place = (item: PlacedLegendItem['item'], label: string, swatch: number): void => {
    const w = swatch + 6 + estimateTextWidth(label, fontSize) + 18;
    if (x > pad && x + w > width - pad) {
      x = pad;
      y += rowHeight;
    }
    items.push({ x, y, item });
    x += w;
  };
  for (const value of kinds) place({ kind: 'shape', value }, value.label, fontSize * 1.2);
  x = pad;
  y += rowHeight;
  for (const value of lines) place({ kind: 'line', value }, value.label, fontSize * 2.2);
  return { items, height: y + rowHeight * 0.6 };
}
