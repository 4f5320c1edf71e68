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

/** Table view: above this many rows a table renders only the rows near the viewport (virtualised, with aria-rowcount/aria-rowindex); at or below it every row is in the DOM. */
export const TABLE_VIRTUAL_ROWS = 300;
