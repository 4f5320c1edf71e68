// Opening the user's own data: every format through "Open…" or drag and drop, the import report, storage, links, src=.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { evalPlain } from './evalPlain';
import { expect, openApp, test, waitForGraph } from './fixtures';
import { openMore } from './helpers';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const FIX = (name: string): string => here(`./fixtures/import/${name}`);
const MODEL_FIX = (name: string): string => here(`../app/src/model/import/fixtures/${name}`);

const report = (page: Page) => page.locator('[data-dialog="import"][data-mode="report"]');

async function counts(page: Page): Promise<{ nodes: number; edges: number; drawn: number }> {
  return evalPlain(page, () => ({
    nodes: window.cy?.nodes().length ?? 0,
    edges: window.cy?.edges().length ?? 0,
    drawn: performance.getEntriesByName('graph:drawn').length,
  }));
}

async function openFiles(page: Page, paths: string[]): Promise<void> {
  await page.getByTestId('open-files').setInputFiles(paths);
}

/** Waits for the report of a successful import, closes it and waits for the new dataset to be drawn. */
async function expectOpened(page: Page, drawnBefore: number): Promise<void> {
  await expect(report(page).locator('[data-ok="true"]')).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction((n) => performance.getEntriesByName('graph:drawn').length > n, drawnBefore);
}

const databases = (page: Page): Promise<string[]> => evalPlain(page, async () => (await indexedDB.databases()).map((d) => d.name ?? ''));

