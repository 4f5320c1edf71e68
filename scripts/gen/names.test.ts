// Synthetic names: distinct within a kind in both languages, past each kind's capacity too, and the same for the same index.
import { describe, expect, it } from 'vitest';
import { entityName, NAMED_KINDS, nameCapacity, tableSizes } from './names';

describe('entity names', () => {
  it('pairs every English name table with a Chinese one of the same length', () => {
    for (const [kind, { en, zh }] of Object.entries(tableSizes())) expect(zh, kind).toEqual(en);
  });

  it('are distinct within each kind, in English and in Chinese, across the capacity boundary', () => {
    for (const kind of NAMED_KINDS) {
      const n = Math.min(nameCapacity(kind) + 300, 12_000);
      const names = Array.from({ length: n }, (_, k) => entityName(kind, k));
      expect(new Set(names.map((x) => x.en)).size, kind).toBe(n);
      expect(new Set(names.map((x) => x.zh)).size, kind).toBe(n);
    }
  });

  it('is a function of kind and index only', () => {
    expect(entityName('person', 4321)).toEqual(entityName('person', 4321));
    expect(entityName('person', 0).en).toMatch(/^[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+$/);
  });
});
