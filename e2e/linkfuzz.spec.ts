// Deep-link fuzzing in the browser: 15 damaged or hostile links, chosen to cover the link's keys, each open a drawn graph, a notice when something was dropped, no error.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { graphFromDataset } from '../app/src/model/graph';
import { compiledDataset } from '../app/src/model/schema';
import { datasetIndexFromGraph } from '../app/src/state/datasetIndex';
import { defaultViewState } from '../app/src/state/defaultViewState';
import { serializeViewState } from '../app/src/state/serializeViewState';
import type { ViewState } from '../app/src/state/types';
import { viewStateFromLink } from '../app/src/state/viewStateFromLink';
import { expect, test, waitForGraph } from './fixtures';
import { evalPlain } from './evalPlain';

const dataset = compiledDataset.parse(JSON.parse(readFileSync(new URL('../app/src/generated/dataset.json', import.meta.url), 'utf8')));
const INDEX = datasetIndexFromGraph(graphFromDataset(dataset));

const RICH: ViewState = {
  ...defaultViewState(),
  lang: 'zh',
  selection: { kind: 'relation', id: 'a-musk-sued-openai', evidence: 0 },
  search: 'Grok 開源 <b>',
  filters: { ...defaultViewState().filters, hiddenKinds: ['group'], hiddenTypes: ['mocked'], hiddenCategories: ['other'] },
  layout: 'concentric',
  camera: { x: -120.5, y: 33.25, zoom: 1.75 },
  reader: { open: true, offset: 120 },
  time: { from: '2015-12', to: '2024-03', mode: 'fade', showUndated: false },
  path: { from: 'elon-musk', to: 'sam-altman', factsOnly: true },
  sizeBy: 'degree',
};
const RICH_LINK = serializeViewState(RICH);
const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '\u202Eevil', '<svg onload=alert(1)>'];

/**
 * 15 links (fragments without '#'), each a fresh page load: hand-picked hard cases that between them damage every kind of
 * value (cut mid-escape, bad UTF-8, unknown version, prototype keys, oversized values, markup in s, q, p and unknown keys),
 * then seeded mutations of the rich link. The unit fuzz (app/src/state/linkFuzz.test.ts) parses 10,000 more without a browser:
 * this spec proves the page survives what the parser lets through, so several hostile values share one link.
 */
function fuzzLinks(): string[] {
  const fixed = [
    ...[47, 90].map((n) => RICH_LINK.slice(0, Math.min(n, RICH_LINK.length - 1))),
    'v=1&s=e:%C0%AF&q=%E9%A6%AC%E6%96%AF%E5%8', 'v=1&q=%%%%',
    'v=2&s=e:elon-musk', 'v=x&l=zh',
    'v=1&__proto__=x&constructor=1&prototype=2', 'v=1&__proto__[polluted]=1&s=e:__proto__', '__proto__.polluted=1&v=1',
    `v=1&q=${'a'.repeat(10_000)}&ht=${'sued,'.repeat(2_000)}`, `v=1&s=e:${'x'.repeat(10_000)}`,
    `v=1&${HOSTILE.map((h, i) => `${['s', 'q', 'p', 'csp', 'url'][i] ?? 'q'}=${encodeURIComponent(h)}`).join('&')}`,
  ];
  const mutated = fc.sample(
    fc.tuple(fc.nat(RICH_LINK.length - 1), fc.nat(12), fc.constantFrom('', '%', '&', '=', ',', ':', '..', '%E9', '__proto__', '\u202E', 'x')),
    { seed: 20240318, numRuns: 15 - fixed.length },
  );
  return [...fixed, ...mutated.map(([at, cut, junk]) => RICH_LINK.slice(0, at) + junk + RICH_LINK.slice(at + (cut % 4)))];
}

const LINKS = fuzzLinks();

/** The link notice: the status region that has a (Dismiss) button, in either language. */
const noticeBar = (page: Page) => page.getByRole('status').filter({ has: page.getByRole('button') });

/** Opens `fragment` as a fresh page load and checks the graph, the notice and Object.prototype. */
async function openAndCheck(page: Page, fragment: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`./#${fragment}`);
  await waitForGraph(page);
  const seen = await evalPlain(page, () => window.location.hash);
  const expected = viewStateFromLink(seen, INDEX).notices;
  const notice = noticeBar(page);
  if (expected.length > 0) {
    await expect(notice, `a notice for #${fragment.slice(0, 80)}`).toBeVisible();
    await expect(notice.getByRole('button')).toBeVisible();
  } else {
    await expect(notice, `no notice for #${fragment.slice(0, 80)}`).toHaveCount(0);
  }
  const proto = await evalPlain(page, () => {
    const w = window as unknown as { __protoBefore: string };
    const probe = {} as Record<string, string | undefined>;
    return { same: Object.getOwnPropertyNames(Object.prototype).sort().join() === w.__protoBefore, probe: [probe.polluted, probe.x, probe['1']] };
  });
  expect(proto, `Object.prototype after #${fragment.slice(0, 80)}`).toEqual({ same: true, probe: [undefined, undefined, undefined] });
}

test.describe.configure({ mode: 'parallel' });
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __protoBefore: string }).__protoBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();
  });
});

test('the set has 15 distinct links, damaged, hostile and oversized among them, that damage every key of the rich link', () => {
  expect(LINKS).toHaveLength(15);
  expect(new Set(LINKS).size).toBe(15);
  expect(LINKS.filter((l) => viewStateFromLink(l, INDEX).notices.length > 0).length).toBeGreaterThan(10);
  const damaged = new Set(LINKS.flatMap((l) => viewStateFromLink(l, INDEX).notices.map((n) => n.key)));
  for (const key of ['v', 's', 'q', 'p', 'l', 't']) expect(damaged, `a link with a damaged ${key}=`).toContain(key);
});

for (let chunk = 0; chunk < 3; chunk++) {
  test(`links ${chunk * 5 + 1}–${chunk * 5 + 5} open a drawn graph with no page error, a notice exactly when something was dropped, Object.prototype clean`, async ({ page }) => {
    for (const link of LINKS.slice(chunk * 5, chunk * 5 + 5)) await openAndCheck(page, link);
  });
}

test('the notice for a damaged link can be dismissed, and the view stays', async ({ page }) => {
  await openAndCheck(page, 'v=1&s=e:elon-musk&zz=1');
  const notice = noticeBar(page);
  await expect(notice).toContainText('Some parts of the link were ignored');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator('[data-panel="details"][data-entity="elon-musk"]')).toBeVisible();
});
