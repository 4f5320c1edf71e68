// frontSheet / raiseSheet: one sheet at a time on phones, the latest raised open one in front.
import { describe, expect, it } from 'vitest';
import { frontSheet, raiseSheet, type SheetName } from './sheetStack';

const none: Record<SheetName, boolean> = { filters: false, analysis: false, timeline: false, panel: false, reader: false };

describe('frontSheet', () => {
  it('returns null when no sheet is open', () => {
    expect(frontSheet(['panel', 'reader'], none)).toBeNull();
  });

  it('puts the most recently raised open sheet in front', () => {
    const order = raiseSheet(raiseSheet([], 'panel'), 'reader');
    expect(frontSheet(order, { ...none, panel: true, reader: true })).toBe('reader');
    expect(frontSheet(raiseSheet(order, 'panel'), { ...none, panel: true, reader: true })).toBe('panel');
  });

  it('falls back to the sheet raised before when the front one closes', () => {
    const order = raiseSheet(raiseSheet([], 'filters'), 'panel');
    expect(frontSheet(order, { ...none, filters: true, panel: false })).toBe('filters');
  });

  it('shows a sheet opened without being raised (a link) only when no raised sheet is open, the reader over the panel', () => {
    expect(frontSheet([], { ...none, panel: true, reader: true })).toBe('reader');
    expect(frontSheet(['timeline'], { ...none, timeline: true, panel: true })).toBe('timeline');
  });
});

describe('raiseSheet', () => {
  it('moves a sheet to the end without duplicating it', () => {
    expect(raiseSheet(['panel', 'reader', 'filters'], 'panel')).toEqual(['reader', 'filters', 'panel']);
  });
});
