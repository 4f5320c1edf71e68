// The explorer on a phone (390×844, touch): the graph fills the screen, panels are closable sheets, controls reachable, touch pans and zooms.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cyViewport, openApp, renderedNode, selectedIds, tapElement } from './helpers';

const W = 390;
const H = 844;
test.use({ viewport: { width: W, height: H }, hasTouch: true, isMobile: true, deviceScaleFactor: 2, reducedMotion: 'reduce' });

/** Page coordinates of a node's centre. */
async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.getByRole('application', { name: 'Relationship graph' }).boundingBox();
  if (!box) throw new Error('graph region has no box');
  const p = await renderedNode(page, id);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Sends a touch gesture through the DevTools protocol: each step lists the touch points at that moment. */
async function touchGesture(page: Page, steps: { x: number; y: number }[][]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const points = (ps: { x: number; y: number }[]) => ps.map((p, id) => ({ x: p.x, y: p.y, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(steps[0] ?? []) });
  for (const step of steps.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(step) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('phone: the graph fills the screen when no sheet is open', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('complementary', { name: 'Details and evidence' })).toHaveCount(0);
  const box = await page.getByRole('application', { name: 'Relationship graph' }).boundingBox();
  expect(box).not.toBeNull();
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(W * 0.9);
  // "Most of the height": the header and the timeline strip take the rest (see the report on the timeline's share).
  expect(box?.height ?? 0).toBeGreaterThan(H * 0.55);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(H + 1);
  const vp = await cyViewport(page);
  expect(vp.width).toBeGreaterThanOrEqual(W * 0.9);
});

test('phone: tapping a node opens a bottom sheet with its details, and the sheet closes', async ({ page }) => {
  await openApp(page);
  const at = await nodeOnPage(page, 'elon-musk');
  await page.touchscreen.tap(at.x, at.y);
  await expect.poll(() => selectedIds(page)).toEqual(['elon-musk']);
  const sheet = page.getByRole('complementary', { name: 'Details and evidence' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('region', { name: 'Elon Musk' })).toBeVisible();
  const box = await sheet.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(W - 1);
  expect(Math.abs((box?.y ?? 0) + (box?.height ?? 0) - H)).toBeLessThanOrEqual(1);
  expect(box?.height ?? H).toBeLessThan(H * 0.6);
  await sheet.getByRole('button', { name: 'Close panel' }).tap();
  await expect(sheet).toHaveCount(0);
  expect(await selectedIds(page)).toEqual([]);
});

test('phone: every toolbar control can be brought on screen, and none is clipped away', async ({ page }) => {
  await openApp(page);
  const controls = page.getByRole('banner').locator('button, select, input');
  const n = await controls.count();
  expect(n).toBeGreaterThanOrEqual(8);
  for (let i = 0; i < n; i += 1) {
    const c = controls.nth(i);
    const name = (await c.getAttribute('aria-label')) ?? (await c.textContent()) ?? `control ${i}`;
    if (!(await c.isVisible())) continue;
    await c.scrollIntoViewIfNeeded();
    const box = await c.boundingBox();
    expect(box, name).not.toBeNull();
    expect(box?.x ?? -1, `${name} left edge`).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0), `${name} right edge`).toBeLessThanOrEqual(W + 0.5);
    expect(box?.y ?? -1, `${name} top`).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 0), `${name} bottom`).toBeLessThanOrEqual(H);
  }
  // The secondary controls sit behind "More", with the same names as on desktop.
  await page.getByRole('button', { name: 'More' }).tap();
  for (const name of ['Layout', 'Language']) await expect(page.getByRole('combobox', { name })).toBeVisible();
  for (const name of ['Fit graph', 'Share', 'Export']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  const exportButton = page.getByRole('button', { name: 'Export' });
  await exportButton.tap();
  const items = page.getByRole('menu', { name: 'Export' }).getByRole('menuitem');
  expect(await items.count()).toBeGreaterThan(0);
  for (const item of await items.all()) {
    const box = await item.boundingBox();
    const label = (await item.textContent()) ?? '';
    expect(box?.x ?? -1, `${label} left edge`).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0), `${label} right edge`).toBeLessThanOrEqual(W + 0.5);
  }
});

test('phone: a one-finger drag pans the graph and a two-finger pinch zooms it', async ({ page }) => {
  await openApp(page);
  const box = await page.getByRole('application', { name: 'Relationship graph' }).boundingBox();
  if (!box) throw new Error('graph region has no box');
  // Start on empty canvas: far from every node.
  const start = { x: box.x + 20, y: box.y + box.height - 40 };
  const before = await cyViewport(page);
  const drag = [0, 1, 2, 3, 4, 5].map((k) => [{ x: start.x + k * 20, y: start.y - k * 12 }]);
  await touchGesture(page, drag);
  await expect.poll(async () => (await cyViewport(page)).pan.x - before.pan.x).toBeGreaterThan(60);
  const panned = await cyViewport(page);
  expect(panned.pan.y - before.pan.y).toBeLessThan(-30);
  expect(panned.zoom).toBeCloseTo(before.zoom, 3);

  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const pinch = [0, 1, 2, 3, 4, 5].map((k) => [
    { x: c.x - 30 - k * 15, y: c.y },
    { x: c.x + 30 + k * 15, y: c.y },
  ]);
  await touchGesture(page, pinch);
  // Zoomed in: the drag above left the zoom unchanged to 3 decimals, so 5% proves the pinch zoomed. Not 20%: under CI load
  // Cytoscape handled part of the moves once (1.17×), the gesture is the same.
  await expect.poll(async () => (await cyViewport(page)).zoom).toBeGreaterThan(panned.zoom * 1.05);
});

