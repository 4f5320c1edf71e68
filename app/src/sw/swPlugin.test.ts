// The service worker written by the build: its CONFIG line carries the build's version and file list, and nothing else of it changes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from './swPlugin';

const template = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');

describe('service worker source', () => {
  it('puts the version and the precache list into CONFIG and keeps the rest of sw.js as written', () => {
    const files = ['./', 'index.html', 'assets/index-$&abc.js'];
    const out = serviceWorkerSource(template, 'v123', files);
    const line = /^const CONFIG = (.*);$/m.exec(out)?.[1] ?? '';
    expect(JSON.parse(line)).toEqual({ version: 'v123', files });
    expect(out.replace(/^const CONFIG = .*;$/m, '')).toBe(template.replace(/^const CONFIG = .*;$/m, ''));
  });

  it('refuses a template whose CONFIG line is missing (the build would otherwise ship an empty precache)', () => {
    expect(() => serviceWorkerSource(template.replace('const CONFIG', 'let CONFIG'), 'v', [])).toThrow(/CONFIG line/);
  });
});
