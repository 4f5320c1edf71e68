// Time and analysis, opened by deep link: the time range (hide and fade), the slider, Play, the path finder, camps, sizing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { z } from 'zod';
import { overlapsRange, relationInterval } from '../app/src/model/timeline';
import { hiddenIds, openApp, selectedIds } from './helpers';
import { evalPlain } from './evalPlain';

const Dates = z.object({
  graph: z.object({ edges: z.array(z.object({ key: z.string(), attributes: z.object({ date: z.string().nullable(), dateEnd: z.string().nullable() }) })) }),
});
const datasetPath = fileURLToPath(new URL('../app/src/generated/dataset.json', import.meta.url));
const edgeDates = new Map(Dates.parse(JSON.parse(readFileSync(datasetPath, 'utf8'))).graph.edges.map((e) => [e.key, e.attributes]));

/** Whether relation `id` holds within [from, to] (null when undated). */
function holds(id: string, from: string | null, to: string | null): boolean | null {
  const d = edgeDates.get(id);
  if (!d) throw new Error(`relation ${id} is not in ${datasetPath}`);
  const interval = relationInterval(d.date, d.dateEnd, id);
  return interval === null ? null : overlapsRange(interval, from, to);
}

async function edgeClasses(page: Page): Promise<{ id: string; hidden: boolean; faded: boolean; path: boolean }[]> {
  return evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing');
    // Relations only; one drawn inside its collapsed bundle (`bundled`) is shown, through the bundle.
    return cy
      .edges()
      .not('.bundle')
      .map((e) => ({ id: e.id(), hidden: e.style('display') === 'none' && !e.hasClass('bundled'), faded: e.hasClass('time-faded'), path: e.hasClass('path') }));
  });
}

/** Opens the analysis panel unless it is open already. */
async function openAnalysis(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Analysis' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect(page.getByRole('heading', { name: 'Path finder' })).toBeVisible();
}

test('a time-range link shows only relations that hold in it, and undated ones', async ({ page }) => {
  await openApp(page, 'v=1&t=2023-11..2023-12');
  await expect(page.getByRole('slider', { name: 'From' })).toHaveAttribute('aria-valuetext', 'From: November 2023');
  await expect(page.getByRole('slider', { name: 'To' })).toHaveAttribute('aria-valuetext', 'To: December 2023');
  const edges = await edgeClasses(page);
  const shown = edges.filter((e) => !e.hidden);
  expect(shown.length).toBeGreaterThan(0);
  for (const e of shown) expect(holds(e.id, '2023-11', '2023-12'), e.id).not.toBe(false);
  const hiddenDatedOutside = edges.filter((e) => e.hidden && holds(e.id, '2023-11', '2023-12') === false);
  expect(hiddenDatedOutside.length).toBeGreaterThan(0);
  expect(shown.some((e) => holds(e.id, '2023-11', '2023-12') === true)).toBe(true);
});

