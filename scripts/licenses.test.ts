// Guards the MIT promise: no installed package (runtime or dev) is under a GPL-family licence.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function packageDirs(root: string): string[] {
  const dirs: string[] = [];
  for (const name of readdirSync(root)) {
    if (name.startsWith('.')) continue;
    const dir = join(root, name);
    if (name.startsWith('@')) dirs.push(...readdirSync(dir).map((n) => join(dir, n)));
    else dirs.push(dir);
  }
  return dirs.filter((d) => existsSync(join(d, 'package.json')));
}

function licenceOf(dir: string): string {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { license?: unknown; licenses?: unknown };
  return JSON.stringify(pkg.license ?? pkg.licenses ?? 'UNKNOWN');
}

describe('dependency licences', () => {
  it('has no GPL/AGPL/LGPL package in node_modules (cytoscape-svg and friends stay out)', () => {
    const offenders = packageDirs('node_modules')
      .map((dir) => ({ dir, licence: licenceOf(dir) }))
      .filter(({ licence }) => /\b(A|L)?GPL\b/i.test(licence) && !/\bOR\b/.test(licence));
    expect(offenders).toEqual([]);
  });

  it('does not depend on cytoscape-svg', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('cytoscape-svg');
  });
});
