// Date cells as spreadsheets and graph tools write them become partial ISO dates; ambiguous and bad ones are flagged.
import { describe, expect, it } from 'vitest';
import { parseDate } from './parseDates';

describe('parseDate', () => {
  it.each([
    ['2015', '2015'],
    ['2015-12', '2015-12'],
    ['2015-12-11', '2015-12-11'],
    ['2015-12-11T09:30:00Z', '2015-12-11'],
    ['2015/12/11', '2015-12-11'],
    ['2015/1/5', '2015-01-05'],
    ['2015年12月', '2015-12'],
    ['2015年12月11日', '2015-12-11'],
    ['２０１５年１２月', '2015-12'],
    ['Dec 2015', '2015-12'],
    ['December 11, 2015', '2015-12-11'],
    ['11 December 2015', '2015-12-11'],
    ['13/11/2015', '2015-11-13'],
    ['11/13/2015', '2015-11-13'],
    ['5/5/2015', '2015-05-05'],
    ['42349', '2015-12-11'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, date: expected });
  });

  it('reads a JS number from a date column as an Excel serial day, and a 4-digit one as a year', () => {
    expect(parseDate(42349)).toEqual({ ok: true, date: '2015-12-11' });
    expect(parseDate(2015)).toEqual({ ok: true, date: '2015' });
  });

  it('keeps only the year of a day/month order it cannot tell, and says so', () => {
    expect(parseDate('12/11/2015')).toEqual({ ok: true, date: '2015', ambiguous: '12/11/2015' });
  });

  it.each(['2015-13', '2023-02-30', 'last spring', '', '31/31/2015', 'Smarch 2015'])('refuses %j', (input) => {
    expect(parseDate(input)).toEqual({ ok: false });
  });
});
