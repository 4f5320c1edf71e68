// Hostile text (script tags, event handlers, javascript: URLs, 100k labels, RTL overrides, emoji) renders as inert text everywhere.
import type { Page } from '@playwright/test';
import { expect, HOSTILE_BASE_URL, openApp, test } from './fixtures';
import { HOSTILE_ENTITIES, IMG_ONERROR, LONG_LABEL, RTL_OVERRIDE, SCRIPT_TAG, type HostileEntityId } from './hostile/strings';
import { evalPlain } from './evalPlain';
import { guardHostile } from './hostile/guard';

test.use({ baseURL: HOSTILE_BASE_URL });

const ENTITY_IDS = Object.keys(HOSTILE_ENTITIES) as HostileEntityId[];

/** Elements whose box is wider than the viewport or sticks out to the right (the layout must hold). */
async function overflowingElements(page: Page): Promise<string[]> {
  return evalPlain(page, () => {
    const w = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width > w + 1 || r.right > w + 1) out.push(`${el.localName}.${String(el.getAttribute('class')).slice(0, 40)} (${Math.round(r.width)}px)`);
    }
    if (document.documentElement.scrollWidth > w) out.push(`document scrollWidth ${document.documentElement.scrollWidth}`);
    return out;
  });
}

test('every hostile entity opens in the details panel with its name as exact text, no dialog, no injected node, no overflow', async ({ page }) => {
  const finish = await guardHostile(page);
  await openApp(page);
  for (const id of ENTITY_IDS) {
    await page.goto(`./#v=1&s=e:${id}`);
    const heading = page.locator(`[data-panel="details"][data-entity="${id}"] h2`);
    await expect(heading).toBeVisible();
    expect(await heading.evaluate((h) => h.textContent), `name of ${id}`).toBe(HOSTILE_ENTITIES[id]);
    expect(await overflowingElements(page), `layout with ${id} selected`).toEqual([]);
  }
  await finish();
});

test('a hostile relation shows its summary and quote as exact text, and the reader shows the source verbatim', async ({ page }) => {
  const finish = await guardHostile(page);
  await openApp(page, 'v=1&s=r:hostile-1-sued&rd=1');
  const panel = page.locator('[data-panel="evidence"][data-relation="hostile-1-sued"]');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(`Summary ${SCRIPT_TAG} ${IMG_ONERROR}`);
  await expect(panel).toContainText(`${SCRIPT_TAG} sued ${IMG_ONERROR} in court`);
  const reader = page.locator('[data-panel="reader"]');
  await expect(reader).toContainText(`Report ${SCRIPT_TAG} ${IMG_ONERROR}`);
  expect(await reader.evaluate((r, long) => r.textContent?.includes(long) ?? false, LONG_LABEL), 'the 100k-character line is in the reader, whole').toBe(true);
  expect(await overflowingElements(page)).toEqual([]);
  await finish();
});

test('the table view lists every hostile name as exact text inside <bdi>, without widening the page', async ({ page }) => {
  const finish = await guardHostile(page);
  await openApp(page, 'v=1&tv=1');
  // The table's code loads after the first draw: wait for every row before reading them.
  await expect(page.locator('[data-table="entities"] tbody th bdi')).toHaveCount(Object.keys(HOSTILE_ENTITIES).length);
  const names = await page.locator('[data-table="entities"] tbody th bdi').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect([...names].sort()).toEqual(Object.values(HOSTILE_ENTITIES).sort());
  expect(await overflowingElements(page)).toEqual([]);
  await finish();
});

test('search results show hostile names as literal text', async ({ page }) => {
  const finish = await guardHostile(page);
  await openApp(page);
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill('script');
  const option = page.getByRole('option').filter({ hasText: '<script>' }).first();
  await expect(option).toBeVisible();
  await expect(option).toContainText(SCRIPT_TAG);
  await box.fill('Wide');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await overflowingElements(page)).toEqual([]);
  await finish();
});

