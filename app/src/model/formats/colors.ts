// Colours for data exports, from the design tokens in tailwind.config.ts (one palette, defined once).
import { categoryTokens } from '../../../../tailwind.config';
import { kindStyle } from '../kindStyle';
import type { Category, CompiledKind } from '../schema';

function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}

/** Fill colour of an entity kind as `#rrggbb`. */
export function kindColor(kind: string, kinds: readonly CompiledKind[] = []): string {
  return kindStyle(kind, kinds).color;
}

/** Line colour of a relation category as `#rrggbb`. */
export function categoryColor(category: Category): string {
  return categoryTokens[category].color;
}

/** A `#rrggbb` token as CSS `rgb(r,g,b)`, the form every GEXF reader understands. */
export function rgbOf(hex: string): string {
  return hexToRgb(hex);
}
