// Export end to end: the menu's downloads (PNG, SVG, GEXF, GraphML, PDF) and the headless CLI rendering the same PNG.
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { NodeSingular } from 'cytoscape';
import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { evalPlain } from './evalPlain';

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

async function openApp(page: Page, link = ''): Promise<void> {
  await page.goto(`./${link}`);
  await page.waitForFunction(() => performance.getEntriesByName('graph:drawn').length > 0 && typeof window.__evidenceGraphExport === 'function');
  await evalPlain(page, () => document.fonts.ready.then(() => undefined));
}

async function exportFromMenu(page: Page, item: string, radios: string[] = []): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  for (const radio of radios) await page.getByRole('menuitemradio', { name: radio }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

/** Relations shown: visible relation edges, plus the relations a visible bundle edge stands for (unless filtered out). */
async function visibleRelations(page: Page): Promise<number> {
  return evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy missing (not a test build?)');
    const ids = new Set<string>();
    for (const e of cy.edges().filter((x) => x.visible())) {
      if (!e.hasClass('bundle')) ids.add(e.id());
      else for (const m of (e.data('members') as string[] | undefined) ?? []) if (!cy.getElementById(m).hasClass('hidden')) ids.add(m);
    }
    return ids.size;
  });
}

async function visibleCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  return evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy missing (not a test build?)');
    return { nodes: cy.nodes().filter((n) => n.visible()).length, edges: cy.edges().filter((e) => e.visible()).length };
  });
}

test('the Export menu opens from the keyboard, moves with arrows and closes with Escape, returning focus', async ({ page }) => {
  await openApp(page);
  const button = page.getByRole('button', { name: 'Export' });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu).toBeVisible();
  const first = menu.getByRole('menuitemradio').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitemradio').nth(1)).toBeFocused();
  await page.keyboard.press('End');
  // End reaches the last item of the menu, whichever it is.
  await expect(menu.getByRole('menuitem').last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
});

test('the in-app PNG and the CLI PNG of the same link match within a small pixel tolerance', async ({ page }) => {
  // Khosla's neighbourhood, in Chinese, with the details panel open (a narrower graph).
  const link = '#v=1&l=zh&s=e:vinod-khosla&f=1';
  await openApp(page, link);
  await page.getByRole('button', { name: '匯出' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'PNG 圖片' }).click()]);
  const bytes = readFileSync(await download.path());
  expect(download.suggestedFilename()).toMatch(/^evidence-graph_[a-z0-9-]+_vinod-khosla_\d{4}-\d{2}-\d{2}\.png$/);
  await expect(page.getByRole('status').filter({ hasText: '已匯出' })).toHaveCount(1);
  const dir = mkdtempSync(join(tmpdir(), 'eg-export-'));
  const out = join(dir, 'cli.png');
  const cli = spawnSync('node_modules/.bin/tsx', ['scripts/export-cli.ts', '--link', link, '--format', 'png', '--width', '1280', '--height', '800', '--out', out], {
    encoding: 'utf8',
    timeout: 90_000,
  });
  expect(cli.status, cli.stderr).toBe(0);
  expect(cli.stdout).toContain(`wrote ${out}`);
  const app = PNG.sync.read(bytes);
  const headless = PNG.sync.read(readFileSync(out));
  expect([headless.width, headless.height]).toEqual([app.width, app.height]);
  const differing = pixelmatch(app.data, headless.data, undefined, app.width, app.height, { threshold: 0.2 });
  expect(differing / (app.width * app.height)).toBeLessThan(0.01);
});

