// The shell's focus hops (computeVisibility) give exactly the ego network (egoNetwork) of the selected entity.
import { describe, expect, it } from 'vitest';
import { egoNetwork } from '../../model/analysis/egoNetwork';
import { computeVisibility } from '../../model/visibility';
import { defaultViewState } from '../../state/defaultViewState';
import { makeTestGraph } from '../panels/testGraph';

const graph = makeTestGraph();
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('focus hops = ego network', () => {
  it('for every entity and 1, 2 and 3 hops, the focused nodes and relations equal its ego network', () => {
    const base = defaultViewState();
    for (const id of graph.nodes()) {
      for (const hops of [1, 2, 3] as const) {
        const v = computeVisibility(graph, { ...base, focusHops: hops, selection: { kind: 'entity', id } });
        const ego = egoNetwork(graph, id, hops);
        expect(sorted(v.nodes), `${id} ${hops}`).toEqual(sorted(ego.nodes));
        expect(sorted(v.edges), `${id} ${hops}`).toEqual(sorted(ego.edges));
      }
    }
  });

  it('still agrees when filters hide relations: focus follows only shown relations, like egoNetwork over the shown set', () => {
    const base = defaultViewState();
    const filters = { ...base.filters, hiddenCategories: ['conflict' as const] };
    const shown = computeVisibility(graph, { ...base, filters });
    const v = computeVisibility(graph, { ...base, filters, focusHops: 1, selection: { kind: 'entity', id: 'sam-altman' } });
    const ego = egoNetwork(graph, 'sam-altman', 1, shown);
    expect(sorted(v.nodes)).toEqual(sorted(ego.nodes));
    expect(v.nodes.has('elon-musk')).toBe(false);
    expect(egoNetwork(graph, 'sam-altman', 1).nodes.has('elon-musk')).toBe(true);
  });
});