test('the page title stays plain text and no data reaches <head>', async ({ page }) => {
  const finish = await guardHostile(page);
  await openApp(page, 'v=1&s=e:script-person');
  await page.getByRole('combobox', { name: 'Search' }).fill('<img');
  const head = await evalPlain(page, () => ({ title: document.title, titles: document.querySelectorAll('title').length, text: document.head.textContent ?? '' }));
  expect(head.titles).toBe(1);
  expect(head.title).not.toContain('<');
  expect(head.text).not.toContain('alert(');
  await finish();
});

test('U+202E in a name is isolated in <bdi> everywhere it is shown, so it cannot reorder the UI around it', async ({ page }) => {
  await openApp(page, 'v=1&s=e:rtl-org&rd=1');
  await page.goto('./#v=1&s=e:rtl-org&rd=1&tv=1');
  await expect(page.locator('[data-table="entities"]')).toBeVisible();
  // Each text node holding U+202E must sit in an isolating element (<bdi>, dir=, unicode-bidi: isolate/plaintext) or be
  // alone in its block (a bidi override cannot cross a block boundary): either way no UI text can be reordered by it.
  const unisolated = await evalPlain(page, (marker) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!text.includes(marker)) continue;
      let el = n.parentElement;
      let safe = false;
      while (el) {
        const style = getComputedStyle(el);
        if (el.localName === 'bdi' || el.hasAttribute('dir') || /isolate|plaintext/.test(style.unicodeBidi)) {
          safe = true;
          break;
        }
        if (!style.display.startsWith('inline') && style.display !== 'contents') {
          safe = (el.textContent ?? '').trim() === text.trim();
          break;
        }
        el = el.parentElement;
      }
      if (!safe) out.push(`${n.parentElement?.localName ?? '?'} in ${el?.localName ?? '?'}.${String(el?.getAttribute('class')).slice(0, 30)}: ${(el?.textContent ?? '').slice(0, 60)}`);
    }
    return out;
  }, '\u202E');
  const shown = await evalPlain(page, (marker) => (document.body.textContent ?? '').split(marker).length - 1, '\u202E');
  expect(shown, 'the RTL name is on screen (panel, table)').toBeGreaterThan(1);
  expect(unisolated).toEqual([]);
  await expect(page.locator('[data-panel="details"] h2 bdi')).toHaveText(RTL_OVERRIDE);
});

test('the SVG export of the hostile graph has no script, foreignObject, event handler or external link, and keeps labels as text', async ({ page }) => {
  const finish = await guardHostile(page);
  await openApp(page);
  // The Export menu registers the hook when it mounts, which may come after the first draw.
  await expect.poll(() => evalPlain(page, () => typeof window.__evidenceGraphExport === 'function'), { message: 'the Export menu registers window.__evidenceGraphExport' }).toBe(true);
  const report = await evalPlain(page, async () => {
    const out = await window.__evidenceGraphExport?.('svg');
    const text = out?.files[0]?.data ?? '';
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = Array.from(doc.querySelectorAll('*'));
    return {
      parsed: doc.querySelector('parsererror') === null && doc.documentElement.localName === 'svg',
      bad: all.filter((el) => ['script', 'foreignObject', 'iframe', 'object', 'embed'].includes(el.localName)).map((el) => el.localName),
      handlers: all.flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`)),
      links: all.flatMap((el) => Array.from(el.attributes).filter((a) => /(^|:)href$/i.test(a.name) && !a.value.startsWith('#')).map((a) => a.value)),
      text: doc.documentElement.textContent ?? '',
    };
  });
  expect(report.parsed).toBe(true);
  expect(report.bad).toEqual([]);
  expect(report.handlers).toEqual([]);
  expect(report.links).toEqual([]);
  expect(report.text).toContain(SCRIPT_TAG);
  await finish();
});
