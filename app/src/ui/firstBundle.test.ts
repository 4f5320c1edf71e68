// What the first bundle (everything main.tsx imports statically) may hold: no zod, and only the FIRST_AREAS string tables;
// the other tables load with the deferred UI and then read normally.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIRST_AREAS, loadStrings, t, withStrings, type I18nKey } from './i18n';
import { LAZY_AREAS } from './i18n/lazyAreas';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The file a relative import names (`./x` → x.ts, x.tsx, x/index.ts…), or null for packages and virtual modules. */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const f of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(f) && existsSync(f)) return f;
  }
  return null;
}

/** Every source module the entry reaches through static value imports and re-exports (dynamic `import()` and `import type` excluded), and the packages they import. */
function staticClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  const statement = /(?:^|[\n;])\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(statement)) {
      if (m[1]) continue;
      const spec = m[2] as string;
      const next = resolveImport(file, spec);
      if (next) todo.push(next);
      else if (!spec.startsWith('.')) packages.add(spec);
    }
  }
  return { files: seen, packages };
}

const first = staticClosure(join(SRC, 'main.tsx'));

describe('the first bundle', () => {
  it('reaches the app (the toolbar and the timeline are in, the Export menu and the string tables loaded later are not)', () => {
    expect(first.files.has(join(SRC, 'ui/Toolbar.tsx'))).toBe(true);
    expect(first.files.has(join(SRC, 'ui/analysis/TimelineStrip.tsx'))).toBe(true);
    expect(first.files.has(join(SRC, 'ui/export/ExportMenu.tsx'))).toBe(false);
    expect(first.files.has(join(SRC, 'ui/i18n/lazyAreas.ts'))).toBe(false);
    expect(first.packages.has('react')).toBe(true);
  });

  it('has no zod: links are read by plain parsers, the dataset schema loads after the first draw', () => {
    expect([...first.packages].filter((p) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
    for (const module of ['model/z.ts', 'model/schema.ts', 'state/viewStateSchema.ts']) expect(first.files.has(join(SRC, module)), module).toBe(false);
  });
});

describe('string tables split for the first bundle', () => {
  it('no module the entry loads statically uses a key of an area outside FIRST_AREAS', () => {
    const uses: string[] = [];
    for (const file of first.files) {
      const text = readFileSync(file, 'utf8');
      for (const area of Object.keys(LAZY_AREAS)) {
        if (text.includes(`\`${area}.`) || Object.keys(LAZY_AREAS[area as keyof typeof LAZY_AREAS].en).some((k) => text.includes(`'${area}.${k}'`))) {
          uses.push(`${file.slice(SRC.length + 1)} uses ${area}.*`);
        }
      }
    }
    expect(uses).toEqual([]);
  });

  it('the two sets of areas are disjoint and every area is in one of them', () => {
    const first = Object.keys(FIRST_AREAS);
    const lazy = Object.keys(LAZY_AREAS);
    expect(first.filter((a) => lazy.includes(a))).toEqual([]);
    expect(first).toContain('shell');
    expect(lazy).toContain('story');
  });

  it('a lazy area reads as nothing (never its raw key) until loaded, and as its text once withStrings has resolved', async () => {
    const key = 'story.noStories' satisfies I18nKey;
    expect(t(key, 'en')).toBe('');
    expect(await withStrings(Promise.resolve(7))).toBe(7);
    for (const [area, table] of Object.entries(LAZY_AREAS)) {
      for (const lang of ['en', 'zh'] as const) {
        for (const [k, text] of Object.entries(table[lang])) {
          const got = t(`${area}.${k}` as I18nKey, lang);
          expect(got, `${area}.${k} (${lang})`).toBe(text);
          expect(got).not.toBe(`${area}.${k}`);
        }
      }
    }
    // Loading again is the same promise's work: nothing changes.
    await loadStrings();
    expect(t(key, 'zh')).toBe(LAZY_AREAS.story.zh.noStories);
  });
});
