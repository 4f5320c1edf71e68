// Embedding (embed=1): a 600×400 and a phone-width frame show the graph without the toolbar, a click on an edge opens its quote; Share → Embed gives a snippet that works in a host page.
import type { Frame, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { evalPlain } from './evalPlain';
import { loadDataset, waitForInteractive } from './helpers';

const data = loadDataset();
const FRAME = { width: 600, height: 400 };
const PHONE_FRAME = { width: 360, height: 480 };
const MUSK_SUED = 'a-musk-sued-openai';

/** The relation drawn on its own (not inside a bundle) whose midpoint lies farthest from every node: a click there hits that edge. */
async function isolatedEdge(target: Page | Frame): Promise<{ id: string; x: number; y: number }> {
  return evalPlain(target, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing');
    const box = document.querySelector('[data-testid="graph"]')?.getBoundingClientRect();
    if (!box) throw new Error('no graph container');
    const nodes = cy.nodes(':visible').map((n) => n.renderedBoundingBox({ includeLabels: true }));
    let best = { id: '', x: 0, y: 0, clear: -1 };
    cy.edges(':visible')
      .not('.bundle')
      .forEach((e) => {
        const m = e.renderedMidpoint();
        if (m.x < 20 || m.y < 20 || m.x > cy.width() - 20 || m.y > cy.height() - 20) return;
        const clear = Math.min(...nodes.map((b) => Math.hypot(Math.max(b.x1 - m.x, 0, m.x - b.x2), Math.max(b.y1 - m.y, 0, m.y - b.y2))));
        if (clear > best.clear) best = { id: e.id(), x: box.left + m.x, y: box.top + m.y, clear };
      });
    if (!best.id) throw new Error('no single relation drawn inside the frame');
    return { id: best.id, x: best.x, y: best.y };
  });
}

const embedViolations = (page: Page): Promise<string[]> => axeViolations(page);