test('a 4× PNG of the whole graph is framed for publishing by default (taller: title, legend, credit) and bare when they are switched off', async ({ page }) => {
  await openApp(page);
  const expected = await evalPlain(page, () => {
    const bb = window.cy?.elements().filter((e) => e.visible()).boundingBox();
    return bb ? { w: bb.w * 4, h: bb.h * 4 } : null;
  });
  expect(expected).not.toBeNull();
  const framed = await exportFromMenu(page, 'PNG image', ['Whole graph', '4× size']);
  expect(framed.download.suggestedFilename()).toMatch(/_full_.*\.png$/);
  const png = PNG.sync.read(framed.bytes);
  // Cytoscape rounds its bounding box to whole model pixels before scaling: allow 1.5 model px.
  expect(Math.abs(png.width - (expected?.w ?? 0))).toBeLessThanOrEqual(6);
  // Title band (about 38 px), legend (two rows at least) and credit line, all at 4×.
  expect(png.height - (expected?.h ?? 0)).toBeGreaterThan(4 * 100);
  let opaque = 0;
  for (let i = 3; i < png.data.length; i += 4 * 97) if ((png.data[i] ?? 0) > 0) opaque += 1;
  expect(opaque).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Export' }).click();
  for (const part of ['Title', 'Legend', 'Credit line (source and date)']) {
    const item = page.getByRole('menuitemcheckbox', { name: part, exact: true });
    await expect(item).toHaveAttribute('aria-checked', 'true');
    await item.click();
    await expect(item).toHaveAttribute('aria-checked', 'false');
  }
  await page.keyboard.press('Escape');
  const bare = PNG.sync.read((await exportFromMenu(page, 'PNG image')).bytes);
  expect(Math.abs(bare.width - (expected?.w ?? 0))).toBeLessThanOrEqual(6);
  expect(Math.abs(bare.height - (expected?.h ?? 0))).toBeLessThanOrEqual(6);
});

test('the SVG of the whole graph carries the edited title, a legend of what is shown and the credit line, as text', async ({ page }) => {
  await openApp(page, '#v=1&hf=claim');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitemradio', { name: 'Whole graph' }).click();
  const title = page.getByRole('textbox', { name: 'Title text' });
  await title.fill('Who backs whom <b>in</b> the dispute');
  await page.keyboard.press('Escape');
  const { bytes } = await exportFromMenu(page, 'SVG vector image');
  const doc = new DOMParser().parseFromString(bytes.toString('utf8'), 'image/svg+xml');
  const group = (cls: string) => Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('class') === cls);
  const texts = (cls: string) => Array.from(group(cls)?.getElementsByTagName('text') ?? []).map((t) => t.textContent ?? '');
  expect(texts('title').join(' ')).toBe('Who backs whom <b>in</b> the dispute');
  expect(texts('credit').join(' ')).toMatch(/^Source: .+, \d{4}-\d{2}(-\d{2})? · Evidence Graph$/);
  const legend = texts('legend');
  expect(legend).toContain('person');
  expect(legend).toContain('Fact (solid line)');
  expect(legend).toContain('Claim (dashed line)');
  // One legend shape per entity kind actually shown (the band behind the legend is the one extra rect).
  const kinds = await evalPlain(page, () => [...new Set((window.cy?.nodes().filter((n) => n.visible()) ?? []).map((n) => String(n.data('kind'))))]);
  const legendGroup = group('legend');
  const shapes = Array.from(legendGroup?.getElementsByTagName('*') ?? []).filter((e) => e.parentNode === legendGroup && ['ellipse', 'rect', 'polygon'].includes(e.localName ?? '')).length;
  expect(shapes - 1).toBe(kinds.length);
});

test('the SVG download re-parses with no script, foreignObject, event attribute or external href, and labels as text', async ({ page }) => {
  await openApp(page);
  const { download, bytes } = await exportFromMenu(page, 'SVG vector image');
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const doc = new DOMParser().parseFromString(bytes.toString('utf8'), 'image/svg+xml');
  const elements = Array.from(doc.getElementsByTagName('*'));
  expect(elements.map((e) => e.localName)).not.toContain('script');
  expect(elements.map((e) => e.localName)).not.toContain('foreignObject');
  for (const e of elements) {
    for (const a of Array.from(e.attributes)) {
      expect(a.name.toLowerCase().startsWith('on'), `${e.localName}@${a.name}`).toBe(false);
      if (a.localName === 'href') expect(a.value.startsWith('#')).toBe(true);
    }
  }
  const labels = await evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) return [];
    const extent = cy.extent();
    return cy
      .nodes()
      .filter((n: NodeSingular) => n.visible())
      .filter((n: NodeSingular) => {
        const p = n.position();
        return p.x > extent.x1 && p.x < extent.x2 && p.y > extent.y1 && p.y < extent.y2;
      })
      .map((n) => String(n.data('label')));
  });
  expect(labels.length).toBeGreaterThan(0);
  const texts = new Set(Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent));
  for (const label of labels) expect(texts.has(label), label).toBe(true);
  const edgeGroups = elements.filter((e) => e.localName === 'g' && e.getAttribute('class') === 'edge');
  expect(edgeGroups.length).toBe((await visibleCounts(page)).edges);
  expect(edgeGroups.every((g) => g.getElementsByTagName('desc')[0]?.textContent?.includes('“'))).toBe(true);
});

