// Accessibility: axe (WCAG 2.2 A/AA) finds nothing in every main state; keyboard, focus, reduced motion and the graph's text twin work.
import type { Page } from '@playwright/test';
import { axeViolations as violations } from './axe';
import { expect, openApp, test } from './fixtures';
import { evalPlain } from './evalPlain';
import { openMore } from './helpers';

const STATES: [string, string, { width: number; height: number }?][] = [
  ['the opening view', ''],
  ['an entity selected', 'v=1&s=e:elon-musk'],
  ['a relation selected', 'v=1&s=r:a-musk-sued-openai'],
  ['the reader open at a selected relation', 'v=1&s=r:a-musk-sued-openai&rd=1'],
  ['the table view', 'v=1&tv=1&s=e:openai'],
  ['the filters panel open', 'v=1&hk=group'],
  ['phone width with an entity selected', 'v=1&s=e:elon-musk', { width: 390, height: 844 }],
  ['an error notice for a bad link', 'v=1&s=e:nobody&zz=%zz&c=x'],
];

for (const [name, link, size] of STATES) {
  test(`axe finds no WCAG 2.2 A/AA violation with ${name}`, async ({ page }) => {
    if (size) await page.setViewportSize(size);
    await openApp(page, link);
    if (name.includes('filters')) await page.getByRole('button', { name: 'Filters', exact: true }).click();
    if (name.includes('error notice')) await expect(page.getByRole('status').filter({ has: page.getByRole('button') })).toBeVisible();
    // The table view loads after the graph: check it once its rows are there (both tables, every row: 61 + 185 here).
    if (name.includes('table')) await expect(page.locator('table[data-table="relations"] tbody tr').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('the graph has a role, an accessible name and a text summary of counts and filters', async ({ page }) => {
  await openApp(page, 'v=1&hk=group');
  const graph = page.getByRole('application', { name: 'Relationship graph' });
  await expect(graph).toBeVisible();
  const summaryId = await graph.getAttribute('aria-describedby');
  const summary = (await page.locator(`[id="${summaryId ?? ''}"]`).textContent()) ?? '';
  const counts = await evalPlain(page, () => ({ shown: window.cy?.nodes(':visible').length ?? -1, total: window.cy?.nodes().length ?? -1 }));
  expect(summary).toMatch(/\d+ of \d+ entities and \d+ of \d+ relations shown\./);
  expect(summary).toContain(`of ${counts.total} entities`);
  expect(summary).toContain('Filters hide some items.');
});

test('keyboard: Tab reaches the graph, arrows walk along relations, Enter opens the panel, Escape returns to the graph', async ({ page }) => {
  await openApp(page);
  let onGraph = false;
  for (let i = 0; i < 40 && !onGraph; i++) {
    await page.keyboard.press('Tab');
    onGraph = await evalPlain(page, () => document.activeElement?.getAttribute('data-testid') === 'graph');
  }
  expect(onGraph, 'Tab reaches the graph').toBe(true);
  const ring = await evalPlain(page, () => {
    const s = getComputedStyle(document.activeElement as Element);
    return { outline: s.outlineStyle !== 'none' && s.outlineWidth !== '0px', shadow: s.boxShadow !== 'none' };
  });
  expect(ring.outline || ring.shadow, 'focus is visible on the graph').toBe(true);

  const selected = async (): Promise<string | null> => evalPlain(page, () => /[#&]s=e:([^&]+)/.exec(location.hash)?.[1] ?? null);
  await page.keyboard.press('ArrowRight');
  await expect.poll(selected).not.toBeNull();
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft']) {
    const from = await selected();
    await page.keyboard.press(key);
    const to = await selected();
    if (to !== from && from && to) {
      const adjacent = await evalPlain(page, ([a, b]) => window.cy?.$id(a).neighborhood(`node[id = "${b}"]`).length ?? 0, [from, to] as const);
      expect(adjacent, `${key} moved from ${from} to a neighbour (${to})`).toBe(1);
    }
  }
  const entity = await selected();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('side-panel')).toBeFocused();
  await expect(page.locator(`[data-panel="details"][data-entity="${entity ?? ''}"]`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('graph')).toBeFocused();
});

test('focus is visible on every toolbar control reached with Tab', async ({ page }) => {
  await openApp(page);
  const invisible: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const r = await evalPlain(page, () => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      return { name: `${el.localName}:${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 20) ?? ''}`, visible };
    });
    if (r && !r.visible) invisible.push(r.name);
  }
  expect(invisible).toEqual([]);
});

/**
 * The frames from the first one where `key` differs from `before` on. On a loaded machine the change can land a frame
 * or two after the action; what reduced motion promises is that it lands in one frame, with nothing in between.
 */
function afterFirstChange(frames: string[], before: string, key: (snap: string) => string): string[] {
  const first = frames.findIndex((f) => key(f) !== key(before));
  return first === -1 ? [] : frames.slice(first);
}

/** Runs `act` in the page, then records node positions and the camera on each frame until 30 frames after the first change. */
function framesAfter(page: Page, act: 'layout' | 'arrow'): Promise<{ before: string; frames: string[] }> {
  return evalPlain(page, 
    (what) =>
      new Promise((resolve) => {
        const cy = window.cy;
        const snap = (): string =>
          JSON.stringify({ pos: cy?.nodes().map((n) => [Math.round(n.position('x')), Math.round(n.position('y'))]), zoom: cy?.zoom().toFixed(4), pan: cy?.pan() });
        const before = snap();
        if (what === 'layout') {
          const layoutSelect = Array.from(document.querySelectorAll('select')).find((el) => Array.from(el.options).some((o) => o.value === 'circle'));
          if (layoutSelect) {
            layoutSelect.value = 'circle';
            layoutSelect.dispatchEvent(new Event('change', { bubbles: true }));
          }
        } else {
          document.querySelector('[data-testid="graph"]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        }
        // 30 frames from the first that differs from `before` (up to 600 frames if nothing changes).
        const frames: string[] = [];
        let changedAt = -1;
        const tick = (): void => {
          const now = snap();
          if (changedAt === -1 && now !== before) changedAt = frames.length;
          frames.push(now);
          if ((changedAt === -1 || frames.length - changedAt < 30) && frames.length < 600) requestAnimationFrame(tick);
          else resolve({ before, frames });
        };
        requestAnimationFrame(tick);
      }),
    act,
  );
}

test('with reduced motion, switching layout puts nodes at their final positions on the next frame', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  const { before, frames } = await framesAfter(page, 'layout');
  // Node positions only: the select's new label can re-wrap the toolbar, and the graph area's resize then pans the
  // camera once; an animated layout would move the nodes themselves through intermediate positions.
  const positionsOf = (snap: string): string => JSON.stringify((JSON.parse(snap) as { pos: unknown }).pos);
  const moved = afterFirstChange(frames, before, positionsOf);
  expect(moved.length, 'the layout changed the positions').toBeGreaterThan(0);
  expect(new Set(moved.map(positionsOf)).size, 'no node moves after the frame where they first moved').toBe(1);
});

test('with reduced motion, moving to a node with the keyboard jumps the camera without animating', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  const { before, frames } = await framesAfter(page, 'arrow');
  // Zoom only: opening the details panel resizes the graph, which may shift the pan once; an animation would pass
  // through intermediate zoom levels on the way to the node.
  const zoomOf = (snap: string): string => (JSON.parse(snap) as { zoom: string }).zoom;
  const zoomed = afterFirstChange(frames, before, zoomOf);
  expect(zoomed.length, 'the camera zoomed to the chosen node').toBeGreaterThan(0);
  expect(new Set(zoomed.map(zoomOf)).size, 'the zoom does not change after the frame where it first changed').toBe(1);
});

test('axe finds no WCAG 2.2 A/AA violation in the import report, the CSV mapping step and the Datasets menu', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('open-files').setInputFiles({ name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from('From,To,Type,Gewicht\nAda,Bo,knows,3\nBo,Cy,knows,1\n') });
  const step = page.locator('[data-dialog="import"][data-mode="mapping"]');
  await expect(step).toBeVisible({ timeout: 30_000 });
  expect(await violations(page)).toEqual([]);
  await step.getByRole('button', { name: 'Open with these columns' }).click();
  const report = page.locator('[data-dialog="import"][data-mode="report"]');
  await expect(report).toBeVisible({ timeout: 30_000 });
  expect(await violations(page)).toEqual([]);
  await report.getByRole('button', { name: 'Close' }).click();
  await openMore(page);
  await page.getByRole('button', { name: 'Datasets' }).click();
  await expect(page.locator('[data-panel="datasets"]')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
