// The explorer end to end at desktop size: load, search, details, evidence, reader both ways, filters, language, layouts, table, keyboard.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cyCounts, cyViewport, hiddenIds, loadDataset, nodePositions, openApp, openMore, renderedNode, selectedIds, tapElement } from './helpers';
import { evalPlain } from './evalPlain';

const data = loadDataset();
const MUSK = 'elon-musk';
const musk = data.graph.nodes.find((n) => n.key === MUSK);
const muskEdges = data.graph.edges.filter((e) => e.source === MUSK || e.target === MUSK);
const EDGE = (() => {
  const e = data.graph.edges.find((x) => x.key === 'a-musk-open-sourced-grok-1');
  if (!e) throw new Error('dataset.json lacks relation a-musk-open-sourced-grok-1');
  return e;
})();

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

async function searchAndChoose(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search' });
  await expect(box).toBeFocused();
  await box.fill(query);
  await box.press('Enter');
}

async function openFilters(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Filters' }).click();
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
}

test('load: the graph is drawn and interactive, with exactly the dataset’s entities and relations', async ({ page }) => {
  await openApp(page);
  const marks = await evalPlain(page, () => ['graph:drawn', 'graph:interactive'].map((m) => performance.getEntriesByName(m, 'mark').length));
  expect(marks).toEqual([1, 1]);
  const counts = await cyCounts(page);
  expect(counts).toEqual({ nodes: data.graph.nodes.length, edges: data.graph.edges.length, shownNodes: data.graph.nodes.length, shownEdges: data.graph.edges.length });
  await expect(page.getByRole('application', { name: 'Relationship graph' })).toBeVisible();
});

test('search: `/` focuses the box, a Simplified query lists Elon Musk, Enter selects and centres him, and details show both names and relations by type', async ({ page }) => {
  expect(musk, 'dataset has elon-musk').toBeDefined();
  await openApp(page);
  const before = await cyViewport(page);
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search' });
  await expect(box).toBeFocused();
  await box.fill('马斯克');
  await expect(page.getByRole('listbox', { name: 'Search' }).getByRole('option').first()).toContainText('Elon Musk');
  await box.press('Enter');

  await expect.poll(() => selectedIds(page)).toEqual([MUSK]);
  await expect.poll(async () => (await cyViewport(page)).pan).not.toEqual(before.pan);
  const pos = await renderedNode(page, MUSK);
  expect(Math.abs(pos.x - pos.w / 2)).toBeLessThan(pos.w * 0.05);
  expect(Math.abs(pos.y - pos.h / 2)).toBeLessThan(pos.h * 0.05);

  const details = page.getByRole('region', { name: 'Elon Musk' });
  await expect(details).toBeVisible();
  await expect(details).toContainText('馬斯克');
  const types = [...new Set(muskEdges.map((e) => e.attributes.type))].sort();
  const groupTypes = await details.locator('[data-relation-type]').evaluateAll((els) => els.map((el) => el.getAttribute('data-relation-type') ?? '').sort());
  expect(groupTypes).toEqual(types);
  await expect(details.locator('[data-relation]')).toHaveCount(muskEdges.length);
  await expect(page.getByRole('status').filter({ hasText: `Selected Elon Musk, person, ${muskEdges.length} relations` })).toBeAttached();
});

test('details follow the selection from entity to entity: after Elon Musk, OpenAI’s panel lists every one of its relations', async ({ page }) => {
  const OPENAI = 'openai';
  const openaiEdges = data.graph.edges.filter((e) => e.source === OPENAI || e.target === OPENAI);
  // More than the panel draws with its heading (DetailsPanel's DETAILS_RELATIONS_FIRST, 20): the rest follow in a deferred render.
  expect(openaiEdges.length).toBeGreaterThan(20);
  await openApp(page);
  await tapElement(page, MUSK);
  await expect(page.getByRole('region', { name: 'Elon Musk' }).locator('[data-relation]')).toHaveCount(muskEdges.length);
  await tapElement(page, OPENAI);
  const details = page.getByRole('region', { name: 'OpenAI' });
  await expect(details.locator('[data-relation]')).toHaveCount(openaiEdges.length);
  const listed = await details.locator('[data-relation]').evaluateAll((els) => els.map((el) => el.getAttribute('data-relation') ?? ''));
  expect(new Set(listed)).toEqual(new Set(openaiEdges.map((e) => e.key)));
  await expect(page.getByRole('region', { name: 'Elon Musk' })).toHaveCount(0);
});

