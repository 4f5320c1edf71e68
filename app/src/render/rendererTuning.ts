// Renderer settings by size: above RENDER_TUNED_ABOVE drawn elements, cheaper edges and labels (chosen by zoom) and a lighter renderer.
import type { Core, StylesheetStyle } from 'cytoscape';
import { RENDER_FAR_ZOOM, RENDER_TUNED_ABOVE, RENDER_TUNED_MIN_FONT_PX } from '../model/scale/thresholds';

type Css = StylesheetStyle['style'];

/** How the view draws: `full` (as always, at or below the threshold), or tuned `near` / `far` by zoom above it. */
export type DrawTier = 'full' | 'near' | 'far';

/** The tier for `count` drawn elements at `zoom`. */
export function drawTier(count: number, zoom: number): DrawTier {
  if (count <= RENDER_TUNED_ABOVE) return 'full';
  return zoom < RENDER_FAR_ZOOM ? 'far' : 'near';
}

/**
 * Stylesheet rules for a tuned tier, to go after the per-kind and per-category rules and before the class rules (so
 * the selection, paths, claims' dashes and hidden elements still win). `full` adds nothing.
 * - near: relations as haystack lines (straight, centre to centre, no arrows: the cheapest edge Cytoscape draws), node
 *   labels only when they would be at least RENDER_TUNED_MIN_FONT_PX tall on screen (label level of detail).
 * - far (first drawn zoomed out below RENDER_FAR_ZOOM): also thin, lighter relations and thin node borders.
 */
export function tunedRules(tier: DrawTier): StylesheetStyle[] {
  if (tier === 'full') return [];
  const rules: StylesheetStyle[] = [
    { selector: 'node', style: { 'min-zoomed-font-size': RENDER_TUNED_MIN_FONT_PX } as Css },
    { selector: 'edge[!bundle]', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } as Css },
  ];
  if (tier === 'far') {
    rules.push(
      { selector: 'edge[!bundle]', style: { width: 1, opacity: 0.6 } as Css },
      { selector: 'node', style: { 'border-width': 0.75 } as Css },
    );
  }
  return rules;
}

/**
 * Whether hovering a node dims every other drawn element. Above RENDER_TUNED_ABOVE drawn elements it does not: dimming
 * restyles and redraws everything twice per hover (measured at ~2,500 drawn elements: ~500 ms of frames on mouseover
 * and again on mouseout), so the hovered node's neighbourhood is only highlighted (`hl`: thicker borders and edges).
 */
export function dimsOnHover(drawnElements: number): boolean {
  return drawnElements <= RENDER_TUNED_ABOVE;
}

/** The canvas renderer's per-frame switches (Cytoscape 3.35 reads them on every frame; they are init options only in its API). */
interface CanvasRendererSwitches {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
  forcedPixelRatio?: number | null;
}

/**
 * Tuned (above the threshold): hide edges and draw a cached texture while the view pans or zooms, and pixel ratio 1.
 * Not tuned: Cytoscape's defaults (what the `cytoscape({...})` options would give), so small graphs draw as before.
 * Returns whether anything changed.
 */
export function applyRendererSwitches(cy: Core, tuned: boolean): boolean {
  // `cy.renderer()` exists at run time (core/renderer.js) but not in the type definitions.
  const r = (cy as unknown as { renderer?: () => CanvasRendererSwitches | undefined }).renderer?.();
  if (!r || r.hideEdgesOnViewport === undefined) return false;
  if (r.hideEdgesOnViewport === tuned && r.textureOnViewport === tuned && (r.forcedPixelRatio === 1) === tuned) return false;
  r.hideEdgesOnViewport = tuned;
  r.textureOnViewport = tuned;
  r.forcedPixelRatio = tuned ? 1 : null;
  cy.resize(); // re-sizes the canvases for the pixel ratio
  return true;
}
