// The built site runs from any static host under a sub-path: served at /nested/evidence/, it loads everything from there.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { test, expect, waitForGraph } from './fixtures';

const PORT = 4183;
const PREFIX = '/nested/evidence/';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
let server: Server;
const requested: string[] = [];

test.use({ baseURL: `http://127.0.0.1:${PORT}${PREFIX}` });

test.beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requested.push(path);
    if (!path.startsWith(PREFIX)) return void res.writeHead(404).end();
    const rel = normalize(path.slice(PREFIX.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join('dist', rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('served under a sub-path, the explorer loads its scripts and styles from that path and draws the graph', async ({ page }) => {
  await page.goto('./#v=1&s=e:elon-musk');
  await waitForGraph(page);
  await expect(page.getByRole('region', { name: /Elon Musk/ }).first()).toBeVisible();
  const outside = requested.filter((p) => !p.startsWith(PREFIX));
  expect(outside, 'every request stays under the sub-path').toEqual([]);
  expect(requested.some((p) => p.startsWith(`${PREFIX}assets/`) && p.endsWith('.js'))).toBe(true);
});
