// Graph legibility on 1280×800: no overlapping node labels at the default view, readable label size, few edge labels, refit on resize.
import type { Page } from '@playwright/test';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { expect, test } from './fixtures';
import { cyViewport, openApp, overlaps, tapElement, type Rect } from './helpers';
import { evalPlain } from './evalPlain';

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

/** Rendered boxes (node + label) of every displayed node, and the container size. */
async function renderedBoxes(page: Page): Promise<{ boxes: Rect[]; width: number; height: number }> {
  return evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing');
    const boxes = cy
      .nodes()
      .filter((n) => n.visible())
      .map((n) => {
        const b = n.renderedBoundingBox({ includeLabels: true });
        return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      });
    return { boxes, width: cy.width(), height: cy.height() };
  });
}

const outside = (r: { boxes: Rect[]; width: number; height: number }): string[] =>
  r.boxes.filter((b) => b.x1 < -0.5 || b.y1 < -0.5 || b.x2 > r.width + 0.5 || b.y2 > r.height + 0.5).map((b) => b.id);

/** Ids of relation edges whose label is drawn (a non-empty label style); a bundle's count badge is not a relation label. */
async function labelledEdges(page: Page): Promise<string[]> {
  return evalPlain(page, () => (window.cy?.edges('edge[^bundle]') ?? []).filter((e: EdgeSingular) => String(e.style('label')) !== '').map((e: EdgeSingular) => e.id()));
}

/** Waits until the URL fragment stops changing (camera updates are debounced). */
async function settledHash(page: Page): Promise<string> {
  let last: string | null = null;
  await expect
    .poll(async () => {
      const now = await evalPlain(page, () => window.location.hash);
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [400] })
    .toBe(true);
  return last ?? '';
}

for (const lang of ['en', 'zh'] as const) {
  test(`at the default view (${lang}) no two node+label boxes overlap, all are inside the graph, and labels render at ≥ 10 px`, async ({ page }) => {
    await openApp(page, lang === 'zh' ? 'l=zh' : '');
    const r = await renderedBoxes(page);
    expect(r.boxes.length).toBeGreaterThan(40);
    expect(overlaps(r.boxes)).toEqual([]);
    expect(outside(r)).toEqual([]);
    const px = await evalPlain(page, () => {
      const cy = window.cy;
      if (!cy) throw new Error('window.cy is missing');
      return Math.min(...cy.nodes().map((n) => parseFloat(String(n.style('font-size'))))) * cy.zoom();
    });
    expect(px).toBeGreaterThanOrEqual(10);
  });
}

test('long labels wrap onto lines instead of being cut with an ellipsis', async ({ page }) => {
  await openApp(page);
  const style = await evalPlain(page, () => {
    const n = window.cy?.nodes()[0];
    return { wrap: String(n?.style('text-wrap')), label: String(n?.style('label')), data: String(n?.data('label')) };
  });
  expect(style.wrap).toBe('wrap');
  expect(style.label).toBe(style.data);
});

test('selecting a hub shows no pile of edge labels: only the selected relation and the hovered edge are labelled; hovering a node dims the rest', async ({ page }) => {
  await openApp(page);
  await tapElement(page, 'elon-musk');
  await expect(page.locator('[data-panel="details"][data-entity="elon-musk"]')).toBeVisible();
  const degree = await evalPlain(page, () => window.cy?.getElementById('elon-musk').connectedEdges().length ?? 0);
  expect(degree).toBeGreaterThan(10);
  expect(await labelledEdges(page)).toEqual([]);
  const edge = await evalPlain(page, () => window.cy?.getElementById('elon-musk').connectedEdges()[0]?.id() ?? '');
  await evalPlain(page, (id) => {
    window.cy?.getElementById(id).emit('mouseover');
  }, edge);
  expect(await labelledEdges(page)).toEqual([edge]);
  await evalPlain(page, (id) => {
    window.cy?.getElementById(id).emit('mouseout');
  }, edge);
  await tapElement(page, edge);
  await expect.poll(() => labelledEdges(page)).toEqual([edge]);
  // A small graph dims everything outside a hovered node's neighbourhood, and undims it all when the pointer leaves.
  const hover = await evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing');
    const node = cy.getElementById('sam-altman');
    node.emit('mouseover');
    const dimmed = cy.elements('.dim').map((el) => el.id()).sort();
    const outside = cy.elements().not(node.closedNeighborhood()).map((el) => el.id()).sort();
    node.emit('mouseout');
    return { dimmed, outside, after: cy.elements('.dim, .hl').length };
  });
  expect(hover.dimmed.length).toBeGreaterThan(0);
  expect(hover.dimmed).toEqual(hover.outside);
  expect(hover.after).toBe(0);
});

