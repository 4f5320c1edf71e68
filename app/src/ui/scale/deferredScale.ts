// The overview's components, loaded only for graphs over the drawing budget (their code stays out of the first bundle).
import { deferred } from '../deferred';

/** The overview bar (elements shown of total, budget, mode, expanded communities) and the overview's computation. */
export const OverviewBar = deferred(() => import('./OverviewBar').then((m) => m.OverviewBar));
/** "Expand neighbours" in an entity's details, with what the budget left out. */
export const ExpandNeighbours = deferred(() => import('./ExpandNeighbours').then((m) => m.ExpandNeighbours));
