// Colours for custom kinds and relation types an import creates: fixed palettes, handed out in order of appearance.

/**
 * Custom kind fills: Paul Tol's colour-blind-safe "muted" palette without its rose (too close to the event kind's red),
 * ordered so neighbours differ most. Each is at least ΔE 20 (CIELAB) from every built-in kind colour (tested).
 */
export const CUSTOM_KIND_COLORS = ['#ddcc77', '#44aa99', '#882255', '#88ccee', '#999933', '#aa4499', '#332288', '#117733'] as const;

/**
 * Custom relation type lines: at least 3:1 against the canvas and ΔE 15 from every category colour (tested); the
 * category's line pattern and arrow still tell types apart without colour.
 */
export const CUSTOM_TYPE_COLORS = ['#332288', '#ee3377', '#666633', '#117799', '#cc6677', '#225555', '#994455', '#aa7700', '#663333'] as const;

/** The n-th (0-based) colour of a palette, cycling when there are more custom types than colours. */
export function paletteColor(palette: readonly string[], n: number): string {
  return palette[n % palette.length] as string;
}
