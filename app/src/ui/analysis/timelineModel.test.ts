// Timeline model: month bins of the mini graph, slider ⇄ range conversion, play steps, axis positions.
import { describe, expect, it } from 'vitest';
import { buildMiniGraph as miniGraph } from '../../model/testing/miniGraph';
import { datedRelations, monthIndex, timeExtent } from '../../model/timeline';
import { scaledGraph } from '../../model/testing/scaledGraph';
import { defaultViewState } from '../../state/defaultViewState';
import { axisPercent, eventInRange, playStep, rangeIndexes, timelineModel, withRange, yearTicks } from './timelineModel';

const extent = { min: monthIndex('2015-12'), max: monthIndex('2024-03') };
const base = defaultViewState().time;

describe('timelineModel', () => {
  it('bins the mini graph’s dated relations by start month and counts the undated ones', () => {
    const model = timelineModel(miniGraph());
    expect(model.extent).toEqual(extent);
    expect(model.undated).toBe(3);
    const nov = model.bins.find((b) => b.month === '2023-11');
    // In datedRelations order: start month, then end month (Brockman's runs into December), then id.
    expect(nov?.events.map((e) => e.id)).toEqual(['altman-took-part-in-crisis', 'musk-supported-sutskever', 'sutskever-fired-altman', 'brockman-president-openai']);
    expect(model.bins.find((b) => b.month === '2017')).toBeUndefined();
    expect(model.bins.find((b) => b.month === '2017-01')?.events[0]).toMatchObject({ id: 'musk-sought-control-openai', status: 'claim', dateEnd: '2018-02' });
    expect(model.bins.map((b) => b.index)).toEqual([...model.bins.map((b) => b.index)].sort((a, b) => a - b));
  });

  it('counts each month’s facts and claims, adding up to its relations', () => {
    const graph = miniGraph();
    for (const bin of timelineModel(graph).bins) {
      expect(bin.facts + bin.claims).toBe(bin.events.length);
      expect(bin.claims).toBe(bin.events.filter((e) => graph.getEdgeAttribute(e.id, 'status') === 'claim').length);
    }
    const jan2017 = timelineModel(graph).bins.find((b) => b.month === '2017-01');
    expect(jan2017?.claims).toBeGreaterThan(0);
  });

  it('bins a 6,000-relation graph in one pass exactly as the sorted list of dated relations would (same months, order, extent)', () => {
    const graph = scaledGraph(2000, 6000);
    const model = timelineModel(graph);
    const dated = datedRelations(graph);
    expect(model.extent).toEqual(timeExtent(dated));
    expect(model.undated).toBe(graph.size - dated.length);
    expect(model.bins.flatMap((b) => b.events.map((e) => e.id))).toEqual(dated.map((d) => d.id));
    const startOf = new Map(dated.map((d) => [d.id, d.startMonth]));
    for (const bin of model.bins) for (const e of bin.events) expect(startOf.get(e.id)).toBe(bin.index);
  });
});

describe('rangeIndexes and withRange', () => {
  it('puts open ends at the extent’s ends and reads partial dates at their precision', () => {
    expect(rangeIndexes({ from: null, to: null }, extent)).toEqual({ from: extent.min, to: extent.max });
    expect(rangeIndexes({ from: '2023', to: '2023-11-16' }, extent)).toEqual({ from: monthIndex('2023-01'), to: monthIndex('2023-11') });
  });

  it('clamps a range beyond the extent and orders reversed ends', () => {
    expect(rangeIndexes({ from: '1990-01', to: '2099-01' }, extent)).toEqual({ from: extent.min, to: extent.max });
    expect(rangeIndexes({ from: '2024-01', to: '2016-01' }, extent)).toEqual({ from: monthIndex('2016-01'), to: monthIndex('2024-01') });
  });

  it('writes slider positions as YYYY-MM and the extent’s ends as open (null), keeping mode and undated', () => {
    const fade = { ...base, mode: 'fade' as const, showUndated: false };
    expect(withRange(fade, monthIndex('2023-11'), monthIndex('2023-12'), extent)).toEqual({ ...fade, from: '2023-11', to: '2023-12' });
    expect(withRange(fade, extent.min, extent.max, extent)).toEqual({ ...fade, from: null, to: null });
    expect(withRange(base, monthIndex('2024-01'), monthIndex('2020-05'), extent)).toMatchObject({ from: '2020-05', to: '2024-01' });
  });
});

describe('playStep', () => {
  it('moves the end one month later and keeps the start', () => {
    const step = playStep({ ...base, from: '2023-10', to: '2023-11' }, extent);
    expect(step).toEqual({ time: { ...base, from: '2023-10', to: '2023-12' }, done: false });
  });

  it('starts over with the start month alone when the end is already reached', () => {
    expect(playStep(base, extent).time).toMatchObject({ from: null, to: '2015-12' });
    expect(playStep({ ...base, from: '2023-11' }, extent).time).toMatchObject({ from: '2023-11', to: '2023-11' });
  });

  it('reports done on the step that reaches the last month, opening the end', () => {
    expect(playStep({ ...base, to: '2024-02' }, extent)).toEqual({ time: { ...base, from: null, to: null }, done: true });
  });
});

describe('eventInRange, axis', () => {
  it('keeps a relation spanning into the range and drops one ending before it', () => {
    expect(eventInRange({ date: '2017', dateEnd: '2018-02' }, { from: '2018-01', to: null })).toBe(true);
    expect(eventInRange({ date: '2017', dateEnd: '2018-02' }, { from: '2018-03', to: null })).toBe(false);
  });

  it('places the first month at 0 %, the last at 100 %, a lone month in the middle, and labels every year touched', () => {
    expect(axisPercent(extent.min, extent)).toBe(0);
    expect(axisPercent(extent.max, extent)).toBe(100);
    expect(axisPercent(monthIndex('2020-01'), { min: monthIndex('2019-01'), max: monthIndex('2021-01') })).toBe(50);
    expect(axisPercent(extent.min, { min: extent.min, max: extent.min })).toBe(50);
    expect(yearTicks(extent).map((t) => t.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(yearTicks(extent)[0]?.index).toBe(extent.min);
  });
});
