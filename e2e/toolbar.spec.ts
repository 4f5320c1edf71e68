// The desktop toolbar: one row from 1024 px up with a usable search box; the rarer controls behind a keyboard-operable "More".
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { evalPlain } from './evalPlain';
import { openApp } from './helpers';

/** The top of every visible control of the header, the header's height, and the search box's width. */
async function headerLayout(page: Page): Promise<{ tops: number[]; height: number; controlHeight: number; search: number }> {
  return evalPlain(page, () => {
    const header = document.querySelector('header');
    if (!header) throw new Error('no header');
    const controls = [...header.querySelectorAll<HTMLElement>('button, select, input[type="search"]')].filter((el) => el.offsetParent !== null && !el.closest('[role="group"]'));
    const rects = controls.map((el) => el.getBoundingClientRect());
    return {
      tops: [...new Set(rects.map((r) => Math.round(r.top)))],
      height: header.getBoundingClientRect().height,
      controlHeight: Math.max(...rects.map((r) => r.height)),
      search: document.querySelector('input[type="search"]')?.getBoundingClientRect().width ?? 0,
    };
  });
}

const WIDTHS = [
  [1024, 768],
  [1280, 800],
  [1440, 900],
] as const;

for (const lang of ['en', 'zh'] as const) {
  test(`(${lang}) at ${WIDTHS.map(([w, h]) => `${w}×${h}`).join(', ')} every toolbar control sits on one row and the search box keeps at least 14rem`, async ({ page }) => {
    // One page per language, resized from width to width: the header is laid out by CSS and resize listeners alone.
    await page.setViewportSize({ width: WIDTHS[0][0], height: WIDTHS[0][1] });
    await openApp(page, lang === 'zh' ? 'v=1&l=zh' : '');
    // The deferred controls (Stories, Share, Export, More) are in before measuring.
    await expect(page.getByRole('button', { name: lang === 'zh' ? '更多' : 'More', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: lang === 'zh' ? '匯出' : 'Export', exact: true })).toBeVisible();
    for (const [width, height] of WIDTHS) {
      await page.setViewportSize({ width, height });
      await expect.poll(() => evalPlain(page, () => window.innerWidth)).toBe(width);
      // Measured once the header has settled at this width (a resize lays it out again on the next frame).
      await expect.poll(async () => (await headerLayout(page)).tops.length, `${width}×${height}: one row of controls`).toBe(1);
      const layout = await headerLayout(page);
      expect(layout.height, `${width}×${height}: the header is one control high (plus its padding)`).toBeLessThan(layout.controlHeight * 2);
      expect(layout.search, `${width}×${height}: the search box keeps at least 14rem`).toBeGreaterThanOrEqual(14 * 16);
    }
  });
}

test('desktop More: opens from the keyboard on its first control, holds layout, Fit graph, language, Open… and Datasets, and Escape closes it back onto its button', async ({ page }) => {
  await openApp(page);
  const more = page.getByRole('button', { name: 'More', exact: true });
  await expect(page.getByRole('combobox', { name: 'Layout' })).toBeHidden();
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const group = page.getByRole('group', { name: 'More controls' });
  await expect(group.getByRole('combobox', { name: 'Layout' })).toBeFocused();
  for (const control of [group.getByRole('button', { name: 'Fit graph' }), group.getByRole('combobox', { name: 'Language' }), group.getByRole('button', { name: 'Open…' }), group.getByRole('button', { name: 'Datasets' })]) {
    await expect(control).toBeVisible();
  }
  // Tab walks through the popover's controls in order.
  await page.keyboard.press('Tab');
  await expect(group.getByRole('button', { name: 'Fit graph' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('combobox', { name: 'Layout' })).toBeHidden();
  await expect(more).toBeFocused();
  // Choosing a language from it keeps it open and renames it.
  await more.click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(page.getByRole('button', { name: '更多', exact: true })).toHaveAttribute('aria-expanded', 'true');
  // A click outside closes it.
  await page.getByRole('heading', { level: 1 }).click();
  await expect(page.getByRole('button', { name: '更多', exact: true })).toHaveAttribute('aria-expanded', 'false');
});
