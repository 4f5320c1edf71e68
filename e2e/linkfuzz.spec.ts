// Deep-link fuzzing in the browser: 30 seeded damaged or hostile links each open a drawn graph, a notice when something was dropped, no error.
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

/** 30 links (fragments without '#'): fixed hard cases, then seeded mutations of the rich link (the unit fuzz in app/src/state/linkFuzz.test.ts covers thousands more without a browser). */
function fuzzLinks(): string[] {
  const fixed = [
    ...[12, 47, 90].map((n) => RICH_LINK.slice(0, Math.min(n, RICH_LINK.length - 1))),
    'v=1&q=%E9%A6%AC%E6%96%AF%E5%8', 'v=1&s=e:%C0%AF', 'v=1&q=%%%%',
    'v=2&s=e:elon-musk', 'v=x&l=zh', 'v=1.5',
    'v=1&__proto__=x', 'v=1&__proto__[polluted]=1', 'v=1&constructor=1&prototype=2', '__proto__.polluted=1&v=1', 'v=1&s=e:__proto__',
    `v=1&q=${'a'.repeat(10_000)}`, `v=1&s=e:${'x'.repeat(10_000)}`, `v=1&ht=${'sued,'.repeat(2_000)}`,
    ...HOSTILE.map((h, i) => `v=1&${['s', 'q', 'p', 'csp', 'url'][i] ?? 'q'}=${encodeURIComponent(h)}`),
  ];
  const mutated = fc.sample(
    fc.tuple(fc.nat(RICH_LINK.length - 1), fc.nat(12), fc.constantFrom('', '%', '&', '=', ',', ':', '..', '%E9', '__proto__', '\u202E', 'x')),
    { seed: 20240318, numRuns: 30 - fixed.length },
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

test('the generated set has 30 distinct links, damaged, hostile and oversized among them', () => {
  expect(LINKS).toHaveLength(30);
  expect(new Set(LINKS).size).toBeGreaterThan(27);
  expect(LINKS.filter((l) => viewStateFromLink(l, INDEX).notices.length > 0).length).toBeGreaterThan(18);
});

for (let chunk = 0; chunk < 3; chunk++) {
  test(`links ${chunk * 10 + 1}–${chunk * 10 + 10} open a drawn graph with no page error, a notice exactly when something was dropped, Object.prototype clean`, async ({ page }) => {
    for (const link of LINKS.slice(chunk * 10, chunk * 10 + 10)) await openAndCheck(page, link);
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
