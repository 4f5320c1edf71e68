// The page side of "Save to graph-data/": the token from the dev page's meta tag, the zip's files posted as JSON, every failure an answer (never a throw).
import { describe, expect, it } from 'vitest';
import { SAVE_PATH, TOKEN_META } from '../../../edit-server/protocol';
import { toDataInput } from '../../../model/edit/dataFiles';
import { smallDataset } from '../../../model/edit/testDataset';
import { saveFiles, saveToken, saveToRepo } from './saveToRepo';

const page = (content: string | null) => ({
  querySelector: (selector: string) => (content !== null && selector === `meta[name="${TOKEN_META}"]` ? ({ content } as HTMLMetaElement) : null),
}) as unknown as Pick<Document, 'querySelector'>;

describe('saveToRepo', () => {
  it('reads the token from the meta tag the dev server injects, and nothing on other pages', () => {
    expect(saveToken(page('abc'))).toBe('abc');
    expect(saveToken(page(null))).toBeNull();
    expect(saveToken(page(''))).toBeNull();
  });

  it("posts the token and the graph-data zip's files as JSON to the endpoint, and returns its answer", async () => {
    const { dataset } = smallDataset();
    const calls: { url: string; init: RequestInit }[] = [];
    const answer = { ok: true, written: ['graph-data/sources.yaml'], removed: [], backup: '.cache/graph-data-backups/x' };
    const fake = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify(answer), { status: 200 });
    }) as unknown as typeof fetch;
    await expect(saveToRepo(dataset, 'tok', fake)).resolves.toEqual(answer);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(SAVE_PATH);
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.headers).toEqual({ 'Content-Type': 'application/json' });
    const input = toDataInput(dataset);
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ token: 'tok', files: Object.fromEntries([...input.files, ...input.sourceTexts].map((f) => [f.path, f.text])) });
    expect(saveFiles(dataset)).toEqual(JSON.parse(String(calls[0]?.init.body)).files);
  });

  it("passes the endpoint's refusal through, with the validator's problems", async () => {
    const refusal = { ok: false, reason: 'invalid-data', message: 'The validator found 1 problem(s)', problems: [{ file: 'graph-data/relations/main.yaml', line: 3, message: 'bad' }] };
    const fake = (async () => new Response(JSON.stringify(refusal), { status: 422 })) as unknown as typeof fetch;
    await expect(saveToRepo(smallDataset().dataset, 'tok', fake)).resolves.toEqual(refusal);
  });

  it('answers no-token without asking on a page the dev server did not serve, and unreachable when the request fails', async () => {
    let asked = false;
    const never = (async () => {
      asked = true;
      return new Response('{}');
    }) as unknown as typeof fetch;
    await expect(saveToRepo(smallDataset().dataset, null, never)).resolves.toMatchObject({ ok: false, reason: 'no-token' });
    expect(asked).toBe(false);
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(saveToRepo(smallDataset().dataset, 'tok', down)).resolves.toEqual({ ok: false, reason: 'unreachable', message: 'Failed to fetch' });
    const html = (async () => new Response('<!doctype html>', { status: 200 })) as unknown as typeof fetch;
    await expect(saveToRepo(smallDataset().dataset, 'tok', html)).resolves.toMatchObject({ ok: false, reason: 'unreachable' });
  });
});
