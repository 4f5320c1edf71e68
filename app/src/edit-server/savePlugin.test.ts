// The plugin in a real Vite dev server (temp folder, free port): the token meta tag in the served page, a save through HTTP, a refusal; and not part of a build.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDataInput } from '../model/edit/dataFiles';
import { smallDataset } from '../model/edit/testDataset';
import { SAVE_PATH, TOKEN_META } from './protocol';
import { saveToGraphDataPlugin } from './savePlugin';

const REPO = new URL('../../../', import.meta.url).pathname;
const TOKEN = 'smoke-test-token';
let root = '';
let server: ViteDevServer;
let port = 0;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'evidence-graph-dev-save-'));
  cpSync(join(REPO, 'graph-data'), join(root, 'graph-data'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  server = await createServer({ configFile: false, root, logLevel: 'silent', plugins: [saveToGraphDataPlugin(root, TOKEN)], server: { host: '127.0.0.1', port: 0, strictPort: false } });
  await server.listen();
  port = (server.httpServer?.address() as AddressInfo).port;
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

function send(method: string, path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { host: `localhost:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the save plugin in a dev server', () => {
  it('puts the token in the page it serves', async () => {
    const page = await send('GET', '/', { accept: 'text/html' });
    expect(page.text).toContain(`<meta name="${TOKEN_META}" content="${TOKEN}"`);
  });

  it('saves the files posted with the token, and refuses a request naming another host', async () => {
    const input = toDataInput(smallDataset().dataset);
    const files = Object.fromEntries([...input.files, ...input.sourceTexts].map((f) => [f.path, f.text]));
    const headers = { origin: `http://localhost:${port}`, 'content-type': 'application/json' };
    const refused = await send('POST', SAVE_PATH, { ...headers, host: `attacker.example:${port}` }, JSON.stringify({ token: TOKEN, files }));
    expect(refused.status).toBe(403);
    const saved = await send('POST', SAVE_PATH, headers, JSON.stringify({ token: TOKEN, files }));
    expect(saved.status).toBe(200);
    expect(JSON.parse(saved.text)).toMatchObject({ ok: true, backup: expect.stringMatching(/^\.cache\/graph-data-backups\//) as unknown });
    expect(readFileSync(join(root, 'graph-data/relations/main.yaml'), 'utf8')).toBe(files['graph-data/relations/main.yaml']);
  });

  it('applies to the dev server only (apply: serve), so a build never has it', () => {
    expect(saveToGraphDataPlugin(root).apply).toBe('serve');
  });
});
