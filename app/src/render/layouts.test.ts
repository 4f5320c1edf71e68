// Tests for layoutOptions: every menu layout is deterministic and honours animate/fit.
import { describe, expect, it } from 'vitest';
import { LAYOUT_NAMES, layoutOptions } from './layouts';

const ctx = { presetPositions: new Map([['a', { x: 1, y: 2 }]]), root: null, animate: true, fit: false };

describe('layoutOptions', () => {
  it('names the Cytoscape layout for each menu entry and passes animate/fit through', () => {
    for (const name of LAYOUT_NAMES) {
      const o = layoutOptions(name, ctx) as unknown as Record<string, unknown>;
      expect(o.name).toBe(name);
      expect(o.animate).toBe(true);
      expect(o.fit).toBe(false);
    }
  });

  it('never randomises fcose', () => {
    expect((layoutOptions('fcose', ctx) as unknown as { randomize: boolean }).randomize).toBe(false);
  });

  it('roots breadth-first at the given entity', () => {
    const o = layoutOptions('breadthfirst', { ...ctx, root: 'elon-musk' }) as unknown as { roots?: string[] };
    expect(o.roots).toEqual(['elon-musk']);
  });

  it('does not animate when asked not to (reduced motion)', () => {
    expect((layoutOptions('circle', { ...ctx, animate: false }) as unknown as { animate: boolean }).animate).toBe(false);
  });

  it('lays circle, concentric and breadth-first out in the preset positions’ box, so the result does not depend on the viewport', () => {
    const wide = { ...ctx, presetPositions: new Map([['a', { x: -10, y: 5 }], ['b', { x: 30, y: 45 }]]) };
    for (const name of ['circle', 'concentric', 'breadthfirst'] as const) {
      expect((layoutOptions(name, wide) as unknown as { boundingBox: unknown }).boundingBox, name).toEqual({ x1: -10, y1: 5, w: 40, h: 40 });
    }
  });
});
