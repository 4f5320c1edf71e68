// Phone camera arithmetic: covered-by-sheet test, re-centring above a sheet, and a tighter fit that still contains the drawing.
import { describe, expect, it } from 'vitest';
import { cameraAboveSheet, coveredBySheet, tighterFit } from './keepVisible';

describe('coveredBySheet', () => {
  it('is true when the element’s centre lies below the sheet’s top edge, false above it', () => {
    expect(coveredBySheet({ top: 500, bottom: 520 }, 480)).toBe(true);
    expect(coveredBySheet({ top: 400, bottom: 420 }, 480)).toBe(false);
  });
});

describe('cameraAboveSheet', () => {
  it('moves the centred element to the middle of the band above the sheet, keeping the zoom', () => {
    const c = cameraAboveSheet({ x: 10, y: 100, zoom: 2 }, 700, 400);
    // The element (model y 100) must be drawn at 200 px: 700/2 + (100 - c.y) * 2 = 200.
    expect(700 / 2 + (100 - c.y) * 2).toBeCloseTo(200);
    expect(c.zoom).toBe(2);
    expect(c.x).toBe(10);
  });

  it('clamps a sheet top outside the view to the view', () => {
    expect(cameraAboveSheet({ x: 0, y: 0, zoom: 1 }, 600, 900)).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});

describe('tighterFit', () => {
  it('zooms in by the smaller axis ratio, so a drawing that filled either axis still fits', () => {
    const fitted = { x: 5, y: 6, zoom: 0.5 };
    const c = tighterFit(fitted, 390, 700, 40, 12);
    const byWidth = (390 - 24) / (390 - 80);
    const byHeight = (700 - 24) / (700 - 80);
    expect(c.zoom).toBeCloseTo(0.5 * Math.min(byWidth, byHeight));
    expect(c.zoom).toBeGreaterThan(0.5);
    // A drawing that filled the width at the old zoom (310 px) stays within 390 - 24 px.
    expect((310 / 0.5) * c.zoom).toBeLessThanOrEqual(366 + 1e-9);
    expect({ x: c.x, y: c.y }).toEqual({ x: 5, y: 6 });
  });

  it('leaves the camera alone for a view smaller than the padding or a looser padding', () => {
    const fitted = { x: 0, y: 0, zoom: 1 };
    expect(tighterFit(fitted, 60, 700, 40, 12)).toBe(fitted);
    expect(tighterFit(fitted, 390, 700, 40, 50)).toBe(fitted);
  });
});
