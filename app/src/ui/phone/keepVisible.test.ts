// Phone camera arithmetic: covered-by-sheet test, re-centring above a sheet, and a tighter fit that still contains the drawing.
import { describe, expect, it } from 'vitest';
import { cameraAboveSheet, coveredBySheet } from './keepVisible';

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
