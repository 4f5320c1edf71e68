// Recovery: a failure in one area shows a message with "Reload this view", keeps the URL, leaves other areas working.
import type { Page } from '@playwright/test';
import { expect, openApp, test, waitForGraph } from './fixtures';
import { evalPlain } from './evalPlain';
import { tapElement } from './helpers';

// The forced failures below are logged by React and by the boundary; nothing else may be.
test.use({ allowedConsoleErrors: [/forced failure in \w+ \(test hook\)/] });

const LINK = 'v=1&s=e:elon-musk&rd=1';

async function throwIn(page: Page, area: string): Promise<boolean> {
  return evalPlain(page, (a) => window.__evidenceGraphTestHooks?.throwIn(a) ?? false, area);
}

test('a failure in the details panel shows the message and "Reload this view", keeps the URL, and the graph keeps working', async ({ page }) => {
  await openApp(page, LINK);
  const url = page.url();
  // The panel's code loads after the first draw: its test hook answers once it is mounted.
  await expect.poll(() => throwIn(page, 'panel')).toBe(true);
  const alert = page.locator('[data-error-area="panel"][role="alert"]');
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Reload this view' })).toBeVisible();
  expect(page.url()).toBe(url);
  // The other areas still answer: the reader is there and the graph still selects.
  await expect(page.locator('[data-panel="reader"]')).toBeVisible();
  await tapElement(page, 'sam-altman');
  await expect(page).toHaveURL(/s=e:sam-altman/);
});

test('"Reload this view" restores the failed area at the same link', async ({ page }) => {
  await openApp(page, LINK);
  // The panel's code loads after the first draw: its test hook answers once it is mounted.
  await expect.poll(() => throwIn(page, 'panel')).toBe(true);
  await page.getByRole('button', { name: 'Reload this view' }).click();
  await waitForGraph(page);
  expect(page.url()).toContain(LINK);
  await expect(page.locator('[data-panel="details"][data-entity="elon-musk"]')).toBeVisible();
  await expect(page.locator('[data-error-area]')).toHaveCount(0);
});

test('every wrapped area (graph, reader, panel, filters, timeline, analysis, table) fails alone, each with the reload action', async ({ page }) => {
  await openApp(page, LINK);
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await page.getByRole('button', { name: 'Analysis', exact: true }).click();
  for (const area of ['graph', 'reader', 'panel', 'filters', 'timeline', 'analysis']) {
    await expect.poll(() => throwIn(page, area), { message: `a boundary named ${area} is mounted` }).toBe(true);
    await expect(page.locator(`[data-error-area="${area}"]`).getByRole('button', { name: 'Reload this view' })).toBeVisible();
  }
  await expect(page.getByRole('banner')).toBeVisible();
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect.poll(() => throwIn(page, 'table')).toBe(true);
  await expect(page.locator('[data-error-area="table"]').getByRole('button', { name: 'Reload this view' })).toBeVisible();
  expect(page.url()).toContain('s=e:elon-musk');
});