test('zoomed far out, the selected node and its neighbours keep their labels while the others hide theirs', async ({ page }) => {
  await openApp(page);
  await tapElement(page, 'sam-altman');
  await expect(page.locator('[data-panel="details"][data-entity="sam-altman"]')).toBeVisible();
  const drawn = await evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing');
    cy.zoom(0.3);
    // Cytoscape skips a label when font-size × zoom is below min-zoomed-font-size.
    const shows = (n: NodeSingular): boolean => parseFloat(String(n.style('font-size'))) * cy.zoom() >= parseFloat(String(n.style('min-zoomed-font-size')));
    const sel = cy.getElementById('sam-altman');
    const hood = sel.closedNeighborhood().nodes();
    return { hood: hood.map(shows), others: cy.nodes().not(hood).map(shows), size: hood.length };
  });
  expect(drawn.size).toBeGreaterThan(2);
  expect(drawn.hood.every(Boolean)).toBe(true);
  expect(drawn.others.some(Boolean)).toBe(false);
});

test('opening and closing a side panel refits the default view (no node cut off) without writing a camera into the link', async ({ page }) => {
  await openApp(page);
  const before = await cyViewport(page);
  await page.getByRole('button', { name: 'Article' }).click();
  await expect(page.locator('[data-panel="reader"]')).toBeVisible();
  await expect.poll(async () => (await cyViewport(page)).width).toBeLessThan(before.width);
  await expect.poll(async () => outside(await renderedBoxes(page))).toEqual([]);
  expect((await cyViewport(page)).zoom).toBeLessThan(before.zoom);
  expect(await settledHash(page)).not.toContain('c=');
  await page.getByRole('button', { name: 'Article' }).click();
  await expect.poll(async () => (await cyViewport(page)).width).toBe(before.width);
  await expect.poll(async () => Math.abs((await cyViewport(page)).zoom - before.zoom)).toBeLessThan(0.001);
  expect(await settledHash(page)).not.toContain('c=');
});

test('with a camera of the user’s, opening a panel keeps the same model point at the centre', async ({ page }) => {
  await openApp(page);
  const box = await page.getByRole('application', { name: 'Relationship graph' }).boundingBox();
  if (!box) throw new Error('graph region has no box');
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
  await page.mouse.wheel(0, -300);
  expect(await settledHash(page)).toContain('c=');
  const centre = () =>
    evalPlain(page, () => {
      const cy = window.cy;
      if (!cy) throw new Error('window.cy is missing');
      return { x: (cy.width() / 2 - cy.pan().x) / cy.zoom(), y: (cy.height() / 2 - cy.pan().y) / cy.zoom(), zoom: cy.zoom(), w: cy.width() };
    });
  const before = await centre();
  await page.getByRole('button', { name: 'Article' }).click();
  await expect.poll(async () => (await centre()).w).toBeLessThan(before.w);
  const after = await centre();
  expect(Math.abs(after.x - before.x)).toBeLessThan(1);
  expect(Math.abs(after.y - before.y)).toBeLessThan(1);
  expect(after.zoom).toBeCloseTo(before.zoom, 3);
});
