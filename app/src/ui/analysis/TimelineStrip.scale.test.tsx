// TimelineStrip at size: above TIMELINE_AGGREGATE_ABOVE dated relations, one bar per month counting facts and claims, no element per relation.
import { describe, expect, it } from 'vitest';
import { TIMELINE_AGGREGATE_ABOVE } from '../../model/scale/thresholds';
import { scaledGraph } from '../../model/testing/scaledGraph';
import { defaultViewState } from '../../state/defaultViewState';
import { byAttr, byTag, render } from '../panels/testMarkup';
import { BAR_MAX_PX, barHeights } from './MonthBar';
import { timelineModel } from './timelineModel';
import { TimelineStrip } from './TimelineStrip';

const graph = scaledGraph(1000, 3000);
const model = timelineModel(graph);
const base = defaultViewState().time;
const noop = () => {};
const show = (time = base) => render(<TimelineStrip graph={graph} lang="en" time={time} onChange={noop} onSelectRelation={noop} />).root;

describe('TimelineStrip with thousands of dated relations', () => {
  it('draws one bar per month and no element per relation', () => {
    const dated = model.bins.reduce((n, b) => n + b.events.length, 0);
    expect(dated).toBeGreaterThan(TIMELINE_AGGREGATE_ABOVE);
    const root = show();
    expect(byAttr(root, 'data-relation')).toHaveLength(0);
    const bars = byAttr(root, 'data-month-button');
    expect(bars).toHaveLength(model.bins.length);
    expect(byTag(root, 'button').length).toBeLessThan(model.bins.length + 20);
  });

  it('names each month’s count of relations, facts and claims on its bar', () => {
    const root = show();
    for (const bin of model.bins) {
      const bar = byAttr(root, 'data-month', bin.month)[0]!;
      expect(Number(bar.getAttribute('data-facts'))).toBe(bin.events.filter((e) => e.status === 'fact').length);
      expect(Number(bar.getAttribute('data-claims'))).toBe(bin.events.filter((e) => e.status === 'claim').length);
    }
    const first = model.bins[0]!;
    expect(byAttr(root, 'data-month', first.month)[0]!.getAttribute('aria-label')).toMatch(
      new RegExp(`: ${first.events.length} relations \\(${first.facts} facts, ${first.claims} claims\\), list them$`),
    );
  });

  it('fades the months outside the time range', () => {
    const root = show({ ...base, from: '2010-01', to: '2010-12' });
    const inRange = byAttr(root, 'data-in-range', 'true').map((b) => b.getAttribute('data-month'));
    expect(inRange.length).toBeGreaterThan(0);
    expect(inRange.every((m) => m?.startsWith('2010-'))).toBe(true);
    expect(byAttr(root, 'data-in-range', 'false')[0]!.getAttribute('class')).toContain('opacity-30');
  });
});

describe('barHeights', () => {
  it('makes the busiest month full height and keeps a non-empty part at least 1 px', () => {
    expect(barHeights({ facts: 30, claims: 10 }, 40)).toEqual({ facts: 30, claims: 10 });
    expect(barHeights({ facts: 200, claims: 0 }, 200)).toEqual({ facts: BAR_MAX_PX, claims: 0 });
    expect(barHeights({ facts: 1, claims: 1 }, 10_000)).toEqual({ facts: 1, claims: 1 });
  });
});
