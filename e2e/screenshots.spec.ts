// Screenshot baselines at desktop and phone size (opening view, entity selected, relation with the reader), plus copies for review.
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { loadDataset, openApp, selectedIds, tapElement } from './helpers';
import { evalPlain } from './evalPlain';

const OUT = fileURLToPath(new URL('../screenshots/', import.meta.url));
const RELATION = loadDataset().graph.edges.find((e) => e.key === 'a-musk-open-sourced-grok-1');

/** Waits for a still page: fonts loaded, no flash or toast showing, the pointer off the graph. */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await evalPlain(page, () => document.fonts.ready.then(() => undefined));
  await expect(page.locator('[data-flash="true"]')).toHaveCount(0, { timeout: 5000 });
  await evalPlain(page, () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** Compares with the baseline and also writes a review copy to screenshots/. */
async function shoot(page: Page, name: string): Promise<void> {
  await settle(page);
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: `${OUT}${name}.png`, animations: 'disabled' });
  await expect(page).toHaveScreenshot(`${name}.png`, { animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.02 });
}

/** The three views, in order, on one page. */
async function threeViews(page: Page, prefix: string): Promise<void> {
  if (!RELATION) throw new Error('dataset lacks a-musk-open-sourced-grok-1');
  await openApp(page);
  await shoot(page, `${prefix}-opening`);
  await tapElement(page, 'elon-musk');
  await expect(page.getByRole('region', { name: 'Elon Musk' })).toBeVisible();
  await shoot(page, `${prefix}-entity-selected`);
  await tapElement(page, RELATION.key);
  await expect.poll(() => selectedIds(page)).toEqual([RELATION.key]);
  await page.getByRole('region', { name: RELATION.attributes.summaryEn }).getByRole('button', { name: 'Show in article' }).first().click();
  await expect(page.locator('[data-panel="reader"]')).toBeVisible();
  await shoot(page, `${prefix}-relation-reader`);
}

test.describe('desktop 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  test('desktop screenshots of the opening view, a selected entity and a relation with the reader match their baselines', async ({ page }) => {
    await threeViews(page, 'desktop');
  });
});

test.describe('phone 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
  test('phone screenshots of the opening view, a selected entity and a relation with the reader match their baselines', async ({ page }) => {
    await threeViews(page, 'phone');
  });
});
