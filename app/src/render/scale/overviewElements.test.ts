// Tests for the overview's elements: drawn entities as usual (whole-graph degree), group nodes and links by class, sized by members.
import { describe, expect, it } from 'vitest';
import { totalElements } from '../../model/scale/budget';
import { drawnView } from '../../model/scale/drawnView';
import { groupPositions } from '../../model/scale/groupPositions';
import { defaultOverview, expandGroup } from '../../model/scale/overviewState';
import { buildScaleIndex } from '../../model/scale/scaleIndex';
import { threeCliques } from '../../model/scale/scaleTestGraph';
import { graphStructure } from '../../model/scale/structure';
import { topologyOf } from '../../model/scale/topology';
import { groupSize, toOverviewElements } from './overviewElements';

describe('toOverviewElements', () => {
  const graph = threeCliques(8);
  const topology = topologyOf(graph);
  const index = buildScaleIndex(topology, graphStructure(topology));
  const layout = groupPositions(graph, index);
  const label = (g: { id: string; size: number }): string => `Community of ${g.id} (${g.size})`;
  const build = (o = defaultOverview()) => toOverviewElements(graph, drawnView(graph, index, o, { budget: 1000, total: totalElements(graph) }), 'en', layout, label);

  it('draws each community as one node of class group, labelled by the caller, at its members’ centre', () => {
    const groups = build().filter((e) => e.classes === 'group');
    expect(groups.map((g) => g.data.id).sort()).toEqual(['g:a0', 'g:b0', 'g:c0']);
    const a = groups.find((g) => g.data.id === 'g:a0');
    expect(a?.data.label).toBe('Community of a0 (8)');
    // threeCliques puts entity i at x = 10 i: a0…a7 are entities 0–7, so their centre is at x = 35.
    expect(a?.position).toEqual({ x: 35, y: 0 });
  });

  it('links groups by class group-link, wider for more relations, and no entity nodes before anything is expanded', () => {
    const elements = build();
    const links = elements.filter((e) => e.classes === 'group-link');
    expect(links.map((l) => l.data.weight).sort()).toEqual([1, 2]);
    const one = links.find((l) => l.data.weight === 1);
    const two = links.find((l) => l.data.weight === 2);
    expect(Number(two?.data.width)).toBeGreaterThan(Number(one?.data.width));
    expect(elements.filter((e) => e.group === 'nodes' && e.classes !== 'group')).toEqual([]);
  });

  it('an expanded community’s members are ordinary entity nodes carrying their degree in the whole graph', () => {
    const elements = build(expandGroup(defaultOverview(), 'b0'));
    const b0 = elements.find((e) => e.data.id === 'b0');
    expect(b0?.classes).toBeUndefined();
    expect(b0?.data.degree).toBe(graph.degree('b0'));
    expect(elements.some((e) => e.data.id === 'g:b0')).toBe(false);
  });

  it('sizes group nodes by the square root of their members', () => {
    expect(groupSize(100)).toBeGreaterThan(groupSize(25));
    expect(groupSize(100) - groupSize(0)).toBeCloseTo(2 * (groupSize(25) - groupSize(0)));
  });
});
