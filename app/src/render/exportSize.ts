// PNG export sizing: keeps the requested image inside browser canvas limits, downscaling when needed.
/** Largest canvas side every mainstream browser accepts. */
export const MAX_CANVAS_SIDE = 16384;
/** Largest canvas area (pixels) we allow; Chromium accepts more, but memory on phones does not. */
export const MAX_CANVAS_AREA = 16384 * 4096;

/** The scale to render at, and whether it had to be reduced from the one asked for. */
export interface PngPlan {
  scale: number;
  width: number;
  height: number;
  downscaled: boolean;
}

/**
 * Plans a PNG of a `width`×`height` (CSS px, before scaling) picture at `scale`.
 * Throws a RangeError naming the sizes when the picture is empty.
 */
export function planPng(width: number, height: number, scale: number): PngPlan {
  if (!(width > 0 && height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) {
    throw new RangeError(`PNG export: nothing to draw (picture is ${width}×${height} px)`);
  }
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`PNG export: scale must be a positive number, got ${scale}`);
  const bySide = MAX_CANVAS_SIDE / (Math.max(width, height) * scale);
  const byArea = Math.sqrt(MAX_CANVAS_AREA / (width * height * scale * scale));
  const factor = Math.min(1, bySide, byArea);
  const finalScale = scale * factor;
  return {
    scale: finalScale,
    width: Math.floor(width * finalScale),
    height: Math.floor(height * finalScale),
    downscaled: factor < 1,
  };
}
