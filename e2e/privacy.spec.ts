// Privacy: nothing leaves the origin (the fixture fails on any off-origin request), no cookies, no storage, no referrer.
import type { Page } from '@playwright/test';
import { expect, HOSTILE_BASE_URL, openApp, test } from './fixtures';
import { evalPlain } from './evalPlain';
import { openMore } from './helpers';

/** Storage keys the app documents; it currently stores nothing. */
const DOCUMENTED_STORAGE_KEYS: string[] = [];

/** Drives the app through everything that could make a request: search, selection, reader, table, layouts, links, export. */
async function useEverything(page: Page): Promise<string[]> {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await openApp(page, 'v=1&l=zh&s=r:a-musk-sued-openai&rd=1&hk=group&c=10,20,1.5');
  await openApp(page);
  // Search answers once the dataset's words and the search index have loaded (after the first draw).
  await page.waitForFunction(() => performance.getEntriesByName('graph:interactive').length > 0);
  await page.getByRole('combobox', { name: 'Search' }).fill('Altman');
  await page.getByRole('option').first().click();
  await page.getByRole('button', { name: 'Article', exact: true }).click();
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await openMore(page);
  await page.getByLabel('Layout').selectOption('circle');
  await page.goto('./#v=1&s=e:openai&y=concentric&q=%3Cimg%20src%3Dhttps%3A%2F%2Fexample.com%2Fx%3E&url=https%3A%2F%2Fexample.com');
  await expect(page.locator('[data-panel="details"][data-entity="openai"]')).toBeVisible();
  if (await evalPlain(page, () => typeof window.__evidenceGraphExport === 'function')) {
    for (const format of ['svg', 'png', 'json', 'csv']) await evalPlain(page, (f) => window.__evidenceGraphExport?.(f).then(() => undefined), format);
  }
  return urls;
}

test('search, selection, reader, table, layouts, deep links and exports request nothing outside the origin', async ({ page, baseURL }) => {
  const urls = await useEverything(page);
  const origin = new URL(baseURL ?? '').origin;
  expect(urls.length, 'the app was loaded (requests were seen)').toBeGreaterThan(0);
  expect(urls.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u))).toEqual([]);
});

test('the app sets no cookie and keeps nothing in localStorage or sessionStorage', async ({ page, context }) => {
  await useEverything(page);
  expect(await context.cookies()).toEqual([]);
  const storage = await evalPlain(page, () => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage), cookie: document.cookie }));
  expect(storage.local.filter((k) => !DOCUMENTED_STORAGE_KEYS.includes(k))).toEqual([]);
  expect(storage.session.filter((k) => !DOCUMENTED_STORAGE_KEYS.includes(k))).toEqual([]);
  expect(storage.cookie).toBe('');
});

test('Referrer-Policy is no-referrer in the header and a meta tag, and the CSP is sent as header and meta', async ({ page }) => {
  const response = await page.goto('./');
  const headers = response?.headers() ?? {};
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "connect-src 'self'"]) expect(meta).toContain(directive);
  expect(meta).not.toContain('unsafe-inline');
  expect(meta).not.toContain('unsafe-eval');
});

async function externalLinksAndScriptLinks(page: Page, origin: string) {
  const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '', url: (a as HTMLAnchorElement).href })));
  const external = links.filter((l) => /^https?:/.test(l.url) && new URL(l.url).origin !== origin);
  const badRel = external.filter((l) => !(l.rel.split(/\s+/).includes('noopener') && l.rel.split(/\s+/).includes('noreferrer')));
  const scriptLinks = links.filter((l) => !/^(https?:|#|\.|\/|blob:)/i.test(l.href));
  return { badRel, scriptLinks };
}

test('links to other sites carry rel="noopener noreferrer" and no link has a javascript: or data: target', async ({ page, baseURL }) => {
  await openApp(page, 'v=1&s=e:elon-musk&rd=1');
  expect(await externalLinksAndScriptLinks(page, new URL(baseURL ?? '').origin)).toEqual({ badRel: [], scriptLinks: [] });
});

test.describe('with hostile data', () => {
  test.use({ baseURL: HOSTILE_BASE_URL });
  test('a javascript: URL in the data is shown as text, never as a link', async ({ page, baseURL }) => {
    await openApp(page, 'v=1&s=e:js-url-doc&rd=1');
    await expect(page.locator('[data-panel="details"] h2')).toHaveText('javascript:alert(1)');
    expect(await externalLinksAndScriptLinks(page, new URL(baseURL ?? '').origin)).toEqual({ badRel: [], scriptLinks: [] });
  });
});
