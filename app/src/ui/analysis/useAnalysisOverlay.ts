// Sync hook: pushes the analysis overlay (sizes, camps, path) into the graph view whenever it or the labels change.
import { useEffect } from 'react';
import type { AnalysisOverlay } from '../../render/analysis/overlay';
import type { GraphView } from '../../render/viewport';
import type { Lang } from '../../state/types';

/**
 * Draws `overlay` on `view`: `setPath` for the path class, `applyOverlay` for the rest.
 * Re-runs on a language change so the numbered camp labels follow the new names. Call it in the
 * component that renders GraphCanvas (parent effects run after the canvas has set its data).
 */
export function useAnalysisOverlay(view: GraphView | null, overlay: AnalysisOverlay, lang: Lang): void {
  useEffect(() => {
    if (!view) return;
    view.setPath(overlay.path);
    view.applyOverlay(overlay);
  }, [view, overlay, lang]);
}
