// The view state: everything a deep link reproduces. Pure types; parse/clean/serialize live beside it.
import type { Category, Stance, Status } from '../model/schema';

/** The interface language: one type, owned by the model (model/queries.ts). */
import type { Lang } from '../model/queries';
export type { Lang };
/** The overview of a graph over the drawing budget (mode, expanded communities and entities): owned by model/scale. */
import type { OverviewMode, OverviewState } from '../model/scale/overviewState';
export type { OverviewMode, OverviewState };
export type LayoutName = 'preset' | 'fcose' | 'concentric' | 'circle' | 'breadthfirst';
export type SizeBy = 'none' | 'degree' | 'betweenness' | 'pagerank';

export type Selection =
  | { kind: 'entity'; id: string }
  | { kind: 'relation'; id: string; /** 0-based evidence item index */ evidence: number }
  /** A bundle: the relations between two entities, either direction; id = the pair key `a~b` (ids sorted). */
  | { kind: 'bundle'; id: string }
  | null;

export interface Filters {
  /** What is HIDDEN (empty = everything shown), so defaults stay out of links. */
  /** Kind ids of the dataset's vocabulary (built-in or custom). */
  hiddenKinds: string[];
  hiddenTypes: string[];
  hiddenCategories: Category[];
  hiddenStances: Stance[];
  hiddenStatuses: Status[];
  /** Entity id: show only the relations this entity claims (`claimedBy`); null = no claimant filter. */
  claimant: string | null;
}

export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

export interface TimeRange {
  /** Inclusive partial ISO dates (YYYY-MM); null = open end. */
  from: string | null;
  to: string | null;
  /** Relations outside the range are hidden or faded. */
  mode: 'hide' | 'fade';
  /** Whether undated relations stay visible. */
  showUndated: boolean;
}

export interface PathQuery {
  from: string;
  to: string;
  factsOnly: boolean;
}

export interface ViewState {
  version: 1;
  lang: Lang;
  selection: Selection;
  search: string;
  filters: Filters;
  /** N-hop neighbourhood of the selected entity (0 = off). */
  focusHops: 0 | 1 | 2 | 3;
  layout: LayoutName;
  /** null = fit the graph. */
  camera: Camera | null;
  reader: { open: boolean; /** character offset scrolled to, or null */ offset: number | null };
  view: 'graph' | 'table';
  time: TimeRange;
  path: PathQuery | null;
  sizeBy: SizeBy;
  camps: boolean;
  /** Graphs over the drawing budget: overview mode and what is expanded (kept but unused at or below it). */
  overview: OverviewState;
}
