// Parallel relations bundled: one edge per pair with a count badge, its panel listing the relations, filters acting inside it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { evalPlain } from './evalPlain';
import { expect, test } from './fixtures';
import { openApp, selectedIds, tapElement } from './helpers';

const Data = z.object({
  graph: z.object({
    attributes: z.object({ vocabulary: z.object({ categories: z.array(z.object({ id: z.string(), label: z.object({ en: z.string() }) })) }) }),
    edges: z.array(z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: z.object({ category: z.string(), type: z.string() }) })),
  }),
});
const data = Data.parse(JSON.parse(readFileSync(fileURLToPath(new URL('../app/src/generated/dataset.json', import.meta.url)), 'utf8')));
const PAIR = 'elon-musk~openai';
const pairRelations = data.graph.edges.filter((e) => [e.source, e.target].sort().join('~') === PAIR);

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

/** How the bundle and its relations are drawn right now. */
function bundleState(page: Page) {
  return evalPlain(
    page,
    ([key, members]) => {
      const cy = window.cy;
      if (!cy) throw new Error('window.cy is missing');
      const b = cy.getElementById(key);
      const shown = (id: string) => cy.getElementById(id).style('display') !== 'none';
      return {
        exists: b.nonempty(),
        shown: b.nonempty() && shown(key),
        count: Number(b.data('count')),
        label: String(b.style('label')),
        width: Number.parseFloat(String(b.style('width'))),
        membersShown: members.filter(shown).length,
        bundlesBetweenPair: cy.edges('.bundle').filter((e) => [e.source().id(), e.target().id()].sort().join('~') === key).length,
      };
    },
    [PAIR, pairRelations.map((e) => e.key)] as [string, string[]],
  );
}

test('the first picture draws one bundle edge between Musk and OpenAI, counting all their relations, instead of the relations', async ({ page }) => {
  expect(pairRelations.length).toBeGreaterThan(2);
  await openApp(page);
  const s = await bundleState(page);
  expect(s).toMatchObject({ exists: true, shown: true, count: pairRelations.length, label: `×${pairRelations.length}`, membersShown: 0, bundlesBetweenPair: 1 });
  // Width follows the count: a 2-relation bundle is thinner.
  const thinner = await evalPlain(page, () => {
    const cy = window.cy;
    const two = cy?.edges('.bundle').filter((e) => Number(e.data('count')) === 2 && e.style('display') !== 'none');
    return two && two.nonempty() ? Number.parseFloat(String(two.first().style('width'))) : null;
  });
  if (thinner !== null) expect(thinner).toBeLessThan(s.width);
});

test('selecting the bundle opens it and lists its relations by type, each opening its own evidence; the link reopens it', async ({ page }) => {
  await openApp(page);
  await tapElement(page, PAIR);
  await expect(page).toHaveURL(/[#&]s=b:elon-musk~openai(&|$)/);
  expect(await selectedIds(page)).toEqual([PAIR]);
  const panel = page.locator('[data-panel="bundle"]');
  await expect(panel).toBeVisible();
  await expect(panel.locator('li[data-relation]')).toHaveCount(pairRelations.length);
  const listed = await panel.locator('li[data-relation]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-relation') ?? '').sort());
  expect(listed).toEqual(pairRelations.map((e) => e.key).sort());
  const types = new Set(pairRelations.map((e) => e.attributes.type));
  await expect(panel.locator('[data-relation-type]')).toHaveCount(types.size);
  await expect(panel.locator('li[data-relation] blockquote').first()).toBeVisible();
  // Selected: the bundle opens into its relations.
  expect(await bundleState(page)).toMatchObject({ shown: false, membersShown: pairRelations.length });

  const first = listed[0] as string;
  await panel.locator(`li[data-relation="${first}"] button`).first().click();
  await expect(page).toHaveURL(new RegExp(`[#&]s=r:${first}(&|$)`));
  await expect(page.locator('[data-panel="evidence"]')).toBeVisible();
  expect(await bundleState(page)).toMatchObject({ shown: false, membersShown: pairRelations.length });

  await openApp(page, 'v=1&s=b:openai~elon-musk');
  await expect(page.locator('[data-panel="bundle"] li[data-relation]')).toHaveCount(pairRelations.length);
  expect(await selectedIds(page)).toEqual([PAIR]);
});

test('filtering a category reduces the bundle count to the relations still shown, in the graph and its panel', async ({ page }) => {
  const byCategory = new Map<string, number>();
  for (const e of pairRelations) byCategory.set(e.attributes.category, (byCategory.get(e.attributes.category) ?? 0) + 1);
  // A category whose removal leaves at least two relations, so the pair stays a bundle.
  const [category, removed] = [...byCategory].filter(([, n]) => pairRelations.length - n >= 2).sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!category || !removed) throw new Error('no category of the Musk–OpenAI relations leaves a bundle when hidden');
  const label = data.graph.attributes.vocabulary.categories.find((c) => c.id === category)?.label.en ?? category;
  const left = pairRelations.length - removed;

  await openApp(page);
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('checkbox', { name: new RegExp(`^${label}\\b`) }).uncheck();
  await expect.poll(async () => (await bundleState(page)).count).toBe(left);
  expect(await bundleState(page)).toMatchObject({ shown: true, label: `×${left}`, membersShown: 0 });

  await tapElement(page, PAIR);
  await expect(page.locator('[data-panel="bundle"] li[data-relation]')).toHaveCount(left);
  expect(await bundleState(page)).toMatchObject({ shown: false, membersShown: left });
});

test('hovering a bundle opens it into its relations', async ({ page }) => {
  await openApp(page);
  await evalPlain(page, (key) => {
    window.cy?.getElementById(key).emit('mouseover');
  }, PAIR);
  expect(await bundleState(page)).toMatchObject({ shown: false, membersShown: pairRelations.length });
});
