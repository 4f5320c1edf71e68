// Runs the Playwright suite: finds a browser, builds the test bundles (built-in and hostile data), checks dist/, then `playwright test`.
import { spawnSync } from 'node:child_process';
import { ensureCjkFont, findBrowser } from './find-browser.mjs';

const browser = await findBrowser();
if (!browser) process.exit(1);
ensureCjkFont();

const env = { ...process.env, EVIDENCE_GRAPH_BROWSER: browser, VITE_TEST: '1', PLAYWRIGHT_TRANSFORM_CACHE_DIR: '.cache/pw-transform' };
const run = (cmd, args, extraEnv = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
const steps = [
  ['node_modules/.bin/vite', ['build', '--logLevel', 'error']],
  // The one-file template (dist/standalone.html), written next to the site after its build.
  ['node_modules/.bin/vite', ['build', '-c', 'vite.standalone.config.ts', '--logLevel', 'error']],
  ['node_modules/.bin/tsx', ['e2e/hostile/build.ts']],
  ['node_modules/.bin/vite', ['build', '--logLevel', 'error'], { VITE_DATASET: 'hostile' }],
  ['node', ['scripts/check-dist.mjs', 'dist', 'dist-hostile']],
  ['node_modules/.bin/playwright', ['test', ...process.argv.slice(2)]],
];
for (const [cmd, args, extraEnv] of steps) {
  const status = run(cmd, args, extraEnv);
  if (status !== 0) process.exit(status);
}
