// Analysis strings: complete in both languages, same placeholders, months formatted per language.
import { describe, expect, it } from 'vitest';
import { ANALYSIS_KEYS, at, formatMonth, template } from './strings';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('analysis strings', () => {
  it('every key has non-empty text in English and Chinese with the same placeholders', () => {
    for (const key of ANALYSIS_KEYS) {
      expect(template(key, 'en').trim(), key).not.toBe('');
      expect(template(key, 'zh').trim(), key).not.toBe('');
      expect(placeholders(template(key, 'zh')), key).toEqual(placeholders(template(key, 'en')));
    }
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(at('undated', 'en', { n: 4 })).toBe('Undated: 4');
    expect(at('undated', 'zh', {})).toBe('無日期:{n}');
  });

  it('formats months in each language and leaves anything else unchanged', () => {
    expect(formatMonth('2023-11', 'en')).toBe('Nov 2023');
    expect(formatMonth('2023-11', 'zh')).toBe('2023年11月');
    expect(formatMonth('2023', 'en')).toBe('2023');
  });
});
