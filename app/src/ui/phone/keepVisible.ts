// Camera arithmetic for phones: fit with less padding, and keep the selected element clear of a bottom sheet.
import type { Camera } from '../../state/types';

/** A vertical extent in the graph container's pixels. */
export interface Span {
  top: number;
  bottom: number;
}

/** Whether an element drawn over `box` is (at least half) hidden by a sheet whose top edge is at `sheetTop`. */
export function coveredBySheet(box: Span, sheetTop: number): boolean {
  return (box.top + box.bottom) / 2 > sheetTop;
}

/**
 * The camera that shows the element now at the centre of a `height`-tall view in the middle of the band above the
 * sheet instead (same zoom): the camera's centre point moves down by the difference.
 */
export function cameraAboveSheet(centred: Camera, height: number, sheetTop: number): Camera {
  const band = Math.max(0, Math.min(sheetTop, height));
  return { ...centred, y: centred.y + (height / 2 - band / 2) / centred.zoom };
}
