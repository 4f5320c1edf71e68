// Runs the Playwright suite: finds a browser, builds the test bundles (built-in and hostile data, side by side), checks dist/, then `playwright test`.
import { spawn } from 'node:child_process';
import { ensureCjkFont, findBrowser } from './find-browser.mjs';

const browser = await findBrowser();
if (!browser) process.exit(1);
ensureCjkFont();

const env = { ...process.env, EVIDENCE_GRAPH_BROWSER: browser, VITE_TEST: '1', PLAYWRIGHT_TRANSFORM_CACHE_DIR: '.cache/pw-transform' };

/** Runs one command to its end; resolves with its exit status (1 if it could not start or was killed). */
const run = (cmd, args, extraEnv = {}) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
    child.on('error', () => resolve(1));
    child.on('close', (status) => resolve(status ?? 1));
  });

/** Runs steps one after the other, stopping at the first that fails; resolves with that status or 0. */
async function chain(steps) {
  for (const [cmd, args, extraEnv] of steps) {
    const status = await run(cmd, args, extraEnv);
    if (status !== 0) return status;
  }
  return 0;
}

// The two builds write to different folders and share nothing, so they run at the same time (each is partly
// single-threaded: together they keep both cores busy).
const builds = await Promise.all([
  chain([
    ['node_modules/.bin/vite', ['build', '--logLevel', 'error']],
    // The one-file template (dist/standalone.html), written next to the site after its build.
    ['node_modules/.bin/vite', ['build', '-c', 'vite.standalone.config.ts', '--logLevel', 'error']],
  ]),
  chain([
    ['node_modules/.bin/tsx', ['e2e/hostile/build.ts']],
    ['node_modules/.bin/vite', ['build', '--logLevel', 'error'], { VITE_DATASET: 'hostile' }],
  ]),
]);
const failed = builds.find((status) => status !== 0);
if (failed !== undefined) process.exit(failed);
const status = await chain([
  ['node', ['scripts/check-dist.mjs', 'dist', 'dist-hostile']],
  ['node_modules/.bin/playwright', ['test', ...process.argv.slice(2)]],
]);
process.exit(status);
