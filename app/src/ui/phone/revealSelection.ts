// Phones: bring the selected element out from under the bottom sheet (or back on screen) through the view API.
import type { GraphView } from '../../render/viewport';
import type { Camera } from '../../state/types';
import { cameraAboveSheet, coveredBySheet } from './keepVisible';

/**
 * When element `id` is under the sheet (or off screen), or `force` is set, asks the view to focus it and then moves
 * the camera so it sits in the middle of the band above the sheet. Returns the new camera, or null if nothing moved.
 */
export async function revealAboveSheet(view: GraphView, id: string, graphEl: HTMLElement, sheetEl: HTMLElement | null, force: boolean): Promise<Camera | null> {
  const span = view.renderedBox(id);
  if (!span) return null;
  const g = graphEl.getBoundingClientRect();
  const sheet = sheetEl?.getBoundingClientRect();
  // A panel beside the graph (the embed's side dock) covers none of it: only a sheet over the graph counts.
  const over = sheet !== undefined && sheet.left < g.right && sheet.right > g.left;
  const sheetTop = sheet && over ? Math.min(g.height, sheet.top - g.top) : g.height;
  const offScreen = span.bottom < 0 || span.top > g.height || span.right < 0 || span.left > g.width;
  if (!force && !offScreen && !coveredBySheet(span, sheetTop)) return null;
  const centred = await view.focusOn(id);
  if (sheetTop >= g.height) return centred;
  const above = cameraAboveSheet(centred, g.height, sheetTop);
  view.setCamera(above);
  return above;
}
