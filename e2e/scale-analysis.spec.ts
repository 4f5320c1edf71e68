// Analysis at size, end to end on a generated 3,000-entity bundle: betweenness runs in the worker, sampled, and the panel says so.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evalPlain } from './evalPlain';
import { expect, openApp, test } from './fixtures';

const NODES = 3_000;
const EDGES = 6_000;
// Outside test-results/ (Playwright empties it on every run), so the bundle is generated once.
const DIR = fileURLToPath(new URL('../.cache/scale-analysis/', import.meta.url));
const BUNDLE = `${DIR}g${NODES}.json`;

function bundlePath(): string {
  if (!existsSync(BUNDLE)) {
    mkdirSync(DIR, { recursive: true });
    execFileSync('node_modules/.bin/tsx', ['scripts/gen-cli.ts', '--nodes', String(NODES), '--edges', String(EDGES), '--seed', '1', '--out', BUNDLE], { stdio: 'inherit' });
  }
  return BUNDLE;
}

test.describe.configure({ timeout: 240_000 });

test('on 3,000 entities betweenness is computed in the worker from 500 sampled sources, and the panel says it is approximate', async ({ page }) => {
  const path = bundlePath();
  await openApp(page, 'v=1&l=en');
  await page.getByTestId('open-files').setInputFiles(path);
  await expect.poll(() => page.url(), { timeout: 200_000 }).toMatch(/#d=[0-9a-f]{16}/);
  const close = page.locator('[data-dialog="import"]').getByRole('button', { name: 'Close' });
  if (await close.isVisible()) await close.click();
  await page.getByRole('button', { name: 'Analysis' }).click();
  await page.getByRole('combobox', { name: 'Size nodes by' }).selectOption('betweenness');
  await expect(page.getByRole('table', { name: /^Top 15 by Betweenness$/ })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText('Approximate: sampled 500 of 3,000 entities as path sources.')).toBeVisible();
  // The scores came from the analysis worker (its script was loaded), not from the page.
  expect(await evalPlain(page, () => performance.getEntriesByType('resource').some((r) => /analysisWorker/.test(r.name)))).toBe(true);
  // The panel also asks for camps, computed in the same worker after the ranking: wait until no task is left running.
  await expect(page.locator('[data-task-status]')).toHaveCount(0, { timeout: 120_000 });
});
