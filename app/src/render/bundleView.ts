// Draws parallel relations bundled: per pair, the bundle edge (count badge) or its relations, from visibility and what expands it.
import type { Core } from 'cytoscape';
import { bundleStates, expandedPairs, type EntityPair, type ExpandInput } from '../model/parallelEdges';
import { bundleLabel } from './elements';

/** The pairs the loaded elements bundle, read back from the bundle edges' data. */
export function pairsOf(cy: Core): EntityPair[] {
  return cy.edges('.bundle').map((e) => ({
    key: e.id(),
    a: String(e.data('source')),
    b: String(e.data('target')),
    relations: (e.data('members') as string[] | undefined) ?? [],
  }));
}

/** What decides each bundle's drawing. */
export interface BundleInputs {
  /** Relations shown by the filters and time range (faded ones included). */
  visible: ReadonlySet<string>;
  /** Relations drawn faded (outside the time range in fade mode). */
  faded: ReadonlySet<string>;
  expand: ExpandInput;
}

/**
 * In one batch, per pair: a collapsed pair shows its bundle edge (`count` and badge = its visible relations) and marks
 * those relations `bundled` (not drawn); an expanded pair, or one with fewer than 2 visible relations, hides the
 * bundle (`bundle-off`) and draws its relations as they are. A bundle is `time-faded` when all its relations are,
 * and `claims` (dashed) when all of them are claims.
 */
export function applyBundles(cy: Core, pairs: readonly EntityPair[], inputs: BundleInputs): void {
  const states = bundleStates(pairs, inputs.visible, expandedPairs(pairs, inputs.expand), inputs.faded);
  cy.batch(() => {
    for (const pair of pairs) {
      const state = states.get(pair.key);
      const bundle = cy.getElementById(pair.key);
      if (!state || bundle.empty()) continue;
      bundle.toggleClass('bundle-off', !state.collapsed);
      bundle.toggleClass('time-faded', state.faded);
      if (bundle.data('count') !== state.count) bundle.data({ count: state.count, label: bundleLabel(state.count) });
      const shown = pair.relations.filter((r) => inputs.visible.has(r));
      bundle.toggleClass('claims', shown.length > 0 && shown.every((r) => cy.getElementById(r).data('status') === 'claim'));
      for (const r of pair.relations) cy.getElementById(r).toggleClass('bundled', state.collapsed && inputs.visible.has(r));
    }
  });
}
