// One-file export end to end: Export → Interactive HTML downloads a file that opens from file:// in a fresh browser with zero requests, draws, and shows evidence.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Download, Page } from '@playwright/test';
import { evalPlain } from './evalPlain';
import { expect, test } from './fixtures';
import { loadDataset, openApp, openMore, selectedIds } from './helpers';

const data = loadDataset();
const EDGE = (() => {
  const e = data.graph.edges.find((x) => x.key === 'a-musk-open-sourced-grok-1');
  if (!e) throw new Error('dataset.json lacks relation a-musk-open-sourced-grok-1');
  return e;
})();
const MAX_BYTES = 3 * 1024 * 1024;
const VIEWPORT = { width: 1280, height: 800 };

test.use({ reducedMotion: 'reduce', viewport: VIEWPORT });

async function exportHtml(page: Page, content: 'Everything' | 'Visible only (filters apply)'): Promise<{ download: Download; path: string; text: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitemradio', { name: content }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Interactive HTML (one file)' }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'eg-onefile-')), download.suggestedFilename());
  await download.saveAs(path);
  return { download, path, text: readFileSync(path, 'utf8') };
}

/** The JSON of a data block of the page. */
function dataBlock(html: string, id: string): unknown {
  const m = new RegExp(`<script type="application/json" id="${id}">([\\s\\S]*?)</script>`).exec(html);
  if (!m) throw new Error(`no data block ${id}`);
  return JSON.parse(m[1] ?? '');
}

interface Opened {
  page: Page;
  requests: string[];
  problems: string[];
  close: () => Promise<void>;
}

