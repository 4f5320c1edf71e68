// A generated 20,000-entity bundle end to end: the page stays responsive while it imports, it opens on the community overview
// within the drawing budget, a group expands, a searched entity is drawn with its neighbours, the link reopens the same view;
// the table view scrolls through all 20,000 entities rendering only a few rows.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { evalPlain } from './evalPlain';
import { expect, openApp, test as guarded } from './fixtures';

const NODES = 20_000;
const EDGES = 60_000;
const BUDGET = 3000;
// Outside test-results/ (Playwright empties it on every run), so it is generated once.
const DIR = fileURLToPath(new URL('../.cache/scale-views/', import.meta.url));
const BUNDLE = `${DIR}g${NODES}.json`;

interface BundleShape {
  entities: Array<{ id: string; name: { en: string } }>;
  relations: Array<{ source: string; target: string }>;
}

/** Generates the bundle once with `npm run gen`'s CLI (deterministic, so a file left by an earlier run is the same). */
function bundle(): { path: string; data: BundleShape } {
  if (!existsSync(BUNDLE)) {
    mkdirSync(DIR, { recursive: true });
    execFileSync('node_modules/.bin/tsx', ['scripts/gen-cli.ts', '--nodes', String(NODES), '--edges', String(EDGES), '--seed', '1', '--out', BUNDLE], { stdio: 'inherit' });
  }
  return { path: BUNDLE, data: JSON.parse(readFileSync(BUNDLE, 'utf8')) as BundleShape };
}

