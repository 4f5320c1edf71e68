// The article reader from the keyboard: one Tab stop, arrows/Home/End move in text order, Enter/Space select, Tab leaves at once.
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { evalPlain } from './evalPlain';

const READER = '[data-panel="reader"]';

/** The `data-item` of the focused element when it is a reader item, else null. */
async function focusedItem(page: Page): Promise<string | null> {
  return evalPlain(page, (sel) => {
    const el = document.activeElement;
    return el?.closest(sel) ? el.getAttribute('data-item') : null;
  }, READER);
}

/** Every reader item's `data-item`, in document (= text) order. */
async function items(page: Page): Promise<string[]> {
  return page.locator(`${READER} [data-item]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-item') ?? ''));
}

/** Presses Tab until focus is inside the reader (at most 80 presses); returns the number of presses. */
async function tabIntoReader(page: Page): Promise<number> {
  for (let i = 1; i <= 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await evalPlain(page, (sel) => document.activeElement?.closest(sel) !== null, READER)) return i;
  }
  throw new Error('80 presses of Tab never reached the reader');
}

/** Presses ArrowDown until the focused element matches `selector` (at most 60 presses). */
async function arrowTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    if (await evalPlain(page, (s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`60 presses of ArrowDown never reached ${selector}`);
}

test('the reader is one Tab stop: Tab enters at the first item, arrows and Home/End move in text order, Tab leaves in one press', async ({ page }) => {
  await openApp(page, 'v=1&rd=1');
  const reader = page.locator(READER);
  await expect(reader).toBeVisible();
  const all = await items(page);
  expect(all.length).toBeGreaterThan(100);
  expect(all.map(Number), 'items are in increasing text order').toEqual([...all.map(Number)].sort((a, b) => a - b));
  await expect(reader.locator('[tabindex="0"]')).toHaveCount(1);

  await tabIntoReader(page);
  expect(await focusedItem(page)).toBe(all[0]);
  await page.keyboard.press('ArrowDown');
  expect(await focusedItem(page)).toBe(all[1]);
  await page.keyboard.press('ArrowRight');
  expect(await focusedItem(page)).toBe(all[2]);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedItem(page)).toBe(all[0]);
  await expect(reader.locator('[tabindex="0"]')).toHaveCount(1);

  const pageScroll = await evalPlain(page, () => document.scrollingElement?.scrollTop ?? 0);
  await page.keyboard.press('End');
  const last = all[all.length - 1] ?? '';
  expect(await focusedItem(page)).toBe(last);
  await expect(reader.locator(`[data-item="${last}"]`)).toBeInViewport();
  expect(await reader.evaluate((el) => el.scrollTop), 'the reader scrolled to its last item').toBeGreaterThan(0);
  expect(await evalPlain(page, () => document.scrollingElement?.scrollTop ?? 0), 'the page itself did not scroll').toBe(pageScroll);
  await expect(reader.locator('[tabindex="0"]')).toHaveAttribute('data-item', last);
  await page.keyboard.press('Home');
  expect(await focusedItem(page)).toBe(all[0]);
  await page.keyboard.press('End');

  await page.keyboard.press('Tab');
  expect(await evalPlain(page, (sel) => (document.activeElement?.closest(sel) ?? null) !== null, READER), 'one Tab leaves the reader').toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(await focusedItem(page), 'Shift+Tab comes back to the last focused item').toBe(last);
});

test('Enter on a name selects its entity and Space on a passage selects its relation, from the keyboard alone', async ({ page }) => {
  await openApp(page, 'v=1&rd=1');
  await tabIntoReader(page);
  await arrowTo(page, '[data-entity][data-item]');
  const entity = await evalPlain(page, () => document.activeElement?.getAttribute('data-entity') ?? '');
  expect(entity).not.toBe('');
  await page.keyboard.press('Enter');
  await expect(page.locator(`[data-panel="details"][data-entity="${entity}"]`)).toBeVisible();

  await page.locator(`${READER} [tabindex="0"]`).focus();
  await arrowTo(page, '[data-quote][data-item]');
  const relation = await evalPlain(page, () => document.activeElement?.closest('mark')?.getAttribute('data-relations')?.split(' ')[0] ?? '');
  expect(relation).not.toBe('');
  await page.keyboard.press(' ');
  await expect(page.locator(`[data-panel="evidence"][data-relation="${relation}"]`)).toBeVisible();
});

test('“Show in article” focuses the flashed quote and makes it the reader’s Tab stop, from which arrows continue', async ({ page }) => {
  await openApp(page, 'v=1&s=r:a-musk-sued-openai');
  await page.locator('[data-panel="evidence"]').getByRole('button', { name: 'Show in article' }).first().click();
  const reader = page.locator(READER);
  const stop = reader.locator('[tabindex="0"]');
  await expect(stop).toHaveCount(1);
  await expect(stop).toBeFocused();
  await expect(reader.locator('mark[data-flash="true"]').first().locator('[tabindex="0"]')).toHaveCount(1);
  const all = await items(page);
  const at = all.indexOf((await focusedItem(page)) ?? '');
  expect(at).toBeGreaterThan(0);
  await page.keyboard.press('ArrowDown');
  expect(await focusedItem(page)).toBe(all[at + 1]);
});
