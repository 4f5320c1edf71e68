// Export geometry: edge curves follow Cytoscape's bezier rules, arrowheads sit on the target, shapes fit their box.
import { describe, expect, it } from 'vitest';
import { arrowPolygons, curveMidpoint, edgePath, nodePolygon, uprightAngle } from './geometry';

describe('edgePath', () => {
  it('draws a line without control points and one quadratic curve with one', () => {
    expect(edgePath([{ x: 0, y: 0 }, { x: 10, y: 5 }])).toBe('M0 0 L10 5');
    expect(edgePath([{ x: 0, y: 0 }, { x: 5, y: 8 }, { x: 10, y: 0 }])).toBe('M0 0 Q5 8 10 0');
  });
  it('chains quadratic curves through the midpoints between several control points', () => {
    expect(edgePath([{ x: 0, y: 0 }, { x: 2, y: 4 }, { x: 6, y: 4 }, { x: 8, y: 0 }])).toBe('M0 0 Q2 4 4 4 Q6 4 8 0');
  });
  it('returns nothing for fewer than two points', () => {
    expect(edgePath([{ x: 1, y: 1 }])).toBe('');
  });
});

describe('arrowPolygons', () => {
  it('puts the tip on the target endpoint and the body back towards the last control point', () => {
    const [poly] = arrowPolygons('triangle', [{ x: 0, y: 0 }, { x: 100, y: 0 }], 10);
    expect(poly).toHaveLength(3);
    expect(poly?.[1]).toEqual({ x: 100, y: 0 });
    for (const p of poly ?? []) expect(p.x).toBeLessThanOrEqual(100);
    expect(Math.min(...(poly ?? []).map((p) => p.x))).toBeCloseTo(97, 5);
  });
  it('draws nothing for "none", unknown shapes or a zero-length end', () => {
    expect(arrowPolygons('none', [{ x: 0, y: 0 }, { x: 1, y: 0 }], 10)).toEqual([]);
    expect(arrowPolygons('triangle', [{ x: 1, y: 1 }, { x: 1, y: 1 }], 10)).toEqual([]);
  });
  it('gives triangle-tee two polygons (triangle and bar)', () => {
    expect(arrowPolygons('triangle-tee', [{ x: 0, y: 0 }, { x: 0, y: 50 }], 10)).toHaveLength(2);
  });
});

describe('nodePolygon', () => {
  it.each([
    ['diamond', 4],
    ['hexagon', 6],
    ['octagon', 8],
  ])('outlines a %s with %i corners inside its box', (shape, corners) => {
    const poly = nodePolygon(shape, 100, 50, 40, 20) ?? [];
    expect(poly).toHaveLength(corners);
    for (const p of poly) {
      expect(Math.abs(p.x - 100)).toBeLessThanOrEqual(20 + 1e-9);
      expect(Math.abs(p.y - 50)).toBeLessThanOrEqual(10 + 1e-9);
    }
    expect(Math.max(...poly.map((p) => p.x))).toBeCloseTo(120, 9);
  });
  it('leaves ellipses and rectangles to their own elements', () => {
    expect(nodePolygon('ellipse', 0, 0, 1, 1)).toBeNull();
    expect(nodePolygon('round-rectangle', 0, 0, 1, 1)).toBeNull();
  });
});

describe('label placement', () => {
  it('keeps edge labels upright whichever way the edge runs', () => {
    expect(uprightAngle({ x: 10, y: 0 }, { x: 0, y: 0 })).toBeCloseTo(0, 9);
    expect(Math.abs(uprightAngle({ x: 0, y: 10 }, { x: 0, y: 0 }))).toBe(90);
  });
  it('anchors a quadratic edge label on the curve, not on the control point', () => {
    expect(curveMidpoint([{ x: 0, y: 0 }, { x: 5, y: 8 }, { x: 10, y: 0 }])).toEqual({ x: 5, y: 4 });
  });
});
