// Deep links end to end: a rich view survives a reload, Back/Forward step through selections, bad links are noticed, Share copies.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cyViewport, hiddenIds, loadDataset, nodePositions, openApp, openMore, renderedNode, selectedIds, tapElement, waitForInteractive } from './helpers';
import { evalPlain } from './evalPlain';

const data = loadDataset();
const KHOSLA = 'vinod-khosla';

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

/** Everything a reload must reproduce, read from cy and the DOM. */
async function snapshot(page: Page) {
  const vp = await cyViewport(page);
  return {
    selected: await selectedIds(page),
    hidden: await hiddenIds(page),
    labels: await evalPlain(page, () => (window.cy?.nodes() ?? []).map((n) => String(n.data('label')))),
    positions: await nodePositions(page),
    panel: await page.locator('[data-testid="side-panel"] h2').first().textContent(),
    reader: await page.locator('[data-panel="reader"]').isVisible(),
    lang: await page.locator('html').getAttribute('lang'),
    vp,
  };
}

/** Waits until the URL fragment stops changing (camera updates are debounced). */
async function settledHash(page: Page): Promise<string> {
  let last = '';
  await expect
    .poll(async () => {
      const now = await evalPlain(page, () => window.location.hash);
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [400] })
    .toBe(true);
  return last;
}

test('a rich view (selection, hidden kind, claims only, Chinese, circle layout, reader, pan/zoom) reopens identically after reload', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search' }).fill('Khosla');
  await page.getByRole('combobox', { name: 'Search' }).press('Enter');
  await expect.poll(() => selectedIds(page)).toEqual([KHOSLA]);
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('checkbox', { name: /^documents\b/ }).uncheck();
  await page.getByRole('checkbox', { name: /^Fact\b/ }).uncheck();
  await page.getByRole('button', { name: 'Filters' }).click();
  await openMore(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await page.getByRole('combobox', { name: '版面配置' }).selectOption('circle');
  await page.getByRole('button', { name: '原文' }).click();
  await expect(page.locator('[data-panel="reader"]')).toBeVisible();

  const box = await page.getByRole('application', { name: '關係圖' }).boundingBox();
  if (!box) throw new Error('graph region has no box');
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.6);
  await page.mouse.wheel(0, -240);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.4 + 90, box.y + box.height * 0.6 - 50, { steps: 6 });
  await page.mouse.up();
  const hash = await settledHash(page);
  for (const part of ['l=zh', `s=e:${KHOSLA}`, 'hk=document', 'hf=fact', 'y=circle', 'rd=', 'c=']) expect(hash, `link holds ${part}`).toContain(part);
  expect(hash.length).toBeLessThan(2000);

  const before = await snapshot(page);
  expect(before.hidden.nodes.length).toBeGreaterThan(0);
  expect(before.panel).toBe('科斯拉');
  await page.reload();
  await waitForInteractive(page);
  await expect.poll(async () => (await snapshot(page)).positions).toEqual(before.positions);
  const after = await snapshot(page);
  expect({ ...after, vp: null }).toEqual({ ...before, vp: null });
  expect(after.vp.width).toBe(before.vp.width);
  expect(Math.abs(after.vp.pan.x - before.vp.pan.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(after.vp.pan.y - before.vp.pan.y)).toBeLessThanOrEqual(1);
  expect(Math.abs(after.vp.zoom - before.vp.zoom)).toBeLessThan(0.001);
  expect(await evalPlain(page, () => window.location.hash)).toBe(hash);
});

// runLayout lays out ALL nodes (hidden ones included), so positions depend on the layout alone, not on when filters were applied.
test('choosing a layout and then filtering reopens with the same positions after reload', async ({ page }) => {
  await openApp(page);
  await openMore(page);
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('circle');
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('checkbox', { name: /^documents\b/ }).uncheck();
  await page.getByRole('button', { name: 'Filters' }).click();
  await settledHash(page);
  const before = await nodePositions(page);
  await page.reload();
  await waitForInteractive(page);
  await expect.poll(() => nodePositions(page)).toEqual(before);
});