/** What only the full view has: none of it may be on an embedded page. */
async function expectNoFullViewControls(page: Page): Promise<void> {
  for (const name of ['Filters', 'Table', 'Analysis', 'Article', 'Share', 'Export', 'Datasets', 'Open…', 'More']) {
    await expect(page.getByRole('button', { name, exact: true }), name).toHaveCount(0);
  }
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveCount(0);
  await expect(page.locator('input[type="file"]')).toHaveCount(0);
  await expect(page.getByText('Timeline', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Some parts of the link were ignored' })).toHaveCount(0);
}

function quoteOf(id: string): string {
  const edge = data.graph.edges.find((e) => e.key === id);
  const quote = edge?.attributes.evidence[0]?.exact;
  if (!quote) throw new Error(`relation ${id} has no quote`);
  return quote;
}

test('a 600×400 embed draws the graph with no toolbar; a click on an edge opens its evidence beside the graph with the quote marked', async ({ page, baseURL }) => {
  await page.setViewportSize(FRAME);
  await page.goto('./#embed=1&v=1');
  await waitForInteractive(page);
  expect(await evalPlain(page, () => window.cy?.nodes(':visible').length ?? 0)).toBe(data.graph.nodes.length);
  await expectNoFullViewControls(page);
  const bar = page.getByRole('banner', { name: 'Embedded graph controls' });
  await expect(bar.getByRole('combobox', { name: 'Language' })).toBeVisible();
  const historyBefore = await evalPlain(page, () => window.history.length);

  const edge = await isolatedEdge(page);
  await page.mouse.click(edge.x, edge.y);
  const panel = page.getByTestId('side-panel');
  await expect(panel.locator(`[data-panel="evidence"][data-relation="${edge.id}"]`)).toBeVisible();
  const mark = panel.locator('mark').first();
  await mark.scrollIntoViewIfNeeded();
  await expect(mark).toBeVisible();
  await expect(mark).toHaveText(quoteOf(edge.id));
  // Docked beside the graph, inside the frame, not over it.
  const [graphBox, panelBox] = [await page.getByTestId('graph').boundingBox(), await panel.boundingBox()];
  expect(panelBox && graphBox && panelBox.x >= graphBox.x + graphBox.width - 1).toBe(true);
  expect((panelBox?.x ?? 0) + (panelBox?.width ?? 0)).toBeLessThanOrEqual(FRAME.width + 0.5);
  // The link keeps embed=1 and names the relation; the frame adds no history entry to the host page's Back.
  expect(page.url()).toContain(`#embed=1&v=1&s=r:${edge.id}`);
  expect(await evalPlain(page, () => window.history.length)).toBe(historyBefore);

  // "Open in full view": the same view without embed=1, in a new tab, with the full toolbar.
  const full = bar.getByRole('link', { name: /Open in full view/ });
  await expect(full).toHaveAttribute('target', '_blank');
  expect((await full.getAttribute('rel'))?.split(/\s+/)).toContain('noopener');
  expect(await full.getAttribute('href')).toBe(`${baseURL ?? ''}#v=1&s=r:${edge.id}`);
  const [tab] = await Promise.all([page.context().waitForEvent('page'), full.click()]);
  await waitForInteractive(tab);
  await expect(tab.getByRole('button', { name: 'Filters', exact: true })).toBeVisible();
  await expect(tab.getByTestId('side-panel').locator(`[data-panel="evidence"][data-relation="${edge.id}"]`)).toBeVisible();
  await tab.close();
});

test('a phone-width embed (360×480) opens the evidence as a closable bottom sheet inside the frame', async ({ page }) => {
  await page.setViewportSize(PHONE_FRAME);
  await page.goto('./#embed=1&v=1');
  await waitForInteractive(page);
  await expectNoFullViewControls(page);
  const bar = page.getByRole('banner', { name: 'Embedded graph controls' });
  for (const control of [bar.getByRole('combobox', { name: 'Language' }), bar.getByRole('link', { name: /Open in full view/ })]) {
    const box = await control.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE_FRAME.width + 0.5).toBe(true);
  }
  const edge = await isolatedEdge(page);
  await page.mouse.click(edge.x, edge.y);
  const panel = page.getByTestId('side-panel');
  await expect(panel.locator(`[data-panel="evidence"][data-relation="${edge.id}"]`)).toBeVisible();
  const box = await panel.boundingBox();
  expect(box && box.x >= 0 && box.width <= PHONE_FRAME.width + 0.5 && box.y > 0 && box.y + box.height <= PHONE_FRAME.height + 0.5).toBe(true);
  const mark = panel.locator('mark').first();
  await mark.scrollIntoViewIfNeeded();
  await expect(mark).toHaveText(quoteOf(edge.id));
  await panel.getByRole('button', { name: 'Close panel' }).click();
  await expect(panel).toHaveCount(0);
  expect(page.url()).toMatch(/#embed=1&v=1(&|$)/);
  expect(page.url()).not.toContain('s=');
});

test('the language switch of an embed changes the whole view and keeps embed=1 in the link', async ({ page }) => {
  await page.setViewportSize(FRAME);
  await page.goto(`./#embed=1&v=1&s=r:${MUSK_SUED}`);
  await waitForInteractive(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('link', { name: /以完整檢視開啟/ })).toBeVisible();
  expect(page.url()).toContain(`#embed=1&v=1&l=zh&s=r:${MUSK_SUED}`);
});

test('an embed shows the notice bar only when its link had something refused', async ({ page }) => {
  await page.setViewportSize(FRAME);
  await page.goto('./#embed=1&v=1&s=e:nobody');
  await waitForInteractive(page);
  await expect(page.getByRole('status').filter({ hasText: 'Some parts of the link were ignored' })).toBeVisible();
});

for (const [name, size, link] of [
  ['600×400, nothing selected', FRAME, 'embed=1&v=1'],
  ['600×400, a relation’s evidence open', FRAME, `embed=1&v=1&s=r:${MUSK_SUED}`],
  ['360×480, an entity’s details open, in Chinese', PHONE_FRAME, 'embed=1&v=1&l=zh&s=e:elon-musk'],
  ['360×480, a relation’s evidence open', PHONE_FRAME, `embed=1&v=1&s=r:${MUSK_SUED}`],
] as const) {
  test(`axe finds no WCAG 2.2 A/AA violation in an embed at ${name}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(`./#${link}`);
    await waitForInteractive(page);
    await expect(page.getByRole('banner', { name: /Embedded graph controls|嵌入圖譜的控制項/ })).toBeVisible();
    if (link.includes('s=')) await expect(page.getByTestId('side-panel')).toBeVisible();
    expect(await embedViolations(page)).toEqual([]);
  });
}

test.describe('Share → Embed', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('gives an iframe snippet of the current view with size presets, copied as text', async ({ page, baseURL }) => {
    await page.goto(`./#v=1&s=e:elon-musk&c=10,20,1.5`);
    await waitForInteractive(page);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await dialog.getByRole('tab', { name: 'Embed' }).click();
    await expect(dialog.getByRole('tab', { name: 'Embed' })).toHaveAttribute('aria-selected', 'true');
    const snippet = dialog.getByRole('textbox', { name: 'HTML to paste into your page' });
    const src = `${baseURL ?? ''}#embed=1&amp;v=1&amp;s=e:elon-musk`;
    await expect(snippet).toHaveValue(`<iframe src="${src}" title="Evidence Graph: Elon Musk" width="600" height="400" loading="lazy" style="border: 0" allow="clipboard-write"></iframe>`);
    await dialog.getByRole('radio', { name: '800 × 600' }).check();
    await expect(snippet).toHaveValue(/ width="800" height="600" /);
    await dialog.getByRole('radio', { name: /Responsive/ }).check();
    await expect(snippet).toHaveValue(/ width="100%" height="480" /);
    await dialog.getByRole('button', { name: 'Copy HTML' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Embed code copied to the clipboard.');
    expect(await evalPlain(page, () => navigator.clipboard.readText())).toBe(await snippet.inputValue());
    // Shown as text: the dialog holds no iframe of its own.
    await expect(dialog.locator('iframe')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });
});

test.describe('in a host page', () => {
  test.use({ viewport: { width: 800, height: 600 } });

  /** Serves a host article at this origin with `snippet` below a long paragraph (partly below the fold). */
  async function serveHost(page: Page, snippet: string): Promise<void> {
    await page.route('**/embed-host.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Host article</title></head><body><h1>Host article</h1><p style="height: 450px">Text of the article.</p>${snippet}<p>After the graph.</p></body></html>`,
      }),
    );
  }

  /** What the host's server would send to allow framing from `origin`: the app's CSP header with frame-ancestors set. */
  async function allowFramingBy(page: Page, ancestors: string): Promise<void> {
    await page.route(
      (url) => url.pathname === '/' || url.pathname === '/index.html',
      async (route) => {
        const response = await route.fetch();
        const csp = (response.headers()['content-security-policy'] ?? '').replace(/frame-ancestors [^;]*/, `frame-ancestors ${ancestors}`);
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
      },
    );
  }

  const snippet = (src: string): string => `<iframe src="${src}" title="Evidence Graph" width="600" height="400" loading="lazy" style="border: 0"></iframe>`;

  test('allowed by frame-ancestors, the embed loads without taking focus or scrolling the host, and a click on an edge opens its quote', async ({ page }) => {
    await serveHost(page, snippet('./#embed=1&amp;v=1'));
    await allowFramingBy(page, "'self'");
    await page.goto('./embed-host.html');
    const frameEl = page.locator('iframe');
    await expect(frameEl).toHaveCount(1);
    const frame = await (await frameEl.elementHandle())?.contentFrame();
    if (!frame) throw new Error('the iframe has no frame');
    await frame.waitForFunction(() => performance.getEntriesByName('graph:interactive').length > 0 && window.cy !== undefined);
    // Rude embeds focus themselves (which also scrolls the host to them): this one leaves both alone.
    expect(await evalPlain(page, () => ({ scrollY: window.scrollY, focus: document.activeElement?.tagName ?? '' }))).toEqual({ scrollY: 0, focus: 'BODY' });
    expect(await evalPlain(frame, () => document.hasFocus())).toBe(false);

    await frameEl.scrollIntoViewIfNeeded();
    const box = await frameEl.boundingBox();
    if (!box) throw new Error('the iframe has no box');
    const edge = await isolatedEdge(frame);
    await page.mouse.click(box.x + edge.x, box.y + edge.y);
    const panel = page.frameLocator('iframe').getByTestId('side-panel');
    await expect(panel.locator(`[data-panel="evidence"][data-relation="${edge.id}"]`)).toBeVisible();
    const mark = panel.locator('mark').first();
    await mark.scrollIntoViewIfNeeded();
    await expect(mark).toHaveText(quoteOf(edge.id));
    await expect(page.frameLocator('iframe').getByRole('button', { name: 'Filters', exact: true })).toHaveCount(0);
  });

  test.describe('with the default header', () => {
    test.use({ allowedConsoleErrors: [/frame-ancestors/] });

    test("frame-ancestors 'none' (this project's preview server) refuses to be framed", async ({ page }) => {
      await serveHost(page, snippet('./#embed=1&amp;v=1'));
      const refused = page.waitForEvent('console', (msg) => msg.type() === 'error' && /frame-ancestors 'none'/.test(msg.text()));
      await page.goto('./embed-host.html');
      await refused;
    });
  });
});