test('GEXF and GraphML downloads re-parse with Graphology into the visible nodes and edges with their labels', async ({ page }) => {
  await openApp(page, '#v=1&hf=claim');
  const counts = await visibleCounts(page);
  const relations = await visibleRelations(page);
  const labels = await evalPlain(page, () => Object.fromEntries((window.cy?.nodes().filter((n) => n.visible()) ?? []).map((n) => [n.id(), String(n.data('label'))])));
  const gexf = parseGexf(MultiGraph, (await exportFromMenu(page, 'GEXF (Gephi)')).bytes.toString('utf8'));
  const graphml = parseGraphml(MultiGraph, (await exportFromMenu(page, 'GraphML (Cytoscape, yEd)')).bytes.toString('utf8'));
  expect(gexf.type).toBe('directed');
  expect(graphml.type).toBe('directed');
  for (const graph of [gexf, graphml]) {
    expect(graph.order).toBe(counts.nodes);
    expect(graph.size).toBe(relations);
    graph.forEachNode((id, attrs) => expect(attrs.label).toBe(labels[id]));
    graph.forEachEdge((_id, attrs) => expect(attrs.status).toBe('fact'));
  }
});

test('the PDF download is a multi-page PDF: the figure, then the numbered quotes', async ({ page }) => {
  await openApp(page);
  const { download, bytes } = await exportFromMenu(page, 'PDF with citations');
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(2);
});

test('the Dataset bundle download holds the whole dataset with its texts (filters and selection aside)', async ({ page }) => {
  const { compiledDataset } = await import('../app/src/model/schema');
  const { toBundle } = await import('../app/src/model/bundle/toBundle');
  const builtIn = compiledDataset.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../app/src/generated/dataset.json'), 'utf8')));
  // A filtered view with a selection: the bundle still holds everything.
  await openApp(page, '#v=1&s=e:vinod-khosla&f=1');
  const { download, bytes } = await exportFromMenu(page, 'Dataset bundle (whole dataset, with source texts)');
  expect(download.suggestedFilename()).toMatch(/^evidence-graph_[a-z0-9-]+_all_\d{4}-\d{2}-\d{2}\.bundle\.json$/);
  // The same bundle `npm run data -- --bundle` writes (its opening back identical is a unit test of the bundle reader).
  expect(JSON.parse(bytes.toString('utf8'))).toEqual(JSON.parse(JSON.stringify(toBundle(builtIn))));
});

test('the CLI renders imported data (--data a CSV and its source text) through a same-origin src= link', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eg-export-data-'));
  writeFileSync(join(dir, 'ties.csv'), 'From,To,Type,Quote,Source\nAda Lovelace,Analytical Engine Co,funds,Ada Lovelace funds Analytical Engine Co,letter.txt\n');
  writeFileSync(join(dir, 'letter.txt'), 'It is said that Ada Lovelace funds Analytical Engine Co in secret.');
  const out = join(dir, 'graph.json');
  const cli = spawnSync('node_modules/.bin/tsx', ['scripts/export-cli.ts', '--data', join(dir, 'ties.csv'), join(dir, 'letter.txt'), '--format', 'json', '--all', '--out', out], {
    encoding: 'utf8',
    timeout: 90_000,
  });
  expect(cli.status, cli.stderr).toBe(0);
  const graph = JSON.parse(readFileSync(out, 'utf8')) as { nodes: { attributes: { label: string } }[]; edges: { attributes: { evidence: { exact: string; start?: number }[] } }[] };
  expect(graph.nodes.map((n) => n.attributes.label).sort()).toEqual(['Ada Lovelace', 'Analytical Engine Co']);
  expect(graph.edges[0]?.attributes.evidence[0]).toMatchObject({ exact: 'Ada Lovelace funds Analytical Engine Co', start: 16 });
});
