// Phone 390×844: the portrait build-time layout fills the tall graph area with readable, non-overlapping labels.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp, overlaps, type Rect } from './helpers';
import { evalPlain } from './evalPlain';

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });

/** What the opening view draws: node+label boxes, the graph's box, the container, the smallest label font (px). */
async function openingView(page: Page): Promise<{ boxes: Rect[]; bb: { w: number; h: number }; width: number; height: number; fontPx: number; orientation: unknown }> {
  return evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing');
    const shown = cy.nodes().filter((n) => n.visible());
    const boxes = shown.map((n) => {
      const b = n.renderedBoundingBox({ includeLabels: true });
      return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
    });
    const bb = cy.elements().filter((e) => e.visible()).renderedBoundingBox({ includeLabels: true });
    const fontPx = Math.min(...shown.map((n) => parseFloat(String(n.style('font-size'))))) * cy.zoom();
    return { boxes, bb: { w: bb.w, h: bb.h }, width: cy.width(), height: cy.height(), fontPx, orientation: cy.scratch('orientation') };
  });
}

for (const lang of ['en', 'zh'] as const) {
  test(`phone (${lang}): the opening view uses the portrait layout, fills the graph area, labels ≥ 6.5 px, none overlap, all inside`, async ({ page }) => {
    await openApp(page, lang === 'zh' ? 'l=zh' : '');
    await expect(page.locator('[data-orientation="portrait"]')).toHaveCount(1);
    const v = await openingView(page);
    console.log(`portrait ${lang}: container ${v.width}×${v.height}, graph ${v.bb.w.toFixed(0)}×${v.bb.h.toFixed(0)}, label font ${v.fontPx.toFixed(2)} px`);
    expect(v.orientation).toBe('portrait');
    expect(v.height).toBeGreaterThan(1.2 * v.width);
    expect(v.boxes.length).toBeGreaterThan(40);
    // Fitted to its tighter axis, the graph fills ≥ 80 % of the container both ways (the old wide layout filled ~1/3 of the height).
    expect(v.bb.w / v.width).toBeGreaterThanOrEqual(0.8);
    expect(v.bb.h / v.height).toBeGreaterThanOrEqual(0.8);
    expect(v.fontPx).toBeGreaterThanOrEqual(6.5);
    expect(overlaps(v.boxes)).toEqual([]);
    const outside = v.boxes.filter((b) => b.x1 < -1 || b.y1 < -1 || b.x2 > v.width + 1 || b.y2 > v.height + 1).map((b) => b.id);
    expect(outside, 'every node and its label is inside the graph area').toEqual([]);
  });
}

test('a wide window keeps the landscape layout (x, y)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await expect(page.locator('[data-orientation="landscape"]')).toHaveCount(1);
  expect(await evalPlain(page, () => window.cy?.scratch('orientation'))).toBe('landscape');
});