test('CSV entities + relations + the .txt source: the quote is anchored and highlighted in its paragraph', async ({ page }) => {
  await openApp(page);
  // A visitor who opens no file leaves no storage behind.
  expect(await databases(page)).toEqual([]);
  const before = await counts(page);
  await openFiles(page, [FIX('people.csv'), FIX('ties.csv'), FIX('memo.txt')]);
  await expectOpened(page, before.drawn);
  await expect(report(page).locator('[data-counts]')).toContainText('4 entities, 3 relations, 3 quotes (3 anchored in their source text, 0 not anchored)');
  await report(page).getByRole('button', { name: 'Close' }).click();
  expect(await counts(page)).toMatchObject({ nodes: 4, edges: 3 });
  expect(page.url()).toMatch(/#d=[0-9a-f]{16}&dn=/);

  // The relation's evidence: the exact words, marked inside their paragraph of memo.txt.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await page.locator('[data-table="relations"] button', { hasText: 'Bo Chen' }).first().click();
  const mark = page.locator('[data-panel="evidence"] [data-evidence="0"] mark');
  await expect(mark).toHaveText('Bo Chen called the payment a bribe');
  await expect(page.locator('[data-panel="evidence"] [data-evidence="0"] blockquote p')).toHaveText(
    'At a meeting in May 2023, Bo Chen called the payment a bribe and asked for an audit.',
  );
});

test('a CSV with a misspelt name shows the report with file, row, column and a suggestion', async ({ page }) => {
  await openApp(page);
  await openFiles(page, [FIX('broken-people.csv'), FIX('broken-ties.csv')]);
  const issues = report(page).locator('[data-list="issues"]');
  await expect(issues).toBeVisible({ timeout: 30_000 });
  await expect(issues).toContainText('broken-ties.csv row 3, From: ');
  await expect(issues).toContainText('Elon Muks');
  await expect(issues).toContainText('did you mean "Elon Musk"');
  const download = page.waitForEvent('download');
  await report(page).getByRole('button', { name: 'Download report' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text).toContain('broken-ties.csv row 3, From');
});

test('a file that cannot be read leaves the dataset, the view and the link as they were', async ({ page }) => {
  await openApp(page, 'v=1&s=e:elon-musk&l=zh');
  const url = page.url();
  const before = await counts(page);
  await page.getByTestId('open-files').setInputFiles({ name: 'evil.gexf', mimeType: 'text/xml', buffer: Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><gexf>&a;</gexf>') });
  await expect(report(page).locator('[data-ok="false"]')).toBeVisible({ timeout: 30_000 });
  await expect(report(page).locator('[data-severity="error"]').first()).toBeVisible();
  await report(page).getByRole('button', { name: '關閉' }).click();
  expect(page.url()).toBe(url);
  expect(await counts(page)).toEqual(before);
  await expect(page.locator('[data-panel="details"][data-entity="elon-musk"]')).toBeVisible();
});

test('GEXF (Gephi) by drag and drop, GraphML (yEd) through Open…', async ({ page }) => {
  await openApp(page);
  const gexf = readFileSync(MODEL_FIX('gephi-0.10.gexf'), 'utf8');
  let before = await counts(page);
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'gephi.gexf', { type: 'text/xml' }));
    return dt;
  }, gexf);
  // The drop target is a deferred component: the page is drawn before it listens. Drag in again until it answers.
  await expect(async () => {
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(page.locator('[data-overlay="drop"]')).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expectOpened(page, before.drawn);
  const gexfNodes = (gexf.match(/<node[\s>]/g) ?? []).length;
  await report(page).getByRole('button', { name: 'Close' }).click();
  expect((await counts(page)).nodes).toBe(gexfNodes);

  before = await counts(page);
  await openFiles(page, [MODEL_FIX('yed.graphml')]);
  await expectOpened(page, before.drawn);
  await report(page).getByRole('button', { name: 'Close' }).click();
  const graphml = readFileSync(MODEL_FIX('yed.graphml'), 'utf8');
  expect((await counts(page)).nodes).toBe((graphml.match(/<node[\s>]/g) ?? []).length);
});

test('a dataset bundle exported from the app reopens with the same graph; reload keeps it; the Datasets menu switches back', async ({ page }) => {
  await openApp(page);
  const builtIn = await counts(page);
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /Dataset bundle/ }).click();
  const file = await (await download).path();
  await openFiles(page, [file]);
  await expectOpened(page, builtIn.drawn);
  await report(page).getByRole('button', { name: 'Close' }).click();
  const opened = await counts(page);
  expect({ nodes: opened.nodes, edges: opened.edges }).toEqual({ nodes: builtIn.nodes, edges: builtIn.edges });
  const link = page.url();
  expect(link).toMatch(/#d=[0-9a-f]{16}/);

  await page.reload();
  await waitForGraph(page);
  expect(page.url()).toBe(link);
  expect((await counts(page)).nodes).toBe(builtIn.nodes);

  await openMore(page);
  await page.getByRole('button', { name: 'Datasets' }).click();
  await expect(page.locator('[data-panel="datasets"] li')).toHaveCount(2);
  await page.locator('[data-panel="datasets"] [data-dataset="builtin"]').click();
  await expect(page).not.toHaveURL(/d=/);
  await openMore(page);
  await page.getByRole('button', { name: 'Datasets' }).click();
  expect(await databases(page)).toEqual(['evidence-graph']);
  await page.getByRole('button', { name: 'Forget all opened datasets' }).click();
  await openMore(page);
  await page.getByRole('button', { name: 'Datasets' }).click();
  await expect(page.locator('[data-panel="datasets"] li')).toHaveCount(1);
  // Forget all deletes the database itself.
  await expect.poll(() => databases(page)).toEqual([]);
});

test('a link to a dataset that is not on this device says so, then applies its view once the file is opened', async ({ page }) => {
  // Learn the content id of ties.csv + people.csv + memo.txt in a first, separate context.
  await openApp(page);
  const before = await counts(page);
  await openFiles(page, [FIX('people.csv'), FIX('ties.csv'), FIX('memo.txt')]);
  await expectOpened(page, before.drawn);
  const id = /d=([0-9a-f]+)/.exec(page.url())?.[1] ?? '';
  await report(page).getByRole('button', { name: 'Close' }).click();
  await openMore(page);
  await page.getByRole('button', { name: 'Datasets' }).click();
  await page.getByRole('button', { name: 'Forget all opened datasets' }).click();

  await page.goto(`./#d=${id}&dn=people%20and%20ties&v=1&l=en&tv=1`);
  await expect(page.locator('[data-screen="missing"]')).toContainText('people and ties');
  await openFiles(page, [FIX('people.csv'), FIX('ties.csv'), FIX('memo.txt')]);
  await expect(report(page).locator('[data-ok="true"]')).toBeVisible({ timeout: 30_000 });
  await report(page).getByRole('button', { name: 'Close' }).click();
  // The link's view (table view) is applied to the dataset it was made with.
  await expect(page.locator('[data-table="entities"]')).toBeVisible();
  expect(page.url()).toContain(`d=${id}`);
  expect(page.url()).toContain('tv=1');
});

test('src= opens a dataset published next to the app, and refuses another origin without requesting it', async ({ page }) => {
  const bundle = readFileSync(MODEL_FIX('graphology-sigma.json'), 'utf8');
  await page.route('**/datasets/published.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: bundle }));
  await page.goto('./#src=datasets%2Fpublished.json');
  await waitForGraph(page);
  expect((await counts(page)).nodes).toBe((JSON.parse(bundle) as { nodes: unknown[] }).nodes.length);
  expect(page.url()).toMatch(/d=[0-9a-f]{16}.*src=datasets%2Fpublished.json/);

  await page.goto('./#src=https%3A%2F%2Fexample.com%2Fx.json');
  await expect(page.locator('[data-screen="src-refused"] [role="alert"]')).toContainText('not on this site');
});

test('Cancel stops a long import and keeps the current view', async ({ page }) => {
  await openApp(page, 'v=1&s=e:sam-altman');
  const url = page.url();
  const before = await counts(page);
  const rows = ['From,To,Type'];
  for (let i = 0; i < 60_000; i += 1) rows.push(`Person ${i},Person ${(i * 7919) % 60_000},knows`);
  await page.getByTestId('open-files').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  const progress = page.locator('[data-dialog="import"][data-mode="progress"]');
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('[data-dialog="import"]')).toHaveCount(0);
  expect(page.url()).toBe(url);
  expect(await counts(page)).toEqual(before);
});

test('unrecognised CSV headers go through a mapping step the user confirms, then the file opens with the chosen columns', async ({ page }) => {
  await openApp(page);
  const before = await counts(page);
  const csv = 'From,To,Art,Notiz\nAda Park,Harbour Trust,treasurer of,signs the cheques\nBo Chen,Harbour Trust,criticized,at the May meeting\n';
  await page.getByTestId('open-files').setInputFiles({ name: 'german.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const step = page.locator('[data-dialog="import"][data-mode="mapping"]');
  await expect(step).toBeVisible({ timeout: 30_000 });
  await expect(step.locator('li[data-known="false"]')).toHaveCount(2);
  await step.getByLabel('Art').selectOption('type');
  await step.getByLabel('Notiz').selectOption('summary');
  await step.getByRole('button', { name: 'Open with these columns' }).click();
  await expectOpened(page, before.drawn);
  await report(page).getByRole('button', { name: 'Close' }).click();
  expect(await counts(page)).toMatchObject({ nodes: 3, edges: 2 });
  // The confirmed columns were used: the types come from "Art", not the default "is related to".
  const types = await evalPlain(page, () => (window.cy?.edges().map((e) => String(e.data('type'))) ?? []).sort());
  expect(types.join(' ')).toMatch(/criticized/);
});

test.describe('a missing published file', () => {
  // The browser logs the 404 of the same-origin fetch as a console error; nothing else may be logged.
  // A static host may answer a missing path with a 404 (logged by the browser) or with its index page.
  test.use({ allowedConsoleErrors: [/status of 404/] });
  test('a src= naming a file that is not there shows why, offers the built-in dataset, and requests nothing elsewhere', async ({ page }) => {
  await page.goto(`./#src=${encodeURIComponent('<svg onload=alert(1)>')}`);
  const alert = page.locator('[data-screen="error"] [role="alert"]');
  await expect(alert).toContainText('Could not load “<svg onload=alert(1)>”');
  await page.getByRole('button', { name: 'Open the built-in dataset instead' }).click();
  await waitForGraph(page);
  expect(page.url()).not.toContain('src=');
});
});
