// Renderer settings by size: the tier by count and zoom, and what a tuned stylesheet draws (headless Cytoscape computes the styles).
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { RENDER_FAR_ZOOM, RENDER_TUNED_ABOVE, RENDER_TUNED_MIN_FONT_PX } from '../model/scale/thresholds';
import { dimsOnHover, drawTier } from './rendererTuning';
import { buildStylesheet } from './stylesheet';
import type { DrawTier } from './rendererTuning';

/** A headless core with the stylesheet of `tier`: two plain relations (one a claim), a bundle, a selected node. */
function drawn(tier: DrawTier) {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(undefined, tier) });
  cy.add([
    { group: 'nodes', data: { id: 'a', label: 'A', kind: 'person', degree: 2 } },
    { group: 'nodes', data: { id: 'b', label: 'B', kind: 'organization', degree: 2 }, classes: 'selected' },
    { group: 'edges', data: { id: 'f', source: 'a', target: 'b', category: 'control', directed: true, status: 'fact' } },
    { group: 'edges', data: { id: 'c', source: 'b', target: 'a', category: 'conflict', directed: true, status: 'claim' } },
    { group: 'edges', data: { id: 'a~b', source: 'a', target: 'b', bundle: true, count: 2, label: '×2', members: ['f', 'c'] }, classes: 'bundle' },
  ]);
  const style = (id: string, prop: string): string => String(cy.getElementById(id).style(prop));
  return { cy, style };
}

describe('drawTier', () => {
  it('draws in full at or below the threshold whatever the zoom, and near/far by zoom above it', () => {
    expect(drawTier(RENDER_TUNED_ABOVE, 0.01)).toBe('full');
    expect(drawTier(RENDER_TUNED_ABOVE + 1, RENDER_FAR_ZOOM)).toBe('near');
    expect(drawTier(RENDER_TUNED_ABOVE + 1, RENDER_FAR_ZOOM - 0.01)).toBe('far');
  });
});

describe('tuned stylesheet', () => {
  it('full is the stylesheet as before: bezier relations with arrows, the base label level of detail', () => {
    expect(buildStylesheet(undefined, 'full')).toEqual(buildStylesheet());
    const { style } = drawn('full');
    expect(style('f', 'curve-style')).toBe('bezier');
    expect(style('f', 'target-arrow-shape')).not.toBe('none');
    expect(style('a', 'min-zoomed-font-size')).toBe('6px');
  });

  it('near: relations become haystack lines without arrows, bundles stay straight, claims stay dashed, labels need 10 px', () => {
    const { style } = drawn('near');
    expect(style('f', 'curve-style')).toBe('haystack');
    expect(style('f', 'target-arrow-shape')).toBe('none');
    expect(style('a~b', 'curve-style')).toBe('straight');
    expect(style('c', 'line-style')).toBe('dashed');
    expect(style('a', 'min-zoomed-font-size')).toBe(`${RENDER_TUNED_MIN_FONT_PX}px`);
    // The selection keeps its label at any zoom.
    expect(style('b', 'min-zoomed-font-size')).toBe('0px');
  });

  it('far: relations thin and lighter, the selection still drawn as selected', () => {
    const { style } = drawn('far');
    expect(style('f', 'width')).toBe('1px');
    expect(Number(style('f', 'opacity'))).toBeLessThan(0.9);
    expect(style('b', 'border-width')).toBe('4px');
  });
});

describe('dimsOnHover', () => {
  it('dims the rest of the graph on hover up to the tuned threshold, and not above it (a restyle of everything per hover)', () => {
    expect(dimsOnHover(246)).toBe(true);
    expect(dimsOnHover(RENDER_TUNED_ABOVE)).toBe(true);
    expect(dimsOnHover(RENDER_TUNED_ABOVE + 1)).toBe(false);
    expect(dimsOnHover(2_466)).toBe(false);
  });
});
