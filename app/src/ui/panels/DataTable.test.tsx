// Tests of the accessible twin: exactly the visible rows, table semantics, sort buttons, synced selection, quotes.
import { describe, expect, test } from 'vitest';
import { DataTable, type DataTableProps } from './DataTable';
import { HOSTILE, makeTestGraph } from './testGraph';
import { byAttr, byTag, render, text } from './testMarkup';

const graph = makeTestGraph();
const noop = () => {};
function table(overrides: Partial<DataTableProps> = {}) {
  const props: DataTableProps = {
    graph, lang: 'en', visibleNodes: new Set(graph.nodes()), visibleEdges: new Set(graph.edges()), selection: null,
    onSelectEntity: noop, onSelectRelation: noop, ...overrides,
  };
  return render(<DataTable {...props} />);
}
const rowIds = (root: ReturnType<typeof table>['root'], attr: 'data-entity' | 'data-relation') =>
  byTag(root, 'tr').filter((tr) => tr.hasAttribute(attr)).map((tr) => tr.getAttribute(attr));

describe('DataTable', () => {
  test('lists exactly the visible entities and relations, ignoring ids the graph lacks', () => {
    const visibleNodes = new Set(['elon-musk', 'openai', 'ghost']);
    const visibleEdges = new Set(['musk-cofounded-openai', 'musk-sued-openai', 'ghost-edge']);
    const { root } = table({ visibleNodes, visibleEdges });
    expect(rowIds(root, 'data-entity').sort()).toEqual(['elon-musk', 'openai']);
    expect(rowIds(root, 'data-relation').sort()).toEqual(['musk-cofounded-openai', 'musk-sued-openai']);
    expect(byTag(root, 'caption').map((c) => text(c))).toEqual(['Entities shown (2)', 'Relations shown (2)']);
  });

  test('counts only visible relations in each entity’s relation column', () => {
    const { root } = table({ visibleEdges: new Set(['musk-open-sourced-grok']) });
    const musk = byAttr(root, 'data-entity', 'elon-musk').find((el) => el.localName === 'tr')!;
    expect(text(byTag(musk, 'td').at(-1))).toBe('1');
  });

  test('uses real table markup: captions, column headers with sort buttons, a row header button per row', () => {
    const { root } = table();
    const tables = byTag(root, 'table');
    expect(tables).toHaveLength(2);
    for (const t of tables) {
      const cols = byTag(t, 'th').filter((th) => th.getAttribute('scope') === 'col');
      expect(cols.length).toBeGreaterThan(3);
      for (const th of cols) expect(byTag(th, 'button')).toHaveLength(1);
      expect(cols.filter((th) => th.hasAttribute('aria-sort')).map((th) => th.getAttribute('aria-sort'))).toEqual(['ascending']);
      for (const tr of byTag(byTag(t, 'tbody')[0]!, 'tr')) {
        const first = tr.firstChild as unknown as ReturnType<typeof byTag>[number];
        expect(first.localName).toBe('th');
        expect(first.getAttribute('scope')).toBe('row');
        expect(byTag(first, 'button')[0]?.getAttribute('type')).toBe('button');
      }
    }
  });

  test('sorts entities by displayed name by default (the hostile label sorts as plain text)', () => {
    const { root } = table();
    const names = byTag(root, 'tr').filter((tr) => tr.hasAttribute('data-entity')).map((tr) => text(byTag(tr, 'bdi')[0]));
    expect(names[0]).toBe(HOSTILE);
    expect(names).toEqual([...names].sort(new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare));
    expect(names).toHaveLength(graph.order);
  });

  test('marks the selected entity row, and only it, with aria-selected="true"', () => {
    const { root } = table({ selection: { kind: 'entity', id: 'grok-1' } });
    expect(byAttr(root, 'aria-selected', 'true').map((tr) => tr.getAttribute('data-entity'))).toEqual(['grok-1']);
  });

  test('marks the selected relation row with aria-selected="true"', () => {
    const { root } = table({ selection: { kind: 'relation', id: 'musk-open-sourced-grok', evidence: 0 } });
    expect(byAttr(root, 'aria-selected', 'true').map((tr) => tr.getAttribute('data-relation'))).toEqual(['musk-open-sourced-grok']);
  });

  test('shows every quote of a relation in its row', () => {
    const { root } = table();
    const row = byAttr(root, 'data-relation', 'musk-sued-openai')[0]!;
    expect(byTag(row, 'q').map((q) => q.textContent)).toEqual(graph.getEdgeAttribute('musk-sued-openai', 'evidence').map((e) => e.exact));
  });

  test('with nothing visible, says so in a status message and keeps both tables', () => {
    const { root } = table({ visibleNodes: new Set(), visibleEdges: new Set() });
    expect(text(byAttr(root, 'role', 'status')[0])).toBe('Nothing is shown under the current filters.');
    expect(byTag(root, 'table')).toHaveLength(2);
  });

  test('renders the hostile label as literal text', () => {
    const { html, root } = table();
    expect(byTag(root, 'img')).toHaveLength(0);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