test('Back and Forward step through the selections made', async ({ page }) => {
  await openApp(page);
  const [a, b, c] = ['elon-musk', 'sam-altman', KHOSLA];
  for (const id of [a, b, c]) {
    expect(data.graph.nodes.some((n) => n.key === id), `dataset has ${id}`).toBe(true);
    await tapElement(page, id ?? '');
    await expect(page.locator(`[data-panel="details"][data-entity="${id}"]`)).toBeVisible();
  }
  await page.goBack();
  await expect.poll(() => selectedIds(page)).toEqual([b]);
  await expect(page.locator(`[data-panel="details"][data-entity="${b}"]`)).toBeVisible();
  await page.goBack();
  await expect.poll(() => selectedIds(page)).toEqual([a]);
  await page.goForward();
  await expect.poll(() => selectedIds(page)).toEqual([b]);
  await expect(page.locator(`[data-panel="details"][data-entity="${b}"]`)).toBeVisible();
});

test('a link with unknown or invalid parts shows a dismissible notice and the default view', async ({ page }) => {
  await openApp(page, 'v=1&s=e:no-such-person&y=spiral&hk=aliens&c=abc&zz=9');
  const notice = page.getByRole('status').filter({ hasText: 'Some parts of the link were ignored' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('listitem')).not.toHaveCount(0);
  expect(await selectedIds(page)).toEqual([]);
  expect(await hiddenIds(page)).toEqual({ nodes: [], edges: [] });
  const positions = await nodePositions(page);
  for (const n of data.graph.nodes) expect(positions[n.key], n.key).toEqual({ x: Math.round(n.attributes.x * 10) / 10, y: Math.round(n.attributes.y * 10) / 10 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('hostile and corrupted links (unknown version, broken encoding, markup) never blank the page', async ({ page }) => {
  for (const link of ['v=99&s=e:elon-musk', 's=e:%3Cscript%3Ealert(1)%3C%2Fscript%3E&q=%E0%A4%A', '%%%&&&==']) {
    await openApp(page, link);
    await expect(page.getByRole('application', { name: 'Relationship graph' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Some parts of the link were ignored' })).toBeVisible();
    await expect(page.locator('script:not([src])')).toHaveCount(0);
  }
});

test.describe('clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Share copies the current link and says so; the copied link reopens the same selection', async ({ page }) => {
    await openApp(page);
    await tapElement(page, KHOSLA);
    await expect(page.locator(`[data-panel="details"][data-entity="${KHOSLA}"]`)).toBeVisible();
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })).toBeVisible();
    const copied = await evalPlain(page, () => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain(`s=e:${KHOSLA}`);
    await page.goto('about:blank');
    await page.goto(copied);
    await waitForInteractive(page);
    expect(await selectedIds(page)).toEqual([KHOSLA]);
  });

  test('“Copy link to this relation” copies its quote and a link that selects it', async ({ page }) => {
    const edge = data.graph.edges.find((e) => e.source === KHOSLA || e.target === KHOSLA);
    if (!edge) throw new Error('Khosla has no relation');
    await openApp(page);
    await tapElement(page, edge.key);
    await page.getByRole('button', { name: 'Copy link to this relation' }).first().click();
    const copied = await evalPlain(page, () => navigator.clipboard.readText());
    expect(copied).toContain(edge.attributes.evidence[0]?.exact ?? '');
    expect(copied).toContain(`s=r:${encodeURIComponent(edge.key)}`);
  });
});

test('acceptance: a link to Khosla’s relations, claims only, in Chinese, zoomed on him opens exactly that', async ({ page }) => {
  const node = data.graph.nodes.find((n) => n.key === KHOSLA);
  if (!node) throw new Error('dataset lacks vinod-khosla');
  // His claims (claimedBy) are relations between others (Musk -[pledged]-> OpenAI…): the claimant filter `cb` makes them his.
  const claims = data.graph.edges.filter((e) => e.attributes.claimedBy === KHOSLA);
  expect(claims.length).toBeGreaterThan(0);
  const link = `v=1&l=zh&s=e:${KHOSLA}&cb=${KHOSLA}&c=${node.attributes.x},${node.attributes.y},2`;
  await openApp(page, link);
  expect(await evalPlain(page, () => window.location.hash)).toContain(`&cb=${KHOSLA}&`);
  expect(await selectedIds(page)).toEqual([KHOSLA]);

  // The rule: the edges drawn are exactly the relations Khosla claims; the nodes drawn are Khosla and their ends.
  const shown = await evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing');
    const on = cy.elements().filter((e) => e.style('display') !== 'none');
    // Relations drawn, alone or inside their drawn bundle (`bundled`); a bundle edge is not a relation.
    const relations = cy.edges().not('.bundle').filter((e) => e.style('display') !== 'none' || e.hasClass('bundled'));
    return { nodes: on.nodes().map((n) => n.id()).sort(), edges: relations.map((e) => e.id()).sort() };
  });
  const claimedBy = new Map(data.graph.edges.map((e) => [e.key, e.attributes.claimedBy ?? null]));
  expect(shown.edges.filter((id) => claimedBy.get(id) !== KHOSLA), 'drawn edges that are not Khosla’s claims').toEqual([]);
  expect(shown.edges).toEqual(claims.map((e) => e.key).sort());
  expect(shown.nodes).toEqual([...new Set([KHOSLA, ...claims.flatMap((e) => [e.source, e.target])])].sort());

  // In Chinese: labels, shell and the details panel, which lists the claims and offers the filter.
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  const label = await evalPlain(page, (id) => String(window.cy?.getElementById(id).data('label')), KHOSLA);
  expect(label).toBe(node.attributes.labelZh);
  await expect(page.getByRole('combobox', { name: '搜尋' })).toBeVisible();
  const region = page.getByRole('region', { name: '科斯拉' });
  await expect(region).toBeVisible();
  await expect(region.getByRole('heading', { name: `科斯拉提出的說法 (${claims.length})` })).toBeVisible();
  await expect(region.locator('[data-claim]')).toHaveCount(claims.length);
  await expect(region.getByRole('button', { name: '只顯示科斯拉的說法' })).toBeVisible();

  // Zoomed on him.
  const vp = await cyViewport(page);
  expect(vp.zoom).toBeCloseTo(2, 3);
  const pos = await renderedNode(page, KHOSLA);
  expect(Math.abs(pos.x - pos.w / 2)).toBeLessThanOrEqual(1);
  expect(Math.abs(pos.y - pos.h / 2)).toBeLessThanOrEqual(1);

  // A listed claim opens its evidence; the claimant filter stays in the link.
  const first = region.locator('[data-claim]').first();
  const firstId = (await first.getAttribute('data-claim')) ?? '';
  await first.getByRole('button').first().click();
  await expect(page.locator(`[data-panel="evidence"][data-relation="${firstId}"]`)).toBeVisible();
  await expect.poll(() => evalPlain(page, () => window.location.hash)).toContain(`cb=${KHOSLA}`);
});

test('the reader’s scroll position is part of the link: scrolling writes it (without new history entries), reopening restores it', async ({ page }) => {
  const text = readFileSync('graph-data/000_83dc19187c149505.txt', 'utf8');
  let target = 0;
  for (let line = 0; line < 30; line += 1) target = text.indexOf('\n', target) + 1;
  expect(target).toBeGreaterThan(0);
  await openApp(page, `v=1&rd=o${target}`);
  const topLine = () =>
    evalPlain(page, () => {
      const scroller = document.querySelector<HTMLElement>('[data-panel="reader"]');
      if (!scroller) return -1;
      const top = scroller.getBoundingClientRect().top;
      const first = [...scroller.querySelectorAll<HTMLElement>('p[data-start]')].find((p) => p.getBoundingClientRect().bottom > top + 1);
      return first ? Number(first.dataset.start) : -1;
    });
  await expect.poll(topLine).toBe(target);
  const historyBefore = await evalPlain(page, () => history.length);
  await page.locator('[data-panel="reader"]').evaluate((el) => el.scrollBy(0, -600));
  await expect.poll(() => page.url()).not.toContain(`rd=o${target}`);
  const scrolledTo = await topLine();
  expect(scrolledTo).toBeLessThan(target);
  expect(page.url()).toMatch(scrolledTo === 0 ? /rd=(1|o0)/ : new RegExp(`rd=o${scrolledTo}(&|$)`));
  expect(await evalPlain(page, () => history.length)).toBe(historyBefore);
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('graph:drawn').length > 0);
  await expect.poll(topLine).toBe(scrolledTo);
});