async function showInArticle(page: Page) {
  await openApp(page);
  await tapElement(page, 'a-musk-open-sourced-grok-1');
  const sheet = page.getByRole('complementary', { name: 'Details and evidence' });
  await sheet.getByRole('button', { name: 'Show in article' }).first().tap();
  return page.locator('[data-panel="reader"] mark[data-flash="true"]').first();
}

test('phone: “Show in article” scrolls the reader to the flashed span without scrolling the header away', async ({ page }) => {
  const flashed = await showInArticle(page);
  await expect(flashed).toBeAttached();
  const header = await page.getByRole('banner').boundingBox();
  expect(header?.y, 'header stays at the top').toBe(0);
  const inScroller = await flashed.evaluate((m) => {
    const s = m.closest('[data-panel="reader"]')?.getBoundingClientRect();
    const r = m.getBoundingClientRect();
    return !!s && r.top >= s.top && r.bottom <= s.bottom;
  });
  expect(inScroller, 'the span is inside the reader’s visible area').toBe(true);
});

test('phone: the flashed span is not covered by another sheet, and Back returns to the evidence', async ({ page }) => {
  const flashed = await showInArticle(page);
  await expect(flashed).toBeInViewport();
  const uncovered = await flashed.evaluate((m) => {
    const r = m.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + Math.min(8, r.width / 2), r.top + r.height / 2);
    return hit !== null && m.contains(hit);
  });
  expect(uncovered, 'nothing covers the flashed span').toBe(true);
  await expect(page.getByRole('complementary', { name: 'Details and evidence' })).toBeHidden();
  await page.getByRole('button', { name: 'Back to evidence' }).tap();
  await expect(page.getByRole('complementary', { name: 'Details and evidence' })).toBeVisible();
  await expect(page.locator('[data-panel="reader"]')).toBeHidden();
  const article = page.getByRole('button', { name: 'Article', exact: true });
  await expect(article, 'the toggle shows the article is not in front').toHaveAttribute('aria-pressed', 'false');
  await article.tap();
  await expect(page.locator('[data-panel="reader"]')).toBeVisible();
  await page.getByRole('button', { name: 'Close article' }).tap();
  await expect(page.locator('[data-panel="reader"]')).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Details and evidence' })).toBeVisible();
});

test('phone: the More menu closes on Escape and gives focus back to its button', async ({ page }) => {
  await openApp(page);
  const more = page.getByRole('button', { name: 'More' });
  await expect(page.getByRole('combobox', { name: 'Layout' })).toBeHidden();
  await more.tap();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('combobox', { name: 'Layout' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('combobox', { name: 'Layout' })).toBeHidden();
  await expect(more).toBeFocused();
});

test('phone: the timeline is a one-line bar that opens as a sheet of at most half the screen', async ({ page }) => {
  await openApp(page);
  const strip = page.getByRole('region', { name: 'Timeline' });
  const bar = await strip.boundingBox();
  expect(bar?.height ?? H, 'collapsed timeline height').toBeLessThanOrEqual(56);
  await expect(page.getByRole('slider', { name: 'From' })).toBeHidden();
  await strip.getByRole('button', { name: 'Timeline' }).tap();
  const from = page.getByRole('slider', { name: 'From' });
  await expect(from).toBeInViewport();
  const sheet = await page.locator('[data-expanded="true"] [id]').filter({ has: from }).first().boundingBox();
  expect(sheet?.height ?? H).toBeLessThanOrEqual(H * 0.5 + 1);
  await strip.getByRole('button', { name: 'Timeline' }).tap();
  await expect(from).toBeHidden();
});

test('phone: the sheets are opaque at most half the screen, collapse from their handle, and keep the selection in view', async ({ page }) => {
  await openApp(page);
  const at = await nodeOnPage(page, 'elon-musk');
  await page.touchscreen.tap(at.x, at.y);
  const sheet = page.getByRole('complementary', { name: 'Details and evidence' });
  await expect(sheet).toBeVisible();
  const box = await sheet.boundingBox();
  expect(box?.height ?? H).toBeLessThanOrEqual(H * 0.5 + 1);
  const headerBg = await sheet.locator('.sticky').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(headerBg, 'the sheet header is opaque').toBe('rgb(255, 255, 255)');
  await expect.poll(async () => (await nodeOnPage(page, 'elon-musk')).y, { message: 'the node is above the sheet' }).toBeLessThan(box?.y ?? 0);
  await sheet.getByRole('button', { name: 'Collapse sheet' }).tap();
  await expect(sheet.getByRole('region', { name: 'Elon Musk' })).toBeHidden();
  expect((await sheet.boundingBox())?.height ?? H).toBeLessThan(80);
  await sheet.getByRole('button', { name: 'Expand sheet' }).tap();
  await expect(sheet.getByRole('region', { name: 'Elon Musk' })).toBeVisible();
});
