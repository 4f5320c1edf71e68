// Tests of the table view at size: above TABLE_VIRTUAL_ROWS only a screenful of rows is rendered, with row counts and indexes for assistive tech.
import { describe, expect, test } from 'vitest';
import { TABLE_VIRTUAL_ROWS } from '../../model/scale/thresholds';
import { scaledGraph } from '../../model/testing/scaledGraph';
import type { Selection } from '../../state/types';
import { DataTable } from './DataTable';
import { byAttr, byTag, render, type Element } from './testMarkup';

const graph = scaledGraph(1000, 1500);
const noop = () => {};
function table(selection: Selection = null, nodes = graph.nodes()) {
  const { root } = render(
    <DataTable graph={graph} lang="en" visibleNodes={new Set(nodes)} visibleEdges={new Set(graph.edges())} selection={selection} onSelectEntity={noop} onSelectRelation={noop} />,
  );
  return root;
}
const entityTable = (root: Element) => byAttr(root, 'data-table', 'entities')[0]!;
const dataRows = (t: Element) => byTag(t, 'tr').filter((tr) => tr.hasAttribute('data-entity') || tr.hasAttribute('data-relation'));
const spacers = (t: Element) => byAttr(t, 'data-spacer');

describe('DataTable with thousands of rows', () => {
  test('renders only the first screenful of entity and relation rows, and says how many rows there are (aria-rowcount)', () => {
    const root = table();
    for (const [name, total] of [['entities', graph.order], ['relations', graph.size]] as const) {
      const t = byAttr(root, 'data-table', name)[0]!;
      const rows = dataRows(t);
      expect(rows.length).toBeGreaterThan(5);
      expect(rows.length).toBeLessThan(80);
      expect(t.getAttribute('aria-rowcount')).toBe(String(total + 1));
      // The header row is row 1; data rows continue from 2 in display order.
      expect(byTag(byTag(t, 'thead')[0]!, 'tr')[0]!.getAttribute('aria-rowindex')).toBe('1');
      expect(rows.map((r) => Number(r.getAttribute('aria-rowindex')))).toEqual(rows.map((_, i) => i + 2));
    }
  });

  test('keeps the scroll height of the rows it leaves out in one hidden spacer row below them', () => {
    const t = entityTable(table());
    const rendered = dataRows(t).length;
    const [spacer] = spacers(t);
    expect(spacers(t)).toHaveLength(1);
    expect(spacer!.getAttribute('aria-hidden')).toBe('true');
    const height = Number(/height:\s*(\d+)px/.exec(byTag(spacer!, 'td')[0]!.getAttribute('style') ?? '')?.[1]);
    expect(height).toBe((graph.order - rendered) * 33);
  });

  test('always renders the selected row, far down the table, between spacers, marked aria-selected with its row index', () => {
    const root = table({ kind: 'entity', id: 'e999' });
    const t = entityTable(root);
    const selected = byAttr(t, 'aria-selected', 'true');
    expect(selected.map((tr) => tr.getAttribute('data-entity'))).toEqual(['e999']);
    const index = Number(selected[0]!.getAttribute('aria-rowindex'));
    expect(index).toBeGreaterThan(dataRows(t).length + 1);
    expect(spacers(t)).toHaveLength(2);
  });

  test(`renders every row, without spacers, at ${TABLE_VIRTUAL_ROWS} rows or fewer`, () => {
    const few = graph.nodes().slice(0, TABLE_VIRTUAL_ROWS);
    const t = entityTable(table(null, few));
    expect(dataRows(t)).toHaveLength(TABLE_VIRTUAL_ROWS);
    expect(spacers(t)).toHaveLength(0);
  });
});
