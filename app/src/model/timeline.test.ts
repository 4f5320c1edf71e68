// Tests for partial-date arithmetic, range overlap, dated relations in order and month steps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMiniGraph } from './testing/miniGraph';
import {
  InvalidDateError,
  MAX_MONTH_STEPS,
  datedRelations,
  dayKey,
  monthFromIndex,
  monthIndex,
  monthRange,
  overlapsRange,
  relationInterval,
  timeExtent,
} from './timeline';

describe('month indexes', () => {
  it('maps YYYY-MM to year*12+month-1 and back', () => {
    expect(monthIndex('2015-12')).toBe(2015 * 12 + 11);
    expect(monthFromIndex(2015 * 12 + 11)).toBe('2015-12');
    expect(monthIndex('2024-03-17')).toBe(monthIndex('2024-03'));
  });

  it('reads a bare year as January at the start and December at the end', () => {
    expect(monthFromIndex(monthIndex('2017', 'start'))).toBe('2017-01');
    expect(monthFromIndex(monthIndex('2017', 'end'))).toBe('2017-12');
  });

  it('round-trips every month of years 0001–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 9999 * 12 + 11 }), (i) => monthIndex(monthFromIndex(i)) === i),
    );
  });

  it('rejects malformed dates with an InvalidDateError naming where the date came from', () => {
    expect(() => monthIndex('2015-13', 'start', 'relation x.date')).toThrow(InvalidDateError);
    expect(() => monthIndex('2015-13', 'start', 'relation x.date')).toThrow(/relation x\.date: '2015-13'/);
    expect(() => dayKey('15-12', 'start')).toThrow(InvalidDateError);
    expect(() => monthFromIndex(-1)).toThrow(RangeError);
    expect(() => monthFromIndex(1.5)).toThrow(RangeError);
  });
});

describe('overlapsRange', () => {
  it('compares partial dates at their precision: a day in December overlaps a range ending 2015-12', () => {
    const day = relationInterval('2015-12-11', null)!;
    expect(overlapsRange(day, null, '2015-12')).toBe(true);
    expect(overlapsRange(day, '2015-12', '2015-12')).toBe(true);
    expect(overlapsRange(day, '2016-01', null)).toBe(false);
    expect(overlapsRange(day, null, '2015-11')).toBe(false);
  });

  it('treats a bare year as the whole year and a date range as its full span', () => {
    expect(overlapsRange(relationInterval('2017', null)!, '2017-12', '2018-06')).toBe(true);
    expect(overlapsRange(relationInterval('2017', '2018-02')!, '2018-02', '2018-02')).toBe(true);
    expect(overlapsRange(relationInterval('2017', '2018-02')!, '2018-03', null)).toBe(false);
  });

  it('gives no interval for an undated relation', () => {
    expect(relationInterval(null, null)).toBeNull();
  });

  it('names the field of a relation with a bad date', () => {
    expect(() => relationInterval('2017', '2018-1x', "relation 'r1'")).toThrow(/relation 'r1'\.dateEnd/);
  });
});

describe('datedRelations', () => {
  it('lists only dated relations, sorted by start month, then end month, then id', () => {
    const g = buildMiniGraph();
    const dated = datedRelations(g);
    expect(dated.length).toBe(g.filterEdges((_e, a) => a.date !== null).length);
    for (let i = 1; i < dated.length; i++) {
      const [a, b] = [dated[i - 1]!, dated[i]!];
      expect(a.startMonth < b.startMonth || (a.startMonth === b.startMonth && (a.endMonth < b.endMonth || (a.endMonth === b.endMonth && a.id < b.id)))).toBe(true);
    }
    const range = dated.find((d) => d.id === 'musk-sought-control-openai');
    expect(range && [monthFromIndex(range.startMonth), monthFromIndex(range.endMonth)]).toEqual(['2017-01', '2018-02']);
  });

  it('reports the first and last month touched, or null when nothing is dated', () => {
    const ext = timeExtent(datedRelations(buildMiniGraph()));
    expect(ext && [monthFromIndex(ext.min), monthFromIndex(ext.max)]).toEqual(['2015-12', '2024-03']);
    expect(timeExtent([])).toBeNull();
  });
});

describe('monthRange', () => {
  it('steps month by month across a year boundary, both ends included', () => {
    expect(monthRange('2015-11', '2016-02')).toEqual(['2015-11', '2015-12', '2016-01', '2016-02']);
    expect(monthRange('2024-03', '2024-03')).toEqual(['2024-03']);
  });

  it('is empty when from is after to', () => {
    expect(monthRange('2024-03', '2024-02')).toEqual([]);
  });

  it('rejects non-month input and ranges longer than the cap', () => {
    expect(() => monthRange('2015', '2016-01')).toThrow(/monthRange from: '2015'/);
    expect(() => monthRange('2015-01', 'soon')).toThrow(InvalidDateError);
    expect(() => monthRange('0001-01', '9999-12')).toThrow(new RegExp(`limit of ${MAX_MONTH_STEPS}`));
  });
});