test('in fade mode relations outside the range, and undated ones when not shown, stay drawn but faded', async ({ page }) => {
  await openApp(page, 'v=1&t=2023-11..2023-12&tm=fade&tu=0');
  await expect(page.getByRole('radio', { name: 'Fade' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Show undated relations' })).not.toBeChecked();
  for (const e of await edgeClasses(page)) {
    const h = holds(e.id, '2023-11', '2023-12');
    if (e.hidden) continue; // hidden for another reason: an end hidden
    expect(e.faded, e.id).toBe(h !== true);
  }
  expect((await edgeClasses(page)).some((e) => e.faded && !e.hidden)).toBe(true);
});

test('moving the From slider narrows the range and the link follows without a new history entry per tick', async ({ page }) => {
  await openApp(page, 'v=1');
  const length = await evalPlain(page, () => history.length);
  const from = page.getByRole('slider', { name: 'From' });
  await from.focus();
  await page.keyboard.press('End');
  await expect(from).toHaveAttribute('aria-valuetext', 'From: March 2024');
  await expect(page).toHaveURL(/[#&]t=2024-03\.\./);
  expect(await evalPlain(page, () => history.length)).toBe(length);
  const { edges: hidden } = await hiddenIds(page);
  for (const id of [...edgeDates.keys()].filter((id) => !hidden.includes(id))) expect(holds(id, '2024-03', null), id).not.toBe(false);
});

test('Play steps the range month by month and Pause stops it', async ({ page }) => {
  await openApp(page, 'v=1&t=2023-10..2023-10');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/t=2023-10\.\.2023-1[12]/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const url = page.url();
  await page.waitForTimeout(1500);
  expect(page.url()).toBe(url);
});

test('a month on the strip lists its relations and clicking one selects it', async ({ page }) => {
  await openApp(page, 'v=1');
  await page.getByRole('button', { name: /^Nov 2023: \d+ relations/ }).click();
  const list = page.getByRole('region', { name: 'Relations dated Nov 2023' });
  await expect(list).toBeVisible();
  const first = list.getByRole('listitem').first();
  const id = await first.locator('[data-relation]').first().getAttribute('data-relation');
  await first.getByRole('button').first().click();
  expect(await selectedIds(page)).toContain(id);
});

test('a path link lists the shortest paths hop by hop and draws them with class path', async ({ page }) => {
  await openApp(page, 'v=1&p=elon-musk,reid-hoffman');
  await openAnalysis(page);
  await expect(page.getByRole('combobox', { name: 'Path from' })).toHaveValue('Elon Musk');
  await expect(page.getByRole('combobox', { name: 'Path to' })).toHaveValue('Reid Hoffman');
  const first = page.getByRole('region', { name: /^Path 1: \d+ steps$/ });
  await expect(first).toBeVisible();
  const hopEdges = await page.locator('[data-path] [data-hop]').evaluateAll((els) => els.map((el) => el.getAttribute('data-edge') ?? ''));
  expect(hopEdges.length).toBeGreaterThan(0);
  const edges = await edgeClasses(page);
  const drawn = edges.filter((e) => e.path).map((e) => e.id).sort();
  expect(drawn).toEqual([...new Set(hopEdges)].sort());
  const ids = new Set(edges.map((e) => e.id));
  for (const id of hopEdges) expect(ids.has(id), id).toBe(true);
  const onPath = await evalPlain(page, () => window.cy?.nodes('.path').map((n) => n.id()) ?? []);
  expect(onPath).toEqual(expect.arrayContaining(['elon-musk', 'reid-hoffman']));
  await first.getByRole('listitem').first().getByRole('button').first().click();
  expect(await selectedIds(page)).toContain(hopEdges[0]);
});

test('picking two entities by typing (either script) sets the path in the link; facts only updates it', async ({ page }) => {
  await openApp(page, 'v=1');
  await openAnalysis(page);
  const from = page.getByRole('combobox', { name: 'Path from' });
  await from.fill('马斯克');
  await expect(page.getByRole('listbox', { name: 'Path from' }).getByRole('option').first()).toBeVisible();
  await from.press('Enter');
  const to = page.getByRole('combobox', { name: 'Path to' });
  await to.fill('Hoffman');
  await to.press('Enter');
  await expect(page).toHaveURL(/[#&]p=elon-musk,reid-hoffman/);
  await page.getByRole('checkbox', { name: /Facts only/ }).check();
  await expect(page).toHaveURL(/[#&]pf=1/);
});

test('a camps link colours nodes by camp and lists the camps with their explanations', async ({ page }) => {
  await openApp(page, 'v=1&k=1');
  const camped = await evalPlain(page, () => window.cy?.nodes('.camp').map((n) => ({ id: n.id(), camp: Number(n.data('camp')), label: String(n.style('label')) })) ?? []);
  expect(camped.length).toBeGreaterThan(0);
  for (const n of camped) {
    expect(Number.isInteger(n.camp) && n.camp >= 1, n.id).toBe(true);
    expect(n.label, n.id).toMatch(/^\S+ /);
  }
  await openAnalysis(page);
  await expect(page.getByRole('checkbox', { name: 'Colour by camp' })).toBeChecked();
  const campCount = new Set(camped.map((n) => n.camp)).size;
  await expect(page.getByRole('heading', { name: /^Camp \d+: / })).toHaveCount(campCount);
  await page.getByRole('checkbox', { name: 'Colour by camp' }).uncheck();
  await expect(page).not.toHaveURL(/[#&]k=1/);
  expect(await evalPlain(page, () => window.cy?.nodes('.camp').length)).toBe(0);
});

test('sizing by betweenness gives nodes sizes from the measure and a ranking table', async ({ page }) => {
  await openApp(page, 'v=1&z=betweenness');
  const widths = await evalPlain(page, () => window.cy?.nodes('.sized').map((n) => n.width()) ?? []);
  expect(widths.length).toBeGreaterThan(0);
  expect(Math.max(...widths)).toBeGreaterThan(Math.min(...widths));
  await openAnalysis(page);
  await expect(page.getByRole('combobox', { name: 'Size nodes by' })).toHaveValue('betweenness');
  await expect(page.getByRole('table', { name: /^Top \d+ by Betweenness$/ }).getByRole('row')).toHaveCount(16);
});
