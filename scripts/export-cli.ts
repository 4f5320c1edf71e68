// `npm run export`: renders a deep-linked view headlessly and writes the same file the Export button would.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './bench/static-server.mjs';
import { findBrowser } from './find-browser.mjs';
import { CliArgsError, exportOptionsOf, parseCliArgs } from './export/cliArgs';
import { bundleForExport, linkWithSrc } from './export/dataInput';
import { headlessExport } from './export/headlessExport';
import { outputPaths } from './export/outputPaths';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

function fail(message: string): never {
  console.error(`export: ${message}`);
  process.exit(1);
}

function ensureBuilt(html: boolean): void {
  const run = (cmd: string, args: string[]): number => spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] }).status ?? 1;
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('export: dist/ is missing; building the app (vite build)…');
    if (!existsSync(join(ROOT, 'app/src/generated/dataset.json')) && run('npm', ['run', '--silent', 'data']) !== 0) fail('compiling the dataset failed (npm run data)');
    if (run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']) !== 0) fail('vite build failed');
  }
  // The interactive HTML export fills the one-file template the site serves next to index.html.
  if (html && !existsSync(join(DIST, 'standalone.html'))) {
    console.error('export: dist/standalone.html is missing; building the one-file template (vite build -c vite.standalone.config.ts)…');
    if (run(join(ROOT, 'node_modules/.bin/vite'), ['build', '-c', 'vite.standalone.config.ts', '--logLevel', 'warn']) !== 0) fail('the one-file build failed');
  }
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof CliArgsError) fail(e.message);
    throw e;
  }
  // --data: import the files here (same importer as the app), serve the bundle under datasets/ and open it by `src=`.
  let link = args.link;
  const extra: Record<string, string> = {};
  let tmp: string | null = null;
  if (args.data.length > 0) {
    const prepared = await bundleForExport(args.data, process.env.INIT_CWD ?? process.cwd());
    for (const line of prepared.lines) console.error(line);
    if (!prepared.ok) fail(`the --data files could not be opened (report above)`);
    tmp = mkdtempSync(join(tmpdir(), 'evidence-graph-export-'));
    writeFileSync(join(tmp, prepared.fileName), prepared.json);
    extra[`/datasets/${prepared.fileName}`] = join(tmp, prepared.fileName);
    link = linkWithSrc(link, `datasets/${prepared.fileName}`);
  }
  ensureBuilt(args.format === 'html');
  const browserPath = await findBrowser();
  if (!browserPath) fail('no Chromium found (see the message above)');
  const server = await serveStatic(DIST, extra);
  let result;
  try {
    result = await headlessExport({
      appUrl: server.url,
      link,
      format: args.format,
      options: exportOptionsOf(args),
      width: args.width,
      height: args.height,
      browserPath,
    });
  } catch (e) {
    fail(e instanceof Error ? e.message.split('\n')[0] ?? 'failed' : String(e));
  } finally {
    await server.close();
    if (tmp !== null) rmSync(tmp, { recursive: true, force: true });
  }
  // npm runs scripts from the project root: --out is relative to where the user typed the command.
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), args.out) + (/[/\\]$/.test(args.out) ? '/' : '');
  const outIsDir = existsSync(out) && statSync(out).isDirectory();
  const paths = outputPaths(out, result.files.map((f) => f.name), outIsDir);
  result.files.forEach((file, i) => {
    const path = paths[i] ?? file.name;
    const bytes = file.encoding === 'base64' ? Buffer.from(file.data, 'base64') : Buffer.from(file.data, 'utf8');
    if (bytes.length === 0) fail(`the ${args.format} export came out empty; nothing written`);
    mkdirSync(dirname(resolve(path)), { recursive: true });
    writeFileSync(path, bytes);
    console.log(`wrote ${path} (${bytes.length} bytes)`);
  });
  if (result.notice) console.log(result.notice);
}

await main();
