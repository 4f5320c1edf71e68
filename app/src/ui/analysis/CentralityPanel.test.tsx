// CentralityPanel markup: the size select, the ranking table (ranks, ties, scores, clickable names), the measure shown.
import { describe, expect, it } from 'vitest';
import { centrality } from '../../model/analysis/centrality';
import type { SizeBy } from '../../state/types';
import { makeTestGraph } from '../panels/testGraph';
import { byAttr, byTag, render, text } from '../panels/testMarkup';
import { CentralityPanel, RANKING_ROWS, rankingMeasure } from './CentralityPanel';

const graph = makeTestGraph();
function show(sizeBy: SizeBy) {
  const result = centrality(graph, rankingMeasure(sizeBy));
  return { result, ...render(<CentralityPanel graph={graph} lang="en" sizeBy={sizeBy} result={result} onSizeBy={() => {}} onSelectEntity={() => {}} />) };
}

describe('CentralityPanel', () => {
  it('ranks by degree while nodes keep their default size, ties sharing a rank', () => {
    const { root, result } = show('none');
    expect(rankingMeasure('none')).toBe('degree');
    const rows = byAttr(root, 'data-entity').filter((el) => el.localName === 'tr');
    expect(rows).toHaveLength(Math.min(RANKING_ROWS, graph.order));
    expect(rows.map((r) => r.getAttribute('data-entity'))).toEqual(result.ranking.slice(0, rows.length).map((r) => r.id));
    const cells = byTag(rows[1]!, 'td').map(text);
    expect(cells[0]).toBe('1');
    expect(cells[1]).toBe('OpenAI');
    expect(cells[2]).toBe('0.600');
    expect(text(byTag(root, 'caption')[0])).toBe(`Top ${rows.length} by Degree`);
  });

  it('shows the chosen measure in the select and the table', () => {
    const { root } = show('betweenness');
    const selected = byTag(root, 'option').find((o) => o.hasAttribute('selected'));
    expect(selected?.getAttribute('value')).toBe('betweenness');
    expect(byAttr(root, 'data-measure')[0]?.getAttribute('data-measure')).toBe('betweenness');
    expect(text(byTag(root, 'caption')[0])).toContain('by Betweenness');
  });

  it('makes every ranked entity a button', () => {
    const { root } = show('pagerank');
    const rows = byAttr(root, 'data-entity').filter((el) => el.localName === 'tr');
    for (const row of rows) expect(byTag(row, 'button')).toHaveLength(1);
  });
});