test('an edge tap opens its evidence: the quote is marked inside its paragraph and the selection is announced', async ({ page }) => {
  await openApp(page);
  await tapElement(page, EDGE.key);
  const panel = page.getByRole('region', { name: EDGE.attributes.summaryEn });
  await expect(panel).toBeVisible();
  const first = EDGE.attributes.evidence[0];
  const mark = panel.locator('blockquote mark').first();
  await expect(mark).toHaveText(first?.exact ?? '');
  const paragraph = await mark.evaluate((m) => m.parentElement?.textContent ?? '');
  expect(paragraph.length).toBeGreaterThan((first?.exact ?? '').length);
  expect(paragraph).toContain(first?.exact ?? '');
  expect(await selectedIds(page)).toEqual([EDGE.key]);
  await expect(page.getByRole('status').filter({ hasText: `Selected relation: ${EDGE.attributes.summaryEn}` })).toBeAttached();
});

test('reader both ways: “Show in article” scrolls to and flashes the span; a marked span selects its relation; a mention selects its entity', async ({ page }) => {
  await openApp(page);
  await tapElement(page, EDGE.key);
  const panel = page.getByRole('region', { name: EDGE.attributes.summaryEn });
  const index = EDGE.attributes.evidence.length > 1 ? 1 : 0;
  const ev = EDGE.attributes.evidence[index];
  await panel.getByRole('button', { name: 'Show in article' }).nth(index).click();
  const reader = page.locator('[data-panel="reader"]');
  await expect(reader).toBeVisible();
  const flashed = reader.locator('mark[data-flash="true"]').first();
  await expect(flashed).toBeInViewport();
  const range = await flashed.evaluate((m) => [Number(m.getAttribute('data-start')), Number(m.getAttribute('data-end'))]);
  expect(range[0]).toBeLessThan(ev?.end ?? 0);
  expect(range[1]).toBeGreaterThan(ev?.start ?? 0);
  await expect(flashed).toContainText(ev?.exact.slice(0, 4) ?? '');

  // Span → graph: pick a mark backing one relation other than the current one.
  const other = reader.locator('mark[data-relations]:not([data-relations*=" "])').filter({ hasNot: page.locator(`[data-relations="${EDGE.key}"]`) }).nth(3);
  const otherId = (await other.getAttribute('data-relations')) ?? '';
  expect(otherId).not.toBe(EDGE.key);
  await other.locator('[data-quote]').first().click();
  await expect.poll(() => selectedIds(page)).toEqual([otherId]);
  await expect(page.getByRole('complementary', { name: 'Details and evidence' }).locator(`[data-relation="${otherId}"][data-panel="evidence"]`)).toBeVisible();

  // Mention → entity.
  const mention = reader.locator('[role="button"][data-entity]').first();
  const entity = (await mention.getAttribute('data-entity')) ?? '';
  await mention.click();
  await expect.poll(() => selectedIds(page)).toEqual([entity]);
  await expect(page.locator(`[data-panel="details"][data-entity="${entity}"]`)).toBeVisible();
});

test('filters: unchecking “people” hides every person node, and the count beside it matches what is drawn', async ({ page }) => {
  await openApp(page);
  await openFilters(page);
  const persons = data.graph.nodes.filter((n) => n.attributes.kind === 'person').length;
  const box = page.getByRole('checkbox', { name: /^people\b/ });
  await expect(box).toBeChecked();
  await expect(box.locator('xpath=..')).toContainText(`${persons}/${persons}`);
  await box.uncheck();
  const shown = await evalPlain(page, () => window.cy?.nodes('[kind="person"]').filter((n) => n.style('display') !== 'none').length);
  expect(shown).toBe(0);
  await expect(box.locator('xpath=..')).toContainText(`0/${persons}`);
  const drawnOrgs = await evalPlain(page, () => window.cy?.nodes('[kind="organization"]').filter((n) => n.style('display') !== 'none').length);
  const orgTotal = data.graph.nodes.filter((n) => n.attributes.kind === 'organization').length;
  await expect(page.getByRole('checkbox', { name: /^organizations\b/ }).locator('xpath=..')).toContainText(`${drawnOrgs}/${orgTotal}`);
});

