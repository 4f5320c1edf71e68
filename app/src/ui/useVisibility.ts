// What is shown, recomputed only when something it depends on changes: a new selection matters only while focus (N hops) is on.
import { useMemo } from 'react';
import type { EvidenceGraph } from '../model/graph';
import { computeVisibility, type FocusSelection, type Visibility } from '../model/visibility';
import type { ViewState } from '../state/types';

/** The selection as focus sees it: none unless focus is on (focusHops > 0), so selecting never recomputes visibility otherwise. */
export function focusSelection(state: Pick<ViewState, 'focusHops' | 'selection'>): FocusSelection {
  return state.focusHops > 0 && state.selection ? { kind: state.selection.kind, id: state.selection.id } : null;
}

/** `computeVisibility` for the view state, memoised on the filters, focus, time and (with focus on) the selected id. */
export function useVisibility(graph: EvidenceGraph, state: Pick<ViewState, 'filters' | 'focusHops' | 'selection' | 'time'>): Visibility {
  const focus = focusSelection(state);
  const kind = focus?.kind ?? null;
  const id = focus?.id ?? null;
  const { filters, focusHops, time } = state;
  return useMemo(
    () => computeVisibility(graph, { filters, focusHops, selection: kind !== null && id !== null ? { kind, id } : null, time }),
    [graph, filters, focusHops, time, kind, id],
  );
}
