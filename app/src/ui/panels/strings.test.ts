// Tests of the panel strings: both languages complete, placeholders consistent, format() fills and leaves unknowns.
import { describe, expect, test } from 'vitest';
import { format, panelStrings } from './strings';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => Object.entries(flatten(v, prefix ? `${prefix}.${k}` : k))));
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('panelStrings', () => {
  const en = flatten(panelStrings.en);
  const zh = flatten(panelStrings.zh);

  test('English and Chinese have the same keys, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries({ ...en, ...zh })) expect(value.trim(), key).not.toBe('');
  });

  test('each Chinese string uses the same placeholders as its English one', () => {
    for (const key of Object.keys(en)) expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!));
  });
});

describe('format', () => {
  test('fills known placeholders and leaves unknown ones as written', () => {
    expect(format('{n} of {total} {x}', { n: 1, total: 2 })).toBe('1 of 2 {x}');
  });

  test('does not read inherited properties as values', () => {
    expect(format('{constructor}', {})).toBe('{constructor}');
  });
});
