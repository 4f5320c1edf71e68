// Runs the Playwright suite: finds a browser, builds the test bundle, then `playwright test` against a preview server.
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

const browser = await findBrowser();
if (!browser) process.exit(1);

const env = { ...process.env, EVIDENCE_GRAPH_BROWSER: browser, VITE_TEST: '1', PLAYWRIGHT_TRANSFORM_CACHE_DIR: '.cache/pw-transform' };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;

let status = run('node_modules/.bin/vite', ['build', '--logLevel', 'warn']);
if (status !== 0) process.exit(status);
status = run('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)]);
process.exit(status);
