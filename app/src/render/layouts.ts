// Layout options per layout name: preset (build-time positions), fcose, concentric by degree, circle, breadth-first.
import type { LayoutOptions, NodeSingular, Position } from 'cytoscape';
import type { LayoutName } from '../state/types';

/** What a layout needs besides its name. */
export interface LayoutContext {
  /** Build-time positions by node id (the preset layout). */
  presetPositions: ReadonlyMap<string, Position>;
  /** Root for breadth-first: the selected entity, or null to root at the best-connected node. */
  root: string | null;
  animate: boolean;
  fit: boolean;
  /** Fit padding (px); FIT_PADDING unless given. */
  padding?: number;
}

/** Padding (px) around the graph when it is fitted to the view: labels are inside the fitted box, so it can be small. */
export const FIT_PADDING = 24;
/** Fit padding on a portrait (phone) view: every pixel of width counts there, and labels are inside the fitted box. */
export const PORTRAIT_FIT_PADDING = 8;

/** The layout names offered in the menu, in menu order. */
export const LAYOUT_NAMES: readonly LayoutName[] = ['preset', 'fcose', 'concentric', 'circle', 'breadthfirst'];

/** True when the user asked the system for reduced motion (then layouts and camera moves never animate). */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

// The preset positions' box: circle/concentric/breadth-first default to the viewport's, so positions would depend on the panels open.
function presetBox(ctx: LayoutContext): { x1: number; y1: number; w: number; h: number } | undefined {
  const ps = [...ctx.presetPositions.values()];
  if (ps.length === 0) return undefined;
  const x1 = Math.min(...ps.map((p) => p.x));
  const y1 = Math.min(...ps.map((p) => p.y));
  return { x1, y1, w: Math.max(1, Math.max(...ps.map((p) => p.x)) - x1), h: Math.max(1, Math.max(...ps.map((p) => p.y)) - y1) };
}

/** Cytoscape layout options for one layout; deterministic: no randomisation, and no dependence on the viewport size. */
export function layoutOptions(name: LayoutName, ctx: LayoutContext): LayoutOptions {
  const box = presetBox(ctx);
  const common = { animate: ctx.animate, animationDuration: 450, fit: ctx.fit, padding: ctx.padding ?? FIT_PADDING };
  const boxed = box ? { boundingBox: box } : {};
  switch (name) {
    case 'preset':
      return {
        name: 'preset',
        ...common,
        positions: (node: NodeSingular) => ctx.presetPositions.get(node.id()) ?? node.position(),
      } as LayoutOptions;
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: 'proof',
        randomize: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: 110,
        nodeRepulsion: 9000,
        nodeSeparation: 90,
        numIter: 2500,
      } as unknown as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        ...boxed,
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 30,
        avoidOverlap: true,
      } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common, ...boxed, avoidOverlap: true, spacingFactor: 1.1 } as LayoutOptions;
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        ...boxed,
        directed: false,
        circle: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
        ...(ctx.root ? { roots: [ctx.root] } : {}),
      } as LayoutOptions;
  }
}
