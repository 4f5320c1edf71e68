// Playwright: e2e specs in e2e/, against the built app (dist/ on 4179, the hostile-data build dist-hostile/ on 4180), on a Chromium found by scripts/find-browser.mjs.
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/find-browser.mjs';

const PORT = 4179;
/** The hostile-data build (VITE_DATASET=hostile) is served here; specs for it `test.use({ baseURL })` this origin. */
const HOSTILE_PORT = 4180;
const executablePath = process.env.EVIDENCE_GRAPH_BROWSER;
const preview = (port: number) => `node_modules/.bin/vite preview --port ${port} --strictPort --host 127.0.0.1`;

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 10_000, toHaveScreenshot: { maxDiffPixelRatio: 0.02 } },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    trace: 'off',
    // The built site registers a service worker: blocked in every spec (requests stay visible to the guard and to routing,
    // and no spec can see another build's cache) except e2e/offline.spec.ts, which allows it in its own fresh contexts.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: [
    { command: preview(PORT), url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false, timeout: 60_000 },
    {
      command: preview(HOSTILE_PORT),
      url: `http://127.0.0.1:${HOSTILE_PORT}/`,
      env: { VITE_DATASET: 'hostile' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
