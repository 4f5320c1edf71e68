// The string tables: every area has every key in English and Chinese with the same placeholders; t() fills and looks up.
import { describe, expect, it } from 'vitest';
import { FIRST_AREAS, formatMonth, t, type I18nKey } from './index';
import { LAZY_AREAS } from './lazyAreas';

const AREAS = { ...FIRST_AREAS, ...LAZY_AREAS };

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('string tables (parity)', () => {
  for (const [area, table] of Object.entries(AREAS)) {
    it(`${area}: English and Chinese have the same keys, none empty, with the same placeholders`, () => {
      expect(Object.keys(table.zh).sort()).toEqual(Object.keys(table.en).sort());
      for (const [key, en] of Object.entries(table.en)) {
        const zh = (table.zh as Record<string, string>)[key]!;
        expect(en.trim(), `${area}.${key} (en)`).not.toBe('');
        expect(zh.trim(), `${area}.${key} (zh)`).not.toBe('');
        expect(placeholders(zh), `${area}.${key}`).toEqual(placeholders(en));
      }
    });
  }
});

describe('t', () => {
  it('looks the key up in its own area (the same short key differs between areas)', () => {
    expect(t('shell.search', 'en')).toBe('Search');
    expect(t('shell.search', 'zh')).toBe('搜尋');
    expect(t('shell.legendFact', 'en')).not.toBe(t('panels.legendFact', 'en'));
    expect(t('panels.stances.opposes', 'zh')).toBe('反對');
  });

  it('fills placeholders from vars and leaves one without a value as written (the raw template for fillTemplate)', () => {
    expect(t('shell.selectedEntity', 'en', { name: 'Elon Musk', kind: 'person', count: 42 })).toBe('Selected Elon Musk, person, 42 relations');
    expect(t('analysis.undated', 'zh')).toBe('無日期:{n}');
    expect(t('panels.claimBy', 'en', { constructor: 'x' } as Record<string, string>)).toBe('claim by {name}');
  });

  it('returns the key itself for a key missing at run time (e.g. a key built from data)', () => {
    expect(t('phone.nope' as I18nKey, 'en')).toBe('phone.nope');
  });
});

describe('formatMonth', () => {
  it('formats months in each language and leaves anything else unchanged', () => {
    expect(formatMonth('2023-11', 'en')).toBe('Nov 2023');
    expect(formatMonth('2023-11', 'zh')).toBe('2023年11月');
    expect(formatMonth('2023', 'en')).toBe('2023');
  });
});
