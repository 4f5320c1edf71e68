// Integration: `npm run data -- --bundle` and `npm run import` as processes: a CSV with its text, the built-in bundle, a failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBundle } from '../../app/src/model/bundle/fromBundle';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'evidence-graph-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a script the way `npm run` does: from the project root, with the user's directory in INIT_CWD. */
function run(script: string, args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, script), ...args], { cwd: ROOT, env: { ...process.env, INIT_CWD: dir }, encoding: 'utf8', timeout: 150_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run import', { timeout: 180_000 }, () => {
  it('converts a relations CSV and its source text into a bundle, printing counts and every issue', () => {
    writeFileSync(join(dir, 'connections.csv'), 'From,To,Type,Quote,Source\nAlice Smith,Bob Corp,sued,Alice Smith sued Bob Corp,article.txt\n');
    writeFileSync(join(dir, 'article.txt'), 'Yesterday Alice Smith sued Bob Corp in court.');
    const r = run('scripts/import-cli.ts', ['connections.csv', 'article.txt', '--out', 'out.json', '--report', 'report.md']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 entities, 1 relations, 1 quotes (1 anchored, 0 not anchored)');
    expect(r.stdout).toMatch(/^info: connections\.csv.*$/m);
    const bundle = parseBundle('out.json', readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(bundle.relations[0]?.evidence[0]).toMatchObject({ exact: 'Alice Smith sued Bob Corp', start: 10, end: 35 });
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('# Evidence Graph import report');
  });

  it('writes the built-in dataset as a bundle (npm run data -- --bundle), which imports back to the identical bundle', () => {
    const data = run('scripts/build-data.ts', ['--bundle', 'built.json']);
    expect(data.status).toBe(0);
    expect(data.stdout).toContain('wrote built.json: dataset bundle v1');
    const r = run('scripts/import-cli.ts', ['built.json', '--out', 'again.json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('built.json: bundle');
    expect(r.stdout).not.toMatch(/^(warning|error):/m);
    expect(readFileSync(join(dir, 'again.json'), 'utf8')).toBe(readFileSync(join(dir, 'built.json'), 'utf8'));
  });

  it('exits 1 with the error in Chinese when asked, writing nothing', () => {
    writeFileSync(join(dir, 'broken.json'), '{"format":"evidence-graph-bundle","version":1,"name":"x"}');
    const r = run('scripts/import-cli.ts', ['broken.json', '--out', 'never.json', '--lang', 'zh']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('匯入失敗');
    expect(r.stdout).toMatch(/^error: broken\.json.*不是有效的資料包/m);
    expect(() => readFileSync(join(dir, 'never.json'))).toThrow();
  });
});
