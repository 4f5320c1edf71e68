// The drawing budget's glue in the explorer (first bundle, kept tiny): the graph's size, the budget, and the overview's drawing.
import { useCallback, useMemo, useState } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import { totalElements } from '../../model/scale/budget';
import type { DrawnView } from '../../model/scale/drawnView';
import { DRAW_BUDGET } from '../../model/scale/thresholds';
import type { GraphElement } from '../../render/elements';
import { clampBudget, readDrawBudget, writeDrawBudget } from './drawBudget';

/** What the overview draws (its elements) and why (the drawn view, with what was left out). */
export interface OverviewDrawing {
  elements: GraphElement[];
  view: DrawnView;
}

export interface ScaleHandle {
  /** Elements the whole graph draws. */
  total: number;
  budget: number;
  setBudget: (n: number) => void;
  /** Over the budget: the graph is drawn through the overview. */
  on: boolean;
  /** The overview bar is shown: over the budget, or over the default budget (so a raised budget can be lowered again). */
  bar: boolean;
  drawing: OverviewDrawing | null;
  setDrawing: (d: OverviewDrawing | null) => void;
}

/** The explorer's budget state for `graph`; at or below the budget nothing else of the overview loads. */
export function useScale(graph: EvidenceGraph): ScaleHandle {
  const total = useMemo(() => totalElements(graph), [graph]);
  const [budget, setBudgetState] = useState(readDrawBudget);
  const [drawing, setDrawing] = useState<OverviewDrawing | null>(null);
  const setBudget = useCallback((n: number) => {
    const b = clampBudget(n);
    writeDrawBudget(b);
    setBudgetState(b);
  }, []);
  return { total, budget, setBudget, on: total > budget, bar: total > Math.min(budget, DRAW_BUDGET), drawing, setDrawing };
}
