// The details panel of a hub: at most DETAILS_RELATIONS_MAX relations listed (in the usual order), the rest counted, with Show all.
import { describe, expect, test } from 'vitest';
import { relationsOf } from '../../model/queries';
import { scaledGraph } from '../../model/testing/scaledGraph';
import { DETAILS_RELATIONS_MAX, DetailsPanel, firstRelations } from './DetailsPanel';
import { byAttr, byTag, render, text } from './testMarkup';

const graph = scaledGraph(200, 600);
const noop = () => {};
const flat = (groups: ReturnType<typeof relationsOf>) => groups.flatMap((g) => g.relations.map((r) => r.edge));

describe('DetailsPanel of a hub', () => {
  test('lists the first DETAILS_RELATIONS_MAX relations in group order and counts the rest', () => {
    const all = flat(relationsOf(graph, 'e0'));
    expect(all.length).toBeGreaterThan(DETAILS_RELATIONS_MAX);
    const { root } = render(<DetailsPanel graph={graph} entityId="e0" lang="en" onSelectRelation={noop} onSelectEntity={noop} />);
    const listed = byTag(root, 'li').filter((li) => li.hasAttribute('data-relation')).map((li) => li.getAttribute('data-relation'));
    expect(listed).toEqual(all.slice(0, DETAILS_RELATIONS_MAX));
    const more = byAttr(root, 'data-relations-more')[0]!;
    expect(more.getAttribute('data-relations-more')).toBe(String(all.length - DETAILS_RELATIONS_MAX));
    expect(text(byTag(more, 'button')[0])).toBe(`Show all ${all.length} relations`);
    // The heading still counts every relation.
    expect(text(root)).toContain(`Relations (${all.length})`);
  });

  test('firstRelations cuts across groups, keeping whole groups before the cut and dropping emptied ones', () => {
    const groups = relationsOf(graph, 'e0');
    for (const max of [0, 1, 7, 50, 1000]) expect(flat(firstRelations(groups, max))).toEqual(flat(groups).slice(0, max));
    expect(firstRelations(groups, 0)).toEqual([]);
  });
});
