// Phone strings: both languages define every key with non-empty, distinct text.
import { describe, expect, it } from 'vitest';
import { phoneStrings, pt } from './phoneStrings';

describe('phoneStrings', () => {
  it('has the same keys in English and Chinese, none empty', () => {
    expect(Object.keys(phoneStrings.zh).sort()).toEqual(Object.keys(phoneStrings.en).sort());
    for (const lang of ['en', 'zh'] as const) for (const [k, v] of Object.entries(phoneStrings[lang])) expect(v.trim(), `${lang}.${k}`).not.toBe('');
  });

  it('translates the menu button', () => {
    expect(pt('more', 'en')).toBe('More');
    expect(pt('more', 'zh')).not.toBe(pt('more', 'en'));
  });
});
