// The save endpoint's checks, each refusal leaving graph-data/ untouched, and a save that replaces it (backup kept) with files npm run validate accepts.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileDataset } from '../model/data/compile';
import { readDataFolder } from '../model/data/readDataFolder';
import { validateData } from '../model/data/validate';
import { toDataInput } from '../model/edit/dataFiles';
import { smallDataset } from '../model/edit/testDataset';
import { checkStoryView } from '../state/storyViewCheck';
import type { SaveAnswer } from './protocol';
import { handleSave, isLoopback, type SaveRequest } from './saveRequest';

const REPO = new URL('../../../', import.meta.url).pathname;
const TOKEN = 'test-token-0123456789';
const PORT = 5173;
let root = '';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'evidence-graph-save-'));
  cpSync(join(REPO, 'graph-data'), join(root, 'graph-data'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file under the temp graph-data/, path → text. */
const snapshot = (): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (dir: string, prefix: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      if (name.isDirectory()) walk(join(dir, name.name), `${prefix}${name.name}/`);
      else out[`${prefix}${name.name}`] = readFileSync(join(dir, name.name), 'utf8');
    }
  };
  walk(join(root, 'graph-data'), 'graph-data/');
  return out;
};

/** The small edited dataset as the files the page sends. */
function smallFiles(): Record<string, string> {
  const input = toDataInput(smallDataset().dataset);
  return Object.fromEntries([...input.files, ...input.sourceTexts].map((f) => [f.path, f.text]));
}

function request(overrides: Partial<SaveRequest> & { body?: unknown; headers?: Record<string, string | undefined> } = {}): SaveRequest {
  const body = 'body' in overrides ? overrides.body : { token: TOKEN, files: smallFiles() };
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    method: overrides.method ?? 'POST',
    remoteAddress: 'remoteAddress' in overrides ? overrides.remoteAddress : '127.0.0.1',
    headers: { host: `localhost:${PORT}`, origin: `http://localhost:${PORT}`, 'content-type': 'application/json', ...overrides.headers },
    readBody: async (limit) => (Buffer.byteLength(text) > limit ? null : text),
  };
}

async function save(req: SaveRequest, maxBytes?: number): Promise<{ status: number; answer: SaveAnswer }> {
  return handleSave(req, { root, token: TOKEN, port: PORT, ...(maxBytes ? { maxBytes } : {}) });
}

async function expectRefused(req: SaveRequest, status: number, reason: string, maxBytes?: number): Promise<SaveAnswer> {
  const before = snapshot();
  const { status: got, answer } = await save(req, maxBytes);
  expect({ status: got, reason: answer.ok ? 'ok' : answer.reason }).toEqual({ status, reason });
  expect(snapshot()).toEqual(before);
  expect(existsSync(join(root, '.cache'))).toBe(false);
  return answer;
}

