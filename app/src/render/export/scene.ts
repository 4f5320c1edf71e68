// The picture to export, as plain data (no Cytoscape, no DOM): what the SVG and PDF writers draw.

export interface Point {
  x: number;
  y: number;
}

/** One node as drawn: model coordinates, resolved colours, its label as text. */
export interface SceneNode {
  id: string;
  shape: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
  label: string;
  fontSize: number;
  labelColor: string;
  labelOpacity: number;
  /** Distance from the node centre down to the label's top. */
  labelOffset: number;
  /** Highlight drawn behind the node (selection), or null. */
  underlay: { color: string; padding: number; opacity: number } | null;
}

/** One quote behind a relation, with where it is in its source. */
export interface SceneQuote {
  exact: string;
  reference: string;
}

/** One edge as drawn: its curve (source endpoint, control points, target endpoint) and what it says. */
export interface SceneEdge {
  id: string;
  /** 1-based citation number (order of the visible relations). */
  number: number;
  points: Point[];
  color: string;
  width: number;
  dash: number[] | null;
  arrow: string;
  opacity: number;
  /** Label drawn on the edge ('' = none). */
  label: string;
  fontSize: number;
  /** Readable one-liner: "A → type → B". */
  caption: string;
  summary: string;
  quotes: SceneQuote[];
  underlay: { color: string; padding: number; opacity: number } | null;
}

export interface LegendKind {
  label: string;
  color: string;
  shape: string;
}
export interface LegendLine {
  label: string;
  color: string;
  dashed: boolean;
}

/** Everything one exported picture holds. `viewport` maps model coordinates into the picture. */
export interface Scene {
  title: string;
  width: number;
  height: number;
  viewport: { panX: number; panY: number; zoom: number };
  background: string | null;
  fontFamily: string;
  nodes: SceneNode[];
  edges: SceneEdge[];
  legend: { heading: string; kinds: LegendKind[]; lines: LegendLine[] };
}
