// Size thresholds for large graphs, in ONE place: the drawing budget and the limits other scale features import.

/**
 * The drawing budget: at most this many elements (nodes + edges, as drawn: a bundle edge counts once)
 * are drawn at once. At or below it the whole graph is drawn exactly as before; above it the view opens
 * on an overview (communities or top entities by PageRank) and grows on demand, never past the budget.
 * The user can change it (stored in localStorage by the overview bar, see MIN/MAX below); this is the default.
 */
export const DRAW_BUDGET = 3000;

/** The smallest and largest budget the user may set (below the minimum an overview of a few groups is useless; above the maximum Cytoscape's first draw takes many seconds on a small machine). */
export const DRAW_BUDGET_MIN = 200;
export const DRAW_BUDGET_MAX = 20000;

/** The overview (communities or top entities) takes at most this share of the budget when a big graph opens, leaving the rest for expanding. */
export const OVERVIEW_SHARE = 0.5;

/** The overview draws at most this many links per community (the strongest), so it stays readable rather than a hairball. */
export const OVERVIEW_LINKS_PER_GROUP = 3;

/**
 * Renderer settings by size (render/rendererTuning.ts): above this many drawn elements the view hides edges and
 * draws a texture while panning/zooming, draws plain edges as haystack lines (no arrows), uses pixel ratio 1 and
 * shows labels only when they would be drawn at a readable size. At or below it the drawing is exactly as before.
 */
export const RENDER_TUNED_ABOVE = 1500;

/** Above RENDER_TUNED_ABOVE: a graph first drawn zoomed out below this gets thinner, lighter relations and thinner node borders (the zoom picks this only before the first frame: a restyle after it re-measures every label). */
export const RENDER_FAR_ZOOM = 0.6;

/** Label level of detail above RENDER_TUNED_ABOVE: a label is drawn only when it would appear at least this many px tall. */
export const RENDER_TUNED_MIN_FONT_PX = 10;

/** Analyses run synchronously on the page up to this many shown entities, and in a worker (progress, Cancel) above. */
export const ANALYSIS_WORKER_ABOVE = 400;

/** Betweenness is exact up to this many shown entities; above, it is estimated from BETWEENNESS_SAMPLES sampled sources. */
export const BETWEENNESS_EXACT_MAX = 2000;

/** How many source entities sampled betweenness starts shortest-path searches from (seeded, so the same every run). */
export const BETWEENNESS_SAMPLES = 500;

/** Table view: above this many rows a table renders only the rows near the viewport (virtualised, with aria-rowcount/aria-rowindex); at or below it every row is in the DOM. */
export const TABLE_VIRTUAL_ROWS = 300;

/** Timeline: above this many dated relations each month is one bar counting its facts and claims (no element per relation); at or below it, dots. */
export const TIMELINE_AGGREGATE_ABOVE = 1000;

/** Search: above this many entities + relations the index is built and queried in a worker (the page only streams it the names and summaries). */
export const SEARCH_WORKER_ABOVE = 5000;

/** Search box: at most this many entities (and a fifth as many relations) are listed, followed by "N more". */
export const SEARCH_RESULTS_MAX = 50;
