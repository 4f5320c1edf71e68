// The analysis task line and the approximate note: progress with Cancel while running, Compute again after a cancel, "sampled k of n".
import { describe, expect, it } from 'vitest';
import { centrality } from '../../model/analysis/centrality';
import { makeTestGraph } from '../panels/testGraph';
import { byAttr, byTag, render, text } from '../panels/testMarkup';
import { CentralityPanel } from './CentralityPanel';
import { TaskStatusLine } from './TaskStatusLine';
import type { TaskControl } from './useAnalysisTask';

const controls = { cancel: () => {}, retry: () => {} };
const graph = makeTestGraph();

describe('TaskStatusLine', () => {
  it('while running: a progress bar at the share done, the percentage in a status line, and a Cancel button', () => {
    const { root } = render(<TaskStatusLine control={{ status: 'running', fraction: 0.42, ...controls }} what="Betweenness" lang="en" />);
    expect(byTag(root, 'progress')[0]?.getAttribute('value')).toBe('42');
    expect(text(byAttr(root, 'role')[0])).toBe('Computing Betweenness… 42%');
    expect(byTag(root, 'button').map(text)).toEqual(['Cancel']);
  });

  it('after a cancel: says so and offers Compute again; nothing when done or idle', () => {
    const { root } = render(<TaskStatusLine control={{ status: 'cancelled', ...controls }} what="Camps" lang="en" />);
    expect(text(byAttr(root, 'role')[0])).toBe('Camps: cancelled.');
    expect(byTag(root, 'button').map(text)).toEqual(['Compute again']);
    for (const status of ['done', 'idle'] as const) expect(render(<TaskStatusLine control={{ status, ...controls } as TaskControl} what="Camps" lang="en" />).html).toBe('');
  });
});

describe('CentralityPanel approximate note', () => {
  it('says how many sources were sampled, of how many entities, only when the scores are estimates', () => {
    const exact = centrality(graph, 'betweenness');
    const panel = (result: typeof exact) => render(<CentralityPanel graph={graph} lang="en" sizeBy="betweenness" result={result} onSizeBy={() => {}} onSelectEntity={() => {}} />).root;
    expect(byAttr(panel(exact), 'data-approximate')).toHaveLength(0);
    const note = byAttr(panel({ ...exact, sampled: { sources: 500, of: 20000 } }), 'data-approximate')[0];
    expect(text(note)).toBe('Approximate: sampled 500 of 20,000 entities as path sources.');
  });
});
