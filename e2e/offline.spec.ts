// Offline: after one visit the built site's service worker serves it from its cache, so a reload with the network cut still draws the graph.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, waitForGraph } from './fixtures';
import { evalPlain } from './evalPlain';
import { loadDataset } from './helpers';

const data = loadDataset();

// Every other spec blocks service workers (playwright.config.ts); this one lets the site register its own, in a fresh context.
test.use({ serviceWorkers: 'allow' });

/** Waits until the page's service worker is activated and controls it (on a first visit it claims the page once its precache is complete). */
async function waitForControl(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 30_000 });
  return evalPlain(page, () => navigator.serviceWorker.getRegistration().then((r) => r?.scope ?? ''));
}

test('after a first visit the service worker controls the page, and with the network cut a reload draws the whole graph from the cache', async ({ page, context }) => {
  await page.goto('./#v=1&s=e:elon-musk');
  await waitForGraph(page);
  expect(await waitForControl(page)).toBe(new URL('./', page.url()).href);
  const cached = await evalPlain(page, () => caches.keys().then((keys) => keys.filter((k) => k.startsWith('evidence-graph-'))));
  expect(cached, 'one cache, for this build').toHaveLength(1);

  await context.setOffline(true);
  await page.reload();
  await waitForGraph(page);
  expect(await evalPlain(page, () => window.cy?.nodes().length ?? 0)).toBe(data.graph.nodes.length);
  // The words (a deferred chunk) come from the cache too: Musk's details show his description.
  await expect(page.getByRole('region', { name: 'Elon Musk' })).toBeVisible();
  await context.setOffline(false);
});

test.describe('under a sub-path', () => {
  const PORT = 4184;
  const PREFIX = '/nested/evidence/';
  const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  let server: Server;
  test.use({ baseURL: `http://127.0.0.1:${PORT}${PREFIX}` });
  test.beforeAll(async () => {
    server = createServer(async (req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(PREFIX)) return void res.writeHead(404).end();
      const rel = normalize(path.slice(PREFIX.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
      try {
        res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(await readFile(join('dist', rel)));
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('the worker’s scope is the base path, and the site reloads offline from there', async ({ page, context }) => {
    await page.goto('./');
    await waitForGraph(page);
    expect(await waitForControl(page)).toBe(`http://127.0.0.1:${PORT}${PREFIX}`);
    await context.setOffline(true);
    await page.reload();
    await waitForGraph(page);
    expect(await evalPlain(page, () => window.cy?.nodes().length ?? 0)).toBe(data.graph.nodes.length);
    await context.setOffline(false);
  });
});
