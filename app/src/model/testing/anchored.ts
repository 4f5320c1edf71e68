// Test helper: evidence lists that must be anchored (graph-data always is), narrowed so tests can read offsets.
import { isAnchored, type AnchoredEvidence, type CompiledEvidence } from '../schema';

/** The items as anchored evidence; throws (failing the test) if any item is unanchored. */
export function anchoredOnly(items: readonly CompiledEvidence[]): AnchoredEvidence[] {
  return items.map((item, i) => {
    if (!isAnchored(item)) throw new Error(`evidence[${i}] ("${item.exact}") is not anchored`);
    return item;
  });
}
