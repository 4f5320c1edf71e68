// Views that scale, end to end on a generated 20,000-entity bundle: the table view scrolls to its last row while rendering only a few.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { evalPlain } from './evalPlain';
import { expect, openApp, test } from './fixtures';

const NODES = 20_000;
const EDGES = 60_000;
// Outside test-results/ (Playwright empties it on every run), so the bundle is generated once.
const DIR = fileURLToPath(new URL('../.cache/scale-views/', import.meta.url));
const BUNDLE = `${DIR}g${NODES}.json`;

/** Generates the bundle once (`npm run gen`'s CLI; deterministic, so a file left by an earlier run is the same). */
function bundlePath(): string {
  if (!existsSync(BUNDLE)) {
    mkdirSync(DIR, { recursive: true });
    execFileSync('node_modules/.bin/tsx', ['scripts/gen-cli.ts', '--nodes', String(NODES), '--edges', String(EDGES), '--seed', '1', '--out', BUNDLE], { stdio: 'inherit' });
  }
  return BUNDLE;
}

/** The entity the table lists last by default: ids in code-unit order, then a stable sort by English name (as sortRows does). */
function lastEntityByName(path: string): { id: string; name: string } {
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as { entities: Array<{ id: string; name: { en: string } }> };
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const rows = [...bundle.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sorted = rows.map((e, i) => ({ e, i })).sort((a, b) => collator.compare(a.e.name.en, b.e.name.en) || a.i - b.i);
  const last = sorted.at(-1)!.e;
  return { id: last.id, name: last.name.en };
}

const entityRows = (page: Page) => page.locator('table[data-table="entities"] tbody tr[data-entity]');

/** Scrolls the table view's box so that the entity table's bottom edge is in view (the virtualizer then renders its last rows). */
async function scrollToEntityTableEnd(page: Page): Promise<void> {
  await evalPlain(page, () => {
    const table = document.querySelector<HTMLElement>('table[data-table="entities"]');
    const box = table?.closest<HTMLElement>('.overflow-auto');
    if (!table || !box) throw new Error('table view not found');
    const bottom = table.getBoundingClientRect().bottom - box.getBoundingClientRect().top + box.scrollTop;
    box.scrollTop = bottom - box.clientHeight;
    return box.scrollTop;
  });
}

test.describe.configure({ timeout: 240_000 });

test('the table view scrolls through 20,000 entities to the last one, rendering only a few rows at a time', async ({ page }) => {
  const path = bundlePath();
  const last = lastEntityByName(path);
  await openApp(page, 'v=1&l=en&tv=1');
  await page.getByTestId('open-files').setInputFiles(path);
  // The opened dataset's id enters the link once it is shown (a clean import may close its report by itself).
  await expect.poll(() => page.url(), { timeout: 200_000 }).toMatch(/#d=[0-9a-f]{16}/);
  const close = page.locator('[data-dialog="import"]').getByRole('button', { name: 'Close' });
  if (await close.isVisible()) await close.click();
  if ((await page.locator('table[data-table="entities"]').count()) === 0) await page.getByRole('button', { name: 'Table', exact: true }).click();

  const table = page.locator('table[data-table="entities"]');
  await expect(table).toHaveAttribute('aria-rowcount', String(NODES + 1), { timeout: 60_000 });
  await expect(entityRows(page).first()).toBeVisible();
  expect(await entityRows(page).count()).toBeLessThan(100);

  // Scroll until the last row is rendered (row heights are measured as they appear, so the end may move a little).
  const lastRow = page.locator(`table[data-table="entities"] tr[data-entity="${last.id}"]`);
  await expect(async () => {
    await scrollToEntityTableEnd(page);
    await expect(lastRow).toBeInViewport({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(lastRow).toHaveAttribute('aria-rowindex', String(NODES + 1));
  await expect(lastRow.locator('th bdi')).toHaveText(last.name);
  expect(await entityRows(page).count()).toBeLessThan(100);

  // The virtual rows (spacer rows, row indexes) keep the tables valid for assistive tech.
  const axe = await new AxeBuilder({ page }).include('[data-panel="table"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);

  // Keyboard: Home on a row's button goes back to the first row, which the table renders again.
  await lastRow.locator('th button').focus();
  await page.keyboard.press('Home');
  const first = entityRows(page).first();
  await expect(first).toHaveAttribute('aria-rowindex', '2');
  await expect(first.locator('th button')).toBeFocused();
  await expect(first).toBeInViewport();
  expect(await entityRows(page).count()).toBeLessThan(100);
});
