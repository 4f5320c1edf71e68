// Hostile text arriving through the importers: names, kinds, types, quotes, URLs and the import report stay inert text.
import { evalPlain } from './evalPlain';
import { expect, openApp, test } from './fixtures';
import { guardHostile } from './hostile/guard';
import { IMG_ONERROR, JS_URL, RTL_OVERRIDE, SCRIPT_TAG, SVG_ONLOAD } from './hostile/strings';

const csvCell = (value: string): string => `"${value.replace(/"/g, '""')}"`;

test('a CSV full of markup, javascript: URLs and RTL overrides opens as text, in the graph, the panels and the report', async ({ page }) => {
  const check = await guardHostile(page);
  await openApp(page);
  const entities = ['Label,Type,Description', [IMG_ONERROR, SVG_ONLOAD, SCRIPT_TAG].map(csvCell).join(','), [RTL_OVERRIDE, 'Person', '=HYPERLINK("http://x")'].map(csvCell).join(',')].join('\n');
  const relations = [
    'From,To,Type,Quote,Source,Source URL',
    [IMG_ONERROR, RTL_OVERRIDE, SCRIPT_TAG, SVG_ONLOAD, 'Nowhere', JS_URL].map(csvCell).join(','),
    ['Nobody <b>bold</b>', RTL_OVERRIDE, 'knows', '', '', ''].map(csvCell).join(','),
  ].join('\n');
  await page.getByTestId('open-files').setInputFiles([
    { name: 'people <img>.csv', mimeType: 'text/csv', buffer: Buffer.from(entities) },
    { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(relations) },
  ]);
  const report = page.locator('[data-dialog="import"][data-mode="report"]');
  await expect(report).toBeVisible({ timeout: 30_000 });
  // The report names the hostile values and files as text.
  await expect(report.locator('[data-list="issues"]')).toContainText('Nobody <b>bold</b>');
  await report.getByRole('button', { name: 'Close' }).click();

  // The graph labels are the exact strings.
  const labels = await evalPlain(page, () => (window.cy?.nodes().map((n) => String(n.data('label'))) ?? []).sort());
  expect(labels).toEqual(expect.arrayContaining([IMG_ONERROR, RTL_OVERRIDE]));

  // The evidence panel: the quote is the markup as text, unanchored, and the javascript: URL is not a link.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await page.locator('[data-table="relations"] tbody tr button').first().click();
  const evidence = page.locator('[data-panel="evidence"] [data-evidence="0"]');
  await expect(evidence).toHaveAttribute('data-anchored', 'false');
  await expect(evidence.locator('q')).toHaveText(SVG_ONLOAD);
  await expect(evidence.locator('a')).toHaveCount(0);
  await check();
});