test('claims only: hiding facts leaves only dashed claim edges drawn', async ({ page }) => {
  await openApp(page);
  await openFilters(page);
  await page.getByRole('checkbox', { name: /^Fact\b/ }).uncheck();
  // Relations drawn alone or inside their bundle (`bundled`), and the bundles drawn: a bundle of claims only is dashed too.
  const { edges, bundles } = await evalPlain(page, () => {
    const cy = window.cy;
    const drawn = (e: { style: (k: string) => unknown }) => e.style('display') !== 'none';
    return {
      edges: (cy?.edges().not('.bundle').filter((e) => drawn(e) || e.hasClass('bundled')) ?? []).map((e) => ({ status: String(e.data('status')), line: drawn(e) ? String(e.style('line-style')) : 'dashed' })),
      bundles: (cy?.edges('.bundle').filter((e) => drawn(e)) ?? []).map((e) => String(e.style('line-style'))),
    };
  });
  const claims = data.graph.edges.filter((e) => e.attributes.status === 'claim').length;
  expect(edges.length).toBeGreaterThan(0);
  expect(edges.length).toBeLessThanOrEqual(claims);
  expect(edges.every((e) => e.status === 'claim' && e.line === 'dashed')).toBe(true);
  expect(bundles.every((line) => line === 'dashed')).toBe(true);
});

