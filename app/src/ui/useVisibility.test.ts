// focusSelection: what is shown for a selection is the same whether or not the selection reaches computeVisibility, while focus is off.
import { describe, expect, it } from 'vitest';
import { scaledGraph } from '../model/testing/scaledGraph';
import { computeVisibility } from '../model/visibility';
import { defaultViewState } from '../state/defaultViewState';
import type { Selection } from '../state/types';
import { focusSelection } from './useVisibility';

const graph = scaledGraph(300, 900);
const base = defaultViewState();
const selections: Selection[] = [null, { kind: 'entity', id: 'e0' }, { kind: 'entity', id: 'e17' }, { kind: 'relation', id: 'r5', evidence: 0 }, { kind: 'bundle', id: 'e1~e2' }];
const shown = (focusHops: number, selection: Selection, pass: (s: Selection) => Parameters<typeof computeVisibility>[1]['selection']) =>
  computeVisibility(graph, { filters: base.filters, focusHops, time: base.time, selection: pass(selection) });

describe('focusSelection', () => {
  it('drops the selection when focus is off, and visibility is unchanged by that for every kind of selection', () => {
    for (const selection of selections) {
      expect(focusSelection({ focusHops: 0, selection })).toBeNull();
      expect(shown(0, selection, () => focusSelection({ focusHops: 0, selection }))).toEqual(shown(0, selection, (s) => s));
    }
  });

  it('keeps the selected kind and id when focus is on, giving the same visibility as the full selection', () => {
    for (const focusHops of [1, 2] as const) {
      for (const selection of selections) {
        const focus = focusSelection({ focusHops, selection });
        expect(focus).toEqual(selection ? { kind: selection.kind, id: selection.id } : null);
        expect(shown(focusHops, selection, () => focus)).toEqual(shown(focusHops, selection, (s) => s));
      }
    }
    // Focus really depends on the selection (so it must stay in the memo's keys).
    expect(shown(1, { kind: 'entity', id: 'e17' }, (s) => s).nodes).not.toEqual(shown(1, null, (s) => s).nodes);
  });
});
