// useAnalysis (rendered through a probe component): runs only the analyses asked for, over the shown, in-range relations.
import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../../model/visibility';
import { defaultViewState } from '../../state/defaultViewState';
import type { ViewState } from '../../state/types';
import { makeTestGraph } from '../panels/testGraph';
import { render } from '../panels/testMarkup';
import { analysedSet, useAnalysis, type AnalysisResults } from './useAnalysis';
import { ANALYSIS_WORKER_ABOVE } from '../../model/scale/thresholds';

const graph = makeTestGraph();

function run(patch: Partial<ViewState>, panelOpen = false): AnalysisResults {
  const state = { ...defaultViewState(), ...patch };
  const visibility = computeVisibility(graph, state);
  let out: AnalysisResults | null = null;
  function Probe() {
    out = useAnalysis(graph, state, visibility, panelOpen);
    return null;
  }
  render(<Probe />);
  if (!out) throw new Error('probe did not render');
  return out;
}

describe('useAnalysis', () => {
  it('computes nothing but an empty overlay for the default view with the panel closed', () => {
    const r = run({});
    expect(r.paths).toBeNull();
    expect(r.centrality).toBeNull();
    expect(r.camps).toBeNull();
    expect(r.overlay.nodes.size).toBe(0);
    expect(r.overlay.path.size).toBe(0);
  });

  it('draws the asked path: its entities and the relation of each hop', () => {
    const r = run({ path: { from: 'elon-musk', to: 'sam-altman', factsOnly: false } });
    expect(r.paths?.[0]?.hops.map((h) => h.edgeId)).toEqual(['musk-sued-altman']);
    expect(r.overlay.path.has('musk-sued-altman') && r.overlay.path.has('elon-musk')).toBe(true);
  });

  it('leaves relations outside the time range out of the paths, in fade mode too', () => {
    const r = run({ path: { from: 'elon-musk', to: 'sam-altman', factsOnly: false }, time: { from: '2023-11', to: '2023-12', mode: 'fade', showUndated: false } });
    expect(r.paths?.map((p) => p.hops.map((h) => h.edgeId))).toEqual([['musk-supported-sutskever', 'sutskever-fired-altman']]);
  });

  it('sizes nodes only when sizing by a measure, and colours camps only when asked, while the panel still gets both', () => {
    const sized = run({ sizeBy: 'pagerank' });
    expect(sized.centrality?.measure).toBe('pagerank');
    expect([...sized.overlay.classes.values()].every((c) => c.includes('sized'))).toBe(true);
    const panel = run({}, true);
    expect(panel.centrality?.measure).toBe('degree');
    expect(panel.camps?.camps.length).toBeGreaterThan(0);
    expect(panel.overlay.nodes.size).toBe(0);
    const coloured = run({ camps: true });
    expect(coloured.overlay.nodes.get('openai')?.camp).toBe(1);
  });

  it('analysedSet drops faded relations and keeps the same object when nothing is faded', () => {
    const v = { nodes: new Set(['a', 'b']), edges: new Set(['e1', 'e2']), faded: new Set(['e2']) };
    expect([...analysedSet(v).edges]).toEqual(['e1']);
    const none = { ...v, faded: new Set<string>() };
    expect(analysedSet(none)).toBe(none);
  });
  it('below ANALYSIS_WORKER_ABOVE shown entities computes centrality and camps on the page: results in the first render, tasks done', () => {
    const r = run({ sizeBy: 'betweenness', camps: true });
    expect(graph.order).toBeLessThanOrEqual(ANALYSIS_WORKER_ABOVE);
    expect(r.centrality?.measure).toBe('betweenness');
    expect(r.centrality?.sampled).toBeUndefined();
    expect(r.camps).not.toBeNull();
    expect(r.tasks.centrality.status).toBe('done');
    expect(r.tasks.camps.status).toBe('done');
    expect(run({}).tasks.centrality.status).toBe('idle');
  });
});
