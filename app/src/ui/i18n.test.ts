// Tests for t(): both languages have every key, placeholders are filled, unknown placeholders stay visible.
import { describe, expect, it } from 'vitest';
import { t, UI_KEYS } from './i18n';

describe('t', () => {
  it('returns different English and Chinese text for the same key', () => {
    expect(t('search', 'en')).toBe('Search');
    expect(t('search', 'zh')).toBe('搜尋');
  });

  it('fills placeholders from vars', () => {
    expect(t('selectedEntity', 'en', { name: 'Elon Musk', kind: 'person', count: 42 })).toBe('Selected Elon Musk, person, 42 relations');
  });

  it('leaves a placeholder without a value visible rather than inventing one', () => {
    expect(t('focusHops', 'en')).toContain('{n}');
  });

  it('has a non-empty string for every key in both languages', () => {
    for (const lang of ['en', 'zh'] as const) for (const k of UI_KEYS) expect(t(k, lang).length).toBeGreaterThan(0);
  });
});