describe('the save endpoint refuses, writing nothing', () => {
  it('a peer that is not this computer', async () => {
    await expectRefused(request({ remoteAddress: '192.168.1.20' }), 403, 'not-local');
    await expectRefused(request({ remoteAddress: undefined }), 403, 'not-local');
    expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true, true]);
    expect(['10.0.0.1', '::ffff:10.0.0.1', '128.0.0.1', 'localhost'].map(isLoopback)).toEqual([false, false, false, false]);
  });

  it('a Host that is not localhost with this port (DNS rebinding)', async () => {
    await expectRefused(request({ headers: { host: `evil.example:${PORT}` } }), 403, 'bad-host');
    await expectRefused(request({ headers: { host: 'localhost:9999' } }), 403, 'bad-host');
    await expectRefused(request({ headers: { host: undefined } }), 403, 'bad-host');
    expect((await save(request({ headers: { host: `127.0.0.1:${PORT}`, origin: `http://[::1]:${PORT}` } }))).status).toBe(200);
  });

  it('a missing Origin or one of another site or port', async () => {
    await expectRefused(request({ headers: { origin: undefined } }), 403, 'bad-origin');
    await expectRefused(request({ headers: { origin: 'http://evil.example' } }), 403, 'bad-origin');
    await expectRefused(request({ headers: { origin: `https://localhost:${PORT}` } }), 403, 'bad-origin');
    await expectRefused(request({ headers: { origin: 'http://localhost:1' } }), 403, 'bad-origin');
  });

  it('other methods, other content types, bodies that are not JSON', async () => {
    await expectRefused(request({ method: 'GET' }), 405, 'bad-request');
    await expectRefused(request({ headers: { 'content-type': 'text/plain' } }), 415, 'bad-request');
    await expectRefused(request({ body: '{"token":' }), 400, 'bad-request');
    await expectRefused(request({ body: { token: TOKEN, files: ['graph-data/sources.yaml'] } }), 400, 'bad-request');
    await expectRefused(request({ body: { token: TOKEN, files: { 'graph-data/sources.yaml': 3 } } }), 400, 'bad-request');
  });

  it('a body over the size cap', async () => {
    await expectRefused(request(), 413, 'too-large', 1000);
  });

  it('a wrong or missing token', async () => {
    await expectRefused(request({ body: { files: smallFiles() } }), 403, 'bad-token');
    await expectRefused(request({ body: { token: 'test-token-0123456788', files: smallFiles() } }), 403, 'bad-token');
    await expectRefused(request({ body: { token: '', files: smallFiles() } }), 403, 'bad-token');
  });

  it('paths that are absolute, climb out, use backslashes or are not graph-data files', async () => {
    for (const path of ['/etc/passwd', 'C:/x.txt', '../x.txt', 'graph-data/../package.json', 'graph-data/entities/../../vite.config.ts', 'graph-data\\x.txt', 'graph-data/x.js', 'app/src/main.ts', 'graph-data/entities/.hidden.yaml', 'graph-data/sub/x.txt', 'graph-data/relations/a..yaml', 'graph-data/stories/x.json']) {
      const answer = await expectRefused(request({ body: { token: TOKEN, files: { ...smallFiles(), [path]: 'x' } } }), 400, 'bad-path');
      expect(answer.ok ? '' : answer.message).toContain(JSON.stringify(path));
    }
  });

  it('files the validator rejects, answering its problems', async () => {
    const files = smallFiles();
    const broken = { ...files, 'graph-data/relations/main.yaml': (files['graph-data/relations/main.yaml'] ?? '').replace('type: sued', 'type: sues') };
    const answer = await expectRefused(request({ body: { token: TOKEN, files: broken } }), 422, 'invalid-data');
    expect(answer.ok ? [] : answer.problems?.map((p) => p.message)).toEqual([expect.stringContaining("unknown relation type 'sues'")]);
    const empty = await expectRefused(request({ body: { token: TOKEN, files: {} } }), 422, 'invalid-data');
    expect(empty.ok ? [] : empty.problems?.map((p) => p.file)).toEqual(expect.arrayContaining(['graph-data/sources.yaml', 'graph-data/vocabulary.yaml']));
  });
});

describe('a save', () => {
  it('replaces graph-data/ by exactly the files sent, keeps the previous folder as a backup, and npm run validate accepts the result', async () => {
    const before = snapshot();
    const files = smallFiles();
    const { status, answer } = await save(request());
    expect(status).toBe(200);
    if (!answer.ok) throw new Error(answer.message);
    expect(snapshot()).toEqual(files);
    expect(answer.written).toEqual(Object.keys(files).sort());
    expect(answer.removed).toEqual(Object.keys(before).filter((p) => !(p in files)).sort());
    expect(answer.removed).toContain('graph-data/relations/a-lawsuit-and-reply.yaml');
    expect(answer.backup).toMatch(/^\.cache\/graph-data-backups\/[\w-]+$/);
    const backup = new Map(Object.entries(before).map(([p, text]) => [p.replace('graph-data/', ''), text]));
    for (const [path, text] of backup) expect(readFileSync(join(root, answer.backup ?? '', path), 'utf8')).toBe(text);
    expect(existsSync(join(root, '.cache/graph-data-staging')) ? readdirSync(join(root, '.cache/graph-data-staging')) : []).toEqual([]);

    const input = readDataFolder(root);
    const result = validateData(input, { checkStoryView });
    expect(result.errors).toEqual([]);
    expect(compileDataset(input)).toEqual(compileDataset(toDataInput(smallDataset().dataset)));
  });

  it('carries over files of graph-data/ that are not data (a README)', async () => {
    writeFileSync(join(root, 'graph-data', 'README.md'), '# notes\n');
    const { answer } = await save(request());
    expect(answer.ok).toBe(true);
    expect(readFileSync(join(root, 'graph-data', 'README.md'), 'utf8')).toBe('# notes\n');
  });
});