/** Elements drawing the whole bundle would take: entities, relations, and one bundle edge per pair with several relations. */
function totalElements(data: BundleShape): number {
  const pairs = new Map<string, number>();
  for (const r of data.relations) {
    const key = r.source < r.target ? `${r.source} ${r.target}` : `${r.target} ${r.source}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  return data.entities.length + data.relations.length + [...pairs.values()].filter((n) => n > 1).length;
}

/** What the graph draws, as plain data: group nodes with their member counts, entity nodes, edge count, selection. */
function drawn(page: Page) {
  return evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) return null;
    return {
      groups: cy.nodes('.group').map((n) => `${String(n.data('community'))}:${String(n.data('members'))}`).sort(),
      entities: cy.nodes().not('.group').map((n) => n.id()).sort(),
      elements: cy.elements().length,
      selected: cy.nodes('.selected').map((n) => n.id()),
    };
  });
}

const linkValue = (url: string, key: string): string | null => new URLSearchParams(new URL(url).hash.slice(1)).get(key);

/** The overview's drawn set is computed and handed to the graph. */
async function waitForOverview(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="overview-status"][data-ready="true"]')).toBeVisible({ timeout: 180_000 });
  await page.waitForFunction(() => performance.getEntriesByName('graph:drawn').length > 0 && (window.cy?.nodes().length ?? 0) > 0, null, { timeout: 60_000 });
}

/**
 * The file's tests share one browser context per worker, so the 20,000-entity bundle is imported once: the first test imports
 * it through Open…, the table test reopens it by its link from the app's IndexedDB (and imports it itself if it runs alone or
 * after a failure, which restarts the worker). Each test still gets its own page, closed when the test ends.
 */
const test = guarded.extend<object, { sharedContext: BrowserContext }>({
  sharedContext: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, userAgent, screen, deviceScaleFactor, isMobile, hasTouch, serviceWorkers } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, userAgent, screen, deviceScaleFactor, isMobile, hasTouch, serviceWorkers, reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ sharedContext }, provide) => {
    await provide(sharedContext);
    for (const p of sharedContext.pages()) await p.close();
  },
});

/** The id (`d=`) of the bundle once a test of this worker has imported it into the shared context's IndexedDB. */
let storedId: string | null = null;

test.describe.configure({ timeout: 420_000 });

test('20,000 entities: responsive import, overview, expand a group, search and expand an entity, and the link reopens the same view', async ({ page }) => {
  const { path, data } = bundle();
  const total = totalElements(data);
  const degree = new Map<string, Set<string>>();
  for (const r of data.relations) {
    if (!degree.has(r.source)) degree.set(r.source, new Set());
    if (!degree.has(r.target)) degree.set(r.target, new Set());
    degree.get(r.source)?.add(r.target);
    degree.get(r.target)?.add(r.source);
  }
  const nameCount = new Map<string, number>();
  for (const e of data.entities) nameCount.set(e.name.en, (nameCount.get(e.name.en) ?? 0) + 1);
  await openApp(page, 'v=1');

  await test.step('the page keeps running (a heartbeat advances) while the worker reads the file', async () => {
    // A requestAnimationFrame + interval counter, and the counter's value each time the import dialog names a new stage.
    await evalPlain(page, () => {
      const w = window as unknown as { beats: number; stages: Array<[string, number]> };
      w.beats = 0;
      w.stages = [];
      const frame = (): void => {
        w.beats += 1;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      setInterval(() => (w.beats += 1), 20);
      new MutationObserver(() => {
        const stage = document.querySelector('[data-dialog="import"] [data-stage]')?.getAttribute('data-stage');
        if (stage && w.stages.at(-1)?.[0] !== stage) w.stages.push([stage, w.beats]);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-stage'] });
    });
    await page.getByTestId('open-files').setInputFiles(path);
    await expect.poll(() => page.url(), { timeout: 200_000 }).toMatch(/#d=[0-9a-f]{16}/);
    storedId = linkValue(page.url(), 'd');
    const stages = await evalPlain(page, () => (window as unknown as { stages: Array<[string, number]> }).stages);
    const parse = stages.find(([s]) => s === 'parse');
    const later = stages.find(([s]) => s === 'check' || s === 'layout');
    expect(parse, `stages seen: ${JSON.stringify(stages)}`).toBeDefined();
    expect(later, `stages seen: ${JSON.stringify(stages)}`).toBeDefined();
    // Between the worker starting to parse and its next stage, the page drew frames and ran timers.
    expect(later?.[1]).toBeGreaterThan(parse?.[1] ?? Infinity);
  });

  await test.step('it opens on the community overview, within the budget, saying how much of the graph is shown', async () => {
    await waitForOverview(page);
    const close = page.locator('[data-dialog="import"]').getByRole('button', { name: 'Close' });
    if (await close.isVisible()) await close.click();
    const view = await drawn(page);
    expect(view?.groups.length).toBeGreaterThan(10);
    expect(view?.entities).toEqual([]);
    expect(view?.elements).toBeLessThanOrEqual(BUDGET);
    const members = (view?.groups ?? []).reduce((sum, g) => sum + Number(g.split(':')[1]), 0);
    expect(members).toBeLessThanOrEqual(NODES);
    await expect(page.getByTestId('overview-status')).toHaveText(`Showing ${view?.elements.toLocaleString('en')} of ${total.toLocaleString('en')} elements — budget 3,000`);
    await expect(page.getByRole('button', { name: 'Communities' })).toHaveAttribute('aria-pressed', 'true');
  });

  let community = '';
  await test.step('clicking a group expands it into its members; the link names it', async () => {
    const before = await drawn(page);
    // The group node farthest from the others (so the click cannot land on a neighbour), at its place on screen.
    const target = await evalPlain(page, () => {
      const cy = window.cy;
      if (!cy) return null;
      const box = cy.container()?.getBoundingClientRect();
      const groups = cy.nodes('.group').map((n) => ({ id: String(n.data('community')), members: Number(n.data('members')), ...n.renderedPosition() }));
      const alone = groups.map((g) => ({ ...g, gap: Math.min(...groups.filter((o) => o !== g).map((o) => Math.hypot(o.x - g.x, o.y - g.y))) }));
      const best = alone.sort((a, b) => b.gap - a.gap)[0];
      return best && box ? { id: best.id, members: best.members, x: box.left + best.x, y: box.top + best.y } : null;
    });
    expect(target).not.toBeNull();
    await page.mouse.click(target?.x ?? 0, target?.y ?? 0);
    await expect.poll(() => linkValue(page.url(), 'xg')).toBe(target?.id);
    community = target?.id ?? '';
    await expect.poll(async () => (await drawn(page))?.entities.length ?? 0).toBeGreaterThan(0);
    const after = await drawn(page);
    expect(after?.entities).toContain(community);
    expect(after?.groups.some((g) => g.startsWith(`${community}:`) && Number(g.split(':')[1]) >= (target?.members ?? 0))).toBe(false);
    expect(after?.groups.length).toBeLessThanOrEqual(before?.groups.length ?? 0);
    expect(after?.elements).toBeLessThanOrEqual(BUDGET);
    const chip = page.getByTestId('overview-expanded');
    await expect(chip).toContainText('Community of');
  });

  let picked = '';
  await test.step('searching an entity that is not drawn and picking it draws it with its neighbours and selects it', async () => {
    const shown = new Set((await drawn(page))?.entities ?? []);
    const candidate = data.entities.find((e) => !shown.has(e.id) && nameCount.get(e.name.en) === 1 && (degree.get(e.id)?.size ?? 0) >= 2 && (degree.get(e.id)?.size ?? 0) <= 20);
    expect(candidate).toBeDefined();
    picked = candidate?.id ?? '';
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill(candidate?.name.en ?? '');
    const option = page.getByRole('listbox', { name: 'Search' }).getByRole('option').filter({ hasText: candidate?.name.en ?? '' }).first();
    await expect(option).toBeVisible({ timeout: 60_000 });
    await option.click();
    await expect.poll(() => linkValue(page.url(), 's')).toBe(`e:${picked}`);
    expect(linkValue(page.url(), 'xn')).toBe(picked);
    await expect.poll(async () => (await drawn(page))?.entities.includes(picked)).toBe(true);
    const now = new Set((await drawn(page))?.entities ?? []);
    const neighbours = [...(degree.get(picked) ?? [])];
    expect(neighbours.filter((n) => now.has(n)).length).toBeGreaterThan(0);
    await expect.poll(async () => (await drawn(page))?.selected).toEqual([picked]);
    await expect(page.getByTestId('expand-neighbours').getByRole('status')).toContainText(/Drawn with \d+ neighbours|left out/);
  });

  await test.step('"Expand neighbours" on one of its neighbours draws that one’s neighbours too', async () => {
    const now = new Set((await drawn(page))?.entities ?? []);
    const next = [...(degree.get(picked) ?? [])].find((n) => now.has(n) && n !== community) ?? '';
    expect(next).not.toBe('');
    await page.locator('[data-testid="side-panel"]').getByRole('button', { name: data.entities.find((e) => e.id === next)?.name.en ?? '', exact: true }).first().click();
    await expect.poll(() => linkValue(page.url(), 's')).toBe(`e:${next}`);
    await page.getByTestId('expand-neighbours').getByRole('button', { name: 'Expand neighbours' }).click();
    await expect.poll(() => linkValue(page.url(), 'xn')).toBe(`${picked},${next}`);
    await expect(page.getByTestId('expand-neighbours').getByRole('status')).toContainText(/Drawn with \d+ neighbours|left out|All its neighbours/);
    const after = new Set((await drawn(page))?.entities ?? []);
    const theirs = [...(degree.get(next) ?? [])];
    expect(theirs.filter((n) => after.has(n)).length).toBeGreaterThan(0);
  });

  await test.step('reloading the link reopens exactly the same view', async () => {
    const before = await drawn(page);
    const link = page.url();
    await page.reload();
    await waitForOverview(page);
    await expect.poll(async () => (await drawn(page))?.entities.length ?? 0, { timeout: 60_000 }).toBe(before?.entities.length);
    expect(page.url()).toBe(link);
    expect(await drawn(page)).toEqual(before);
  });

  await test.step('collapsing the community from the overview bar puts its group node back', async () => {
    const bar = page.getByTestId('overview-expanded');
    await bar.getByRole('button', { name: /^Collapse Community of/ }).click();
    await expect.poll(() => linkValue(page.url(), 'xg')).toBeNull();
    await expect.poll(async () => (await drawn(page))?.groups.some((g) => g.startsWith(`${community}:`))).toBe(true);
  });

  await test.step('"Top by PageRank" draws top entities instead of communities, and the choice is in the link', async () => {
    await page.getByRole('button', { name: 'Top by PageRank' }).click();
    await expect.poll(() => linkValue(page.url(), 'o')).toBe('top');
    // PageRank is computed on first use (in the worker): the previous drawing stays until the top entities are ready.
    await expect(page.locator('[data-testid="overview-status"][data-ready="true"]')).toBeVisible({ timeout: 120_000 });
    await expect.poll(async () => (await drawn(page))?.groups.length, { timeout: 60_000 }).toBe(0);
    const top = await drawn(page);
    expect(top?.entities.length).toBeGreaterThan(50);
    expect(top?.elements).toBeLessThanOrEqual(BUDGET);
    await page.getByRole('button', { name: 'Communities' }).click();
    await expect.poll(() => linkValue(page.url(), 'o')).toBeNull();
    await expect.poll(async () => (await drawn(page))?.groups.length ?? 0).toBeGreaterThan(10);
  });
});

/** The entity the table lists last by default: ids in code-unit order, then a stable sort by English name (as sortRows does). */
function lastEntityByName(entities: BundleShape['entities']): { id: string; name: string } {
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const rows = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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

test('the table view scrolls through 20,000 entities to the last one, rendering only a few rows at a time', async ({ page }) => {
  const { path, data } = bundle();
  const last = lastEntityByName(data.entities);
  if (storedId) {
    // Already in this context's IndexedDB (imported by the test above): its link reopens it, as a reload would.
    await page.goto(`./#d=${storedId}&v=1&l=en&tv=1`);
  } else {
    await openApp(page, 'v=1&l=en&tv=1');
    await page.getByTestId('open-files').setInputFiles(path);
    // The opened dataset's id enters the link once it is shown (a clean import may close its report by itself).
    await expect.poll(() => page.url(), { timeout: 200_000 }).toMatch(/#d=[0-9a-f]{16}/);
    storedId = linkValue(page.url(), 'd');
    const close = page.locator('[data-dialog="import"]').getByRole('button', { name: 'Close' });
    if (await close.isVisible()) await close.click();
    if ((await page.locator('table[data-table="entities"]').count()) === 0) await page.getByRole('button', { name: 'Table', exact: true }).click();
  }
  const table = page.locator('table[data-table="entities"]');
  await expect(table).toHaveAttribute('aria-rowcount', String(NODES + 1), { timeout: 200_000 });
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
  expect(await axeViolations(page, { include: '[data-panel="table"]', nodes: 3 })).toEqual([]);

  // Keyboard: Home on a row's button goes back to the first row, which the table renders again.
  await lastRow.locator('th button').focus();
  await page.keyboard.press('Home');
  const first = entityRows(page).first();
  await expect(first).toHaveAttribute('aria-rowindex', '2');
  await expect(first.locator('th button')).toBeFocused();
  await expect(first).toBeInViewport();
  expect(await entityRows(page).count()).toBeLessThan(100);
});