/** Opens `file` in a fresh context that records every request (and refuses any that is not the file) and every CSP violation, page error or console error. */
async function openFile(browser: Browser, file: string, fragment = ''): Promise<Opened> {
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.exposeFunction('__reportCsp', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  await page.goto(`${url}${fragment}`);
  await page.waitForFunction(() => performance.getEntriesByName('graph:drawn').length > 0 && (window.cy?.nodes().length ?? 0) > 0);
  return { page, requests, problems, close: () => context.close() };
}

test('Export → Interactive HTML: the file opens from file:// with zero requests, draws the whole graph at the exported view, opens evidence on an edge click, and has no import controls', async ({ page, browser }) => {
  await openApp(page, 'v=1&s=e:elon-musk');
  // The site has the controls the file must not have (behind More).
  await openMore(page);
  await expect(page.getByRole('button', { name: 'Open…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Datasets' })).toBeVisible();
  const { download, path, text } = await exportHtml(page, 'Everything');
  expect(download.suggestedFilename()).toBe('evidence-graph.html');
  expect(Buffer.byteLength(text), 'the built-in dataset fits the 3 MB budget').toBeLessThanOrEqual(MAX_BYTES);
  expect(dataBlock(text, 'evidence-graph-view')).toBe('v=1&s=e:elon-musk');
  // The CSP allows the one inline script and the inline style by the hashes of what is actually inlined.
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(text)?.[1] ?? '';
  const script = /<script type="module">([\s\S]*?)<\/script>/.exec(text)?.[1] ?? '';
  const style = /<style>([\s\S]*?)<\/style>/.exec(text)?.[1] ?? '';
  const hash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  expect(csp).toContain(`script-src ${hash(script)};`);
  expect(csp).toContain(`style-src ${hash(style)} `);
  expect(csp).toContain("connect-src 'none'");
  expect(csp).not.toContain('unsafe-inline');

  const opened = await openFile(browser, path);
  try {
    const p = opened.page;
    expect(await evalPlain(p, () => ({ nodes: window.cy?.nodes().length ?? 0, hash: window.location.hash }))).toEqual({ nodes: data.graph.nodes.length, hash: '#v=1&s=e:elon-musk' });
    await expect(p.getByRole('region', { name: 'Elon Musk' })).toBeVisible();
    // A real click on the edge's drawn midpoint opens its evidence, the quote marked inside its paragraph.
    const mid = await evalPlain(
      p,
      (id) => {
        const cy = window.cy;
        if (!cy) throw new Error('window.cy missing');
        const edge = cy.getElementById(id);
        const box = cy.container()?.getBoundingClientRect();
        const m = edge.renderedMidpoint();
        return { x: (box?.left ?? 0) + m.x, y: (box?.top ?? 0) + m.y, visible: edge.visible() };
      },
      EDGE.key,
    );
    expect(mid.visible, 'the relation is drawn on its own').toBe(true);
    await p.mouse.click(mid.x, mid.y);
    await expect.poll(() => selectedIds(p)).toEqual([EDGE.key]);
    const panel = p.getByRole('region', { name: EDGE.attributes.summaryEn });
    await expect(panel).toBeVisible();
    await expect(panel.locator('blockquote mark').first()).toHaveText(EDGE.attributes.evidence[0]?.exact ?? '');
    // Read-only: no Open…, no Datasets menu, no file input, and the Export menu does not offer another HTML file.
    await expect(p.getByRole('button', { name: 'Open…' })).toHaveCount(0);
    await expect(p.getByRole('button', { name: 'Datasets' })).toHaveCount(0);
    await expect(p.locator('input[type="file"]')).toHaveCount(0);
    await p.getByRole('button', { name: 'Export' }).click();
    await expect(p.getByRole('menuitem', { name: 'PNG image' })).toBeVisible();
    await expect(p.getByRole('menuitem', { name: 'Interactive HTML (one file)' })).toHaveCount(0);
    await p.keyboard.press('Escape');
    // Nothing stored: no IndexedDB database exists.
    expect(await evalPlain(p, () => indexedDB.databases().then((dbs) => dbs.map((d) => d.name ?? '')))).toEqual([]);
    expect(opened.requests, 'the only request is the file itself').toEqual([pathToFileURL(path).href]);
    expect(opened.problems).toEqual([]);
  } finally {
    await opened.close();
  }
});

test('the visible part only: a focus view exports just its entities and relations, deep links inside the file still work, and npm run export writes the same file', async ({ page, browser }) => {
  const link = 'v=1&s=e:vinod-khosla&f=1';
  await openApp(page, link);
  const shown = await evalPlain(page, () => ({
    nodes: (window.cy?.nodes().filter((n) => n.visible()).map((n) => n.id()) ?? []).sort(),
  }));
  const { path, text } = await exportHtml(page, 'Visible only (filters apply)');
  const bundle = dataBlock(text, 'evidence-graph-data') as { entities: { id: string }[]; relations: { id: string }[] };
  expect(bundle.entities.map((e) => e.id).sort()).toEqual(shown.nodes);
  expect(bundle.relations.length).toBeLessThan(data.graph.edges.length);

  const opened = await openFile(browser, path, '#v=1&s=e:elon-musk&l=zh');
  try {
    const p = opened.page;
    // The link's own fragment wins over the file's first view: Musk is selected, the interface is in Chinese.
    await expect.poll(() => selectedIds(p)).toEqual(['elon-musk']);
    await expect(p.getByRole('button', { name: '匯出' })).toBeVisible();
    expect(await evalPlain(p, () => window.cy?.nodes().length ?? 0)).toBe(shown.nodes.length);
    expect(opened.requests).toEqual([pathToFileURL(path).href]);
    expect(opened.problems).toEqual([]);
  } finally {
    await opened.close();
  }

  const out = join(mkdtempSync(join(tmpdir(), 'eg-onefile-cli-')), 'cli.html');
  const cli = spawnSync('node_modules/.bin/tsx', ['scripts/export-cli.ts', '--link', `#${link}`, '--format', 'html', '--visible', '--out', out], { encoding: 'utf8', timeout: 90_000 });
  expect(cli.status, cli.stderr).toBe(0);
  expect(readFileSync(out, 'utf8') === text, 'the command line writes byte for byte the file the menu downloads').toBe(true);
});

test('npm run export --format html --story writes a file that opens at the story’s first step, plays it, and offers no story editing', async ({ browser }) => {
  const out = join(mkdtempSync(join(tmpdir(), 'eg-onefile-story-')), 'story.html');
  const cli = spawnSync('node_modules/.bin/tsx', ['scripts/export-cli.ts', '--format', 'html', '--story', 'open-vs-closed', '--out', out], { encoding: 'utf8', timeout: 90_000 });
  expect(cli.status, cli.stderr).toBe(0);
  const text = readFileSync(out, 'utf8');
  expect(dataBlock(text, 'evidence-graph-view')).toBe('st=open-vs-closed.1');
  expect((dataBlock(text, 'evidence-graph-data') as { stories: { id: string }[] }).stories.map((s) => s.id)).toEqual(['open-vs-closed']);
  const opened = await openFile(browser, out);
  try {
    const p = opened.page;
    await expect.poll(() => evalPlain(p, () => window.location.hash)).toMatch(/^#st=open-vs-closed\.1&/);
    await expect(p.getByText(/^Step 1 of \d+$/)).toBeVisible();
    await p.getByRole('button', { name: /^Next/ }).click();
    await expect(p.getByText(/^Step 2 of \d+$/)).toBeVisible();
    await p.getByRole('button', { name: 'Stories' }).click();
    await expect(p.getByRole('button', { name: /^Start/ })).toBeVisible();
    await expect(p.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
    await expect(p.getByRole('button', { name: /New story/ })).toHaveCount(0);
    expect(opened.requests).toEqual([pathToFileURL(out).href]);
    expect(opened.problems).toEqual([]);
  } finally {
    await opened.close();
  }
});
