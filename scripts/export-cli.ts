// `npm run export`: renders a deep-linked view headlessly and writes the same file the Export button would.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './bench/static-server.mjs';
import { findBrowser } from './find-browser.mjs';
import { CliArgsError, exportOptionsOf, parseCliArgs } from './export/cliArgs';
import { headlessExport } from './export/headlessExport';
import { outputPaths } from './export/outputPaths';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

function fail(message: string): never {
  console.error(`export: ${message}`);
  process.exit(1);
}

function ensureBuilt(): void {
  if (existsSync(join(DIST, 'index.html'))) return;
  console.error('export: dist/ is missing; building the app (vite build)…');
  const run = (cmd: string, args: string[]): number => spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] }).status ?? 1;
  if (!existsSync(join(ROOT, 'app/src/generated/dataset.json')) && run('npm', ['run', '--silent', 'data']) !== 0) fail('compiling the dataset failed (npm run data)');
  if (run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']) !== 0) fail('vite build failed');
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof CliArgsError) fail(e.message);
    throw e;
  }
  ensureBuilt();
  const browserPath = await findBrowser();
  if (!browserPath) fail('no Chromium found (see the message above)');
  const server = await serveStatic(DIST);
  let result;
  try {
    result = await headlessExport({
      appUrl: server.url,
      link: args.link,
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
  }
  const outIsDir = existsSync(args.out) && statSync(args.out).isDirectory();
  const paths = outputPaths(args.out, result.files.map((f) => f.name), outIsDir);
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
