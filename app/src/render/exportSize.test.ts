// Tests for planPng: requested sizes inside canvas limits pass unchanged; larger ones are downscaled; empty ones fail.
import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, planPng } from './exportSize';

describe('planPng', () => {
  it('keeps the requested scale when the image fits', () => {
    expect(planPng(1280, 800, 2)).toEqual({ scale: 2, width: 2560, height: 1600, downscaled: false });
  });

  it('downscales an image whose side would exceed the canvas limit', () => {
    const plan = planPng(8000, 500, 4);
    expect(plan.downscaled).toBe(true);
    expect(plan.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });

  it('downscales an image whose area would exceed the canvas limit', () => {
    const plan = planPng(4000, 4000, 4);
    expect(plan.downscaled).toBe(true);
    expect(plan.width * plan.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
  });

  it('refuses an empty picture with a message naming its size', () => {
    expect(() => planPng(0, 800, 1)).toThrow(/0×800/);
  });

  it('refuses a non-positive scale, naming it', () => {
    expect(() => planPng(100, 100, -1)).toThrow(/scale.*-1/);
  });
});
