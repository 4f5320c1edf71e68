// The drawing budget setting: a device preference kept in localStorage (written only when the user changes it).
import { DRAW_BUDGET, DRAW_BUDGET_MAX, DRAW_BUDGET_MIN } from '../../model/scale/thresholds';

/** The localStorage key of the budget the user set (absent = DRAW_BUDGET). */
export const DRAW_BUDGET_KEY = 'evidence-graph:draw-budget';

/** A budget in range: whole, between DRAW_BUDGET_MIN and DRAW_BUDGET_MAX. */
export const clampBudget = (n: number): number => Math.min(DRAW_BUDGET_MAX, Math.max(DRAW_BUDGET_MIN, Math.round(n)));

/** The budget this device uses: the one the user set, else DRAW_BUDGET. */
export function readDrawBudget(): number {
  try {
    const raw = window.localStorage.getItem(DRAW_BUDGET_KEY);
    const n = raw === null ? NaN : Number(raw);
    return Number.isFinite(n) ? clampBudget(n) : DRAW_BUDGET;
  } catch {
    return DRAW_BUDGET;
  }
}

/** Stores the user's budget (the default removes the key, so nothing is kept unless it differs). */
export function writeDrawBudget(n: number): void {
  try {
    if (n === DRAW_BUDGET) window.localStorage.removeItem(DRAW_BUDGET_KEY);
    else window.localStorage.setItem(DRAW_BUDGET_KEY, String(n));
  } catch {
    // Storage refused (private mode, quota): the budget holds for this page only.
  }
}
