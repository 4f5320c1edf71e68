// Draws parallel relations bundled: per pair, the bundle edge (count badge) or its relations, from visibility and what expands it.
import type { CollectionReturnValue, Core } from 'cytoscape';
import type { Selection } from '../state/types';
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

/** Sets or clears one class only when it changes (Cytoscape restyles an element whenever a class is set, changed or not). */
function setClass(ele: CollectionReturnValue, cls: string, on: boolean): void {
  if (ele.nonempty() && ele.hasClass(cls) !== on) ele.toggleClass(cls, on);
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
      setClass(bundle, 'bundle-off', !state.collapsed);
      setClass(bundle, 'time-faded', state.faded);
      if (bundle.data('count') !== state.count) bundle.data({ count: state.count, label: bundleLabel(state.count) });
      const shown = pair.relations.filter((r) => inputs.visible.has(r));
      setClass(bundle, 'claims', shown.length > 0 && shown.every((r) => cy.getElementById(r).data('status') === 'claim'));
      for (const r of pair.relations) setClass(cy.getElementById(r), 'bundled', state.collapsed && inputs.visible.has(r));
    }
  });
}

/** The bundling state of one view: what it was last told, redrawn on each change (see `applyBundles`). */
export interface BundleController {
  /** After new elements: re-read the pairs from the bundle edges. */
  reload(): void;
  setVisible(edges: ReadonlySet<string>, faded: ReadonlySet<string>): void;
  setSelection(sel: Selection): void;
  setPath(ids: ReadonlySet<string>): void;
  /** The pointer entered an edge (its pair key, and whether it is the bundle itself) or left one (null). */
  hover(edge: { pair: string; isBundle: boolean } | null): void;
  dispose(): void;
}

/**
 * Keeps a view's bundles drawn right: a selected relation, bundle or end, a path through a pair, or hovering its
 * bundle opens it; the hovered pair closes shortly after the pointer leaves both the bundle and its relations.
 */
export function createBundleController(cy: Core): BundleController {
  let pairs: EntityPair[] = [];
  let visible: ReadonlySet<string> = new Set();
  let faded: ReadonlySet<string> = new Set();
  let selected: Selection = null;
  let path: ReadonlySet<string> = new Set();
  let hovered: string | null = null;
  let unhoverTimer: ReturnType<typeof setTimeout> | undefined;
  const redraw = (): void =>
    applyBundles(cy, pairs, {
      visible,
      faded,
      expand: {
        entity: selected?.kind === 'entity' ? selected.id : null,
        relation: selected?.kind === 'relation' ? selected.id : null,
        pair: selected?.kind === 'bundle' ? selected.id : null,
        path,
        hovered,
      },
    });
  return {
    reload() {
      pairs = pairsOf(cy);
    },
    setVisible(edges, fadedEdges) {
      visible = edges;
      faded = fadedEdges;
      redraw();
    },
    setSelection(sel) {
      selected = sel;
      redraw();
    },
    setPath(ids) {
      path = ids;
      redraw();
    },
    hover(edge) {
      if (edge === null) {
        if (hovered === null) return;
        clearTimeout(unhoverTimer);
        unhoverTimer = setTimeout(() => {
          hovered = null;
          redraw();
        }, 300);
        return;
      }
      // Entering the bundle opens it; entering one of the open pair's relations keeps it open.
      if (!edge.isBundle && edge.pair !== hovered) return;
      clearTimeout(unhoverTimer);
      if (edge.pair === hovered) return;
      hovered = edge.pair;
      redraw();
    },
    dispose() {
      clearTimeout(unhoverTimer);
    },
  };
}
