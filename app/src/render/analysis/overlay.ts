// Analysis results as Cytoscape data and classes (node size, camp, path), and the one function that applies them to a core.
import type { Core } from 'cytoscape';
import type { CampsResult } from '../../model/analysis/camps';
import type { Path } from '../../model/analysis/shortestPaths';
import { MAX_STYLED_CAMPS, campLook } from './campPalette';

/** Data fields the overlay writes on nodes (and removes when no longer needed). */
export interface OverlayNodeData {
  /** Diameter when sizing by a measure (`node.sized` reads it). */
  size?: number;
  /** 1-based camp number. */
  camp?: number;
  /** The label with the camp's number badge in front (`node.camp` shows it instead of `label`). */
  campBadge?: string;
}

/** What the analyses add to the drawing. */
export interface AnalysisOverlay {
  nodes: Map<string, OverlayNodeData>;
  /** Classes per element id: `sized`, `camp` + `camp-<k>`. */
  classes: Map<string, string[]>;
  /** Ids (entities and relations) of the paths shown; when non-empty every other element gets `off-path`. */
  path: Set<string>;
}

/** Every class the overlay may set, for removal before re-applying. */
export const OVERLAY_CLASSES = ['sized', 'camp', 'off-path', ...Array.from({ length: MAX_STYLED_CAMPS }, (_, i) => `camp-${i + 1}`)].join(' ');
const DATA_FIELDS = 'size camp campBadge campLabel';

/** Entity → 1-based camp number, in the order the camps are listed (largest first). */
export function campNumbers(result: Pick<CampsResult, 'camps'>): Map<string, number> {
  const out = new Map<string, number>();
  result.camps.forEach((camp, i) => {
    for (const member of camp.members) out.set(member, i + 1);
  });
  return out;
}

/** The entities and relations of the given paths: each path's nodes and the relation drawn for each hop. */
export function pathElementIds(paths: readonly Path[] | null): Set<string> {
  const out = new Set<string>();
  for (const p of paths ?? []) {
    for (const n of p.nodes) out.add(n);
    for (const h of p.hops) out.add(h.edgeId);
  }
  return out;
}

/** Builds the overlay from node sizes (null = default sizing), camp numbers (null = camps off) and path ids. */
export function analysisOverlay(input: {
  sizes: ReadonlyMap<string, number> | null;
  campOf: ReadonlyMap<string, number> | null;
  path: ReadonlySet<string> | null;
}): AnalysisOverlay {
  const nodes = new Map<string, OverlayNodeData>();
  const classes = new Map<string, string[]>();
  const add = (id: string, data: OverlayNodeData, cls: string[]) => {
    nodes.set(id, { ...nodes.get(id), ...data });
    classes.set(id, [...(classes.get(id) ?? []), ...cls]);
  };
  for (const [id, size] of input.sizes ?? []) add(id, { size }, ['sized']);
  for (const [id, n] of input.campOf ?? []) {
    const styled = ((n - 1) % MAX_STYLED_CAMPS) + 1;
    add(id, { camp: n, campBadge: campLook(n).badge }, ['camp', `camp-${styled}`]);
  }
  return { nodes, classes, path: new Set(input.path ?? []) };
}

/**
 * Writes the overlay onto a Cytoscape core in one batch: clears the previous overlay, sets node data
 * (`size`, `camp`, `campBadge`, and `campLabel` = badge + the node's current `label`) and classes,
 * and marks everything outside a non-empty path `off-path`. The `path` class itself is set by the
 * view's `setPath`. Call again after the labels change (language switch) so `campLabel` follows.
 */
export function applyAnalysisOverlay(cy: Core, overlay: AnalysisOverlay): void {
  cy.batch(() => {
    cy.elements().removeClass(OVERLAY_CLASSES);
    cy.nodes().forEach((node) => {
      const id = node.id();
      const data = overlay.nodes.get(id);
      node.removeData(DATA_FIELDS);
      if (data) {
        const label = String(node.data('label') ?? '');
        node.data({ ...data, ...(data.campBadge ? { campLabel: `${data.campBadge} ${label}` } : {}) });
      }
    });
    for (const [id, cls] of overlay.classes) cy.getElementById(id).addClass(cls.join(' '));
    if (overlay.path.size > 0) cy.elements().filter((el) => !overlay.path.has(el.id())).addClass('off-path');
  });
}
