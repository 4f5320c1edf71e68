// The view state's fixed lists and limits, without zod (the first bundle reads them; viewStateSchema.ts builds on them).

export const LANGS = ['en', 'zh'] as const;
export const LAYOUTS = ['preset', 'fcose', 'concentric', 'circle', 'breadthfirst'] as const;
export const SIZE_BYS = ['none', 'degree', 'betweenness', 'pagerank'] as const;
export const OVERVIEW_MODES = ['communities', 'top'] as const;

/** Limits applied when cleaning a link. */
export const LIMITS = {
  maxLinkLength: 8000,
  maxSearch: 100,
  minZoom: 0.05,
  maxZoom: 20,
  maxPan: 1_000_000,
  maxHops: 3,
  panDecimals: 2,
  zoomDecimals: 4,
} as const;