test('language: switching to 繁體中文 changes the node labels and the UI', async ({ page }) => {
  await openApp(page);
  await openMore(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(page.getByRole('combobox', { name: '搜尋' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('證據圖譜');
  await expect(page.getByRole('button', { name: '篩選' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  const labels = await evalPlain(page, () => Object.fromEntries((window.cy?.nodes() ?? []).map((n) => [n.id(), String(n.data('label'))])));
  for (const n of data.graph.nodes) expect(labels[n.key], n.key).toBe(n.attributes.labelZh || n.attributes.label);
});

/** Starts recording, in the page, each layout run's `animate` option and every distinct frame of node positions. */
async function recordLayoutSwitch(page: Page): Promise<void> {
  await evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing');
    const w = window as unknown as { __snaps: string[]; __animated: boolean[] };
    const snap = (): string => JSON.stringify(cy.nodes().map((n) => [Math.round(n.position('x')), Math.round(n.position('y'))]));
    w.__snaps = [snap()];
    w.__animated = [];
    cy.on('layoutstart', (e) => {
      const layout = (e as unknown as { layout?: { options?: { animate?: unknown } } }).layout;
      w.__animated.push(Boolean(layout?.options?.animate));
    });
    const tick = (): void => {
      const now = snap();
      if (w.__snaps[w.__snaps.length - 1] !== now) w.__snaps.push(now);
      if (w.__snaps.length < 50) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

const recorded = (page: Page) => evalPlain(page, () => {
  const w = window as unknown as { __snaps: string[]; __animated: boolean[] };
  return { frames: w.__snaps.length, animated: [...w.__animated] };
});

test('layout menu: choosing Circle moves the nodes, in one step under reduced motion', async ({ page }) => {
  await openApp(page);
  const before = await nodePositions(page);
  await recordLayoutSwitch(page);
  await openMore(page);
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('circle');
  await expect.poll(async () => JSON.stringify(await nodePositions(page))).not.toBe(JSON.stringify(before));
  const after = await nodePositions(page);
  const moved = Object.keys(before).filter((id) => before[id]?.x !== after[id]?.x || before[id]?.y !== after[id]?.y);
  expect(moved.length).toBeGreaterThan(data.graph.nodes.length / 2);
  await evalPlain(page, () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  const rec = await recorded(page);
  expect(rec.animated.length, 'a layout ran').toBeGreaterThan(0);
  expect(rec.animated, 'no layout run animates').not.toContain(true);
  expect(rec.frames, 'positions jump from the old layout to the new one with no frames in between').toBe(2);
});

test('layout menu: without reduced motion the switch animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openApp(page);
  await recordLayoutSwitch(page);
  await openMore(page);
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
  await expect.poll(async () => (await recorded(page)).animated).toContain(true);
  // Frames in between are counted loosely: a starved CPU may draw few, but at least the final ones differ from the start.
  await expect.poll(async () => (await recorded(page)).frames).toBeGreaterThanOrEqual(2);
});

test('force-directed layout (loaded on demand) moves the nodes and gives the same positions when the link is reopened', async ({ page }) => {
  await openApp(page);
  const before = await nodePositions(page);
  await openMore(page);
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('fcose');
  await expect.poll(async () => JSON.stringify(await nodePositions(page)), { timeout: 20_000 }).not.toBe(JSON.stringify(before));
  await expect(page).toHaveURL(/[#&]y=fcose/);
  await page.waitForTimeout(1500);
  const first = await nodePositions(page);
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('graph:drawn').length > 0);
  await expect.poll(async () => JSON.stringify(await nodePositions(page)), { timeout: 20_000 }).not.toBe(JSON.stringify(before));
  await page.waitForTimeout(1500);
  const second = await nodePositions(page);
  for (const id of Object.keys(first)) {
    expect(Math.abs((second[id]?.x ?? NaN) - (first[id]?.x ?? NaN)), id).toBeLessThan(1);
    expect(Math.abs((second[id]?.y ?? NaN) - (first[id]?.y ?? NaN)), id).toBeLessThan(1);
  }
});

test('table view lists exactly the entities and relations the graph draws under a filter', async ({ page }) => {
  await openApp(page);
  await openFilters(page);
  await page.getByRole('checkbox', { name: /^documents\b/ }).uncheck();
  await page.getByRole('checkbox', { name: /^Claim\b/ }).uncheck();
  const hidden = await hiddenIds(page);
  const shownNodes = data.graph.nodes.map((n) => n.key).filter((k) => !hidden.nodes.includes(k)).sort();
  const shownEdges = data.graph.edges.map((e) => e.key).filter((k) => !hidden.edges.includes(k)).sort();
  expect(shownNodes.length).toBeLessThan(data.graph.nodes.length);
  await page.getByRole('button', { name: 'Table' }).click();
  // The table's code loads on first use: wait for it to be drawn before reading its rows.
  await expect(page.locator('table[data-table="entities"] tbody tr').first()).toBeVisible();
  const entityRows = await page.locator('table[data-table="entities"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entity') ?? '').sort());
  const relationRows = await page.locator('table[data-table="relations"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-relation') ?? '').sort());
  expect(entityRows).toEqual(shownNodes);
  expect(relationRows).toEqual(shownEdges);
  await expect(page.getByRole('table').first()).toBeVisible();
});

test('keyboard only: / search, Enter, Tab to a relation in details, Enter opens evidence, Escape returns to the graph, arrows move to a neighbour', async ({ page }) => {
  await openApp(page);
  await searchAndChoose(page, '马斯克');
  await expect(page.getByRole('region', { name: 'Elon Musk' })).toBeVisible();
  let onRelation = false;
  for (let i = 0; i < 60 && !onRelation; i += 1) {
    await page.keyboard.press('Tab');
    onRelation = await evalPlain(page, () => {
      const el = document.activeElement;
      return !!el && el.tagName === 'BUTTON' && el.closest('[data-panel="details"] li[data-relation]') !== null && el.parentElement?.tagName === 'LI';
    });
  }
  expect(onRelation, 'Tab reaches a relation button in the details panel').toBe(true);
  const relation = await evalPlain(page, () => document.activeElement?.closest('li[data-relation]')?.getAttribute('data-relation') ?? '');
  await page.keyboard.press('Enter');
  await expect(page.locator(`[data-panel="evidence"][data-relation="${relation}"]`)).toBeVisible();
  expect(await selectedIds(page)).toEqual([relation]);

  const graph = page.getByRole('application', { name: 'Relationship graph' });
  await page.locator('[data-panel="evidence"]').getByRole('button', { name: 'Show in article' }).first().focus();
  await page.keyboard.press('Escape');
  await expect(graph).toBeFocused();

  const edge = data.graph.edges.find((e) => e.key === relation);
  const from = edge?.source ?? '';
  const neighbours = new Set(data.graph.edges.flatMap((e) => (e.source === from ? [e.target] : e.target === from ? [e.source] : [])));
  let moved: string[] = [relation];
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
    await page.keyboard.press(key);
    moved = await selectedIds(page);
    if (moved[0] !== relation) break;
  }
  expect(moved).toHaveLength(1);
  expect(neighbours.has(moved[0] ?? ''), `${moved[0]} is a neighbour of ${from}`).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Details and evidence' })).toBeFocused();
});

test('keyboard only: Tab from the top of the page reaches the graph, and arrows there select an entity', async ({ page }) => {
  await openApp(page);
  const graph = page.getByRole('application', { name: 'Relationship graph' });
  let reached = false;
  for (let i = 0; i < 30 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await graph.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await selectedIds(page)).length).toBe(1);
  const [id] = await selectedIds(page);
  expect(data.graph.nodes.some((n) => n.key === id)).toBe(true);
});
