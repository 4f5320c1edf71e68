// The "Save to graph-data/" request, checked step by step (loopback peer, Host and Origin, JSON, size, token, paths, the validator) before graph-data/ is replaced.
import { createHash, timingSafeEqual } from 'node:crypto';
import { formatValidationError } from '../model/data/errors';
import { validateData } from '../model/data/validate';
import { checkStoryView } from '../state/storyViewCheck';
import type { SaveAnswer, SaveProblem, SaveRefusal } from './protocol';
import { dataInputOf, pathProblem } from './saveFiles';
import { replaceGraphData, type WriteResult } from './writeGraphData';

/** Largest body accepted (the files of a dataset as JSON): 64 MiB. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
const MAX_PROBLEMS = 200;

/** The parts of an HTTP request the check reads. `readBody` resolves null when the body is over `limit` bytes. */
export interface SaveRequest {
  method: string | undefined;
  remoteAddress: string | undefined;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  readBody: (limit: number) => Promise<string | null>;
}

export interface SaveContext {
  /** The repository: graph-data/ and .cache/ are under it. */
  root: string;
  /** This server start's token. */
  token: string;
  /** The port the dev server listens on (Host and Origin must name it). */
  port: number;
  maxBytes?: number;
  write?: (root: string, files: ReadonlyMap<string, string>) => WriteResult;
}

/** The answer and its HTTP status. */
export interface SaveResponse {
  status: number;
  answer: SaveAnswer;
}

const refuse = (status: number, reason: SaveRefusal, message: string, problems?: SaveProblem[]): SaveResponse => ({
  status,
  answer: { ok: false, reason, message, ...(problems ? { problems } : {}) },
});

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
const header = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? undefined : value);

/** Compares in time independent of where the strings differ (both hashed to the same length first). */
function sameSecret(given: string, token: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(token));
}

/**
 * Checks a save request and, when every check passes, replaces graph-data/. Refuses (and writes nothing): a peer that is
 * not loopback (403), a Host or Origin that is not localhost/127.0.0.1/[::1] with this server's port (DNS rebinding,
 * other sites; 403), a method other than POST (405), a body that is not JSON (415/400) or over the cap (413), a wrong or
 * missing token (403), a path outside graph-data's file patterns (400), and files the validator rejects (422, with its problems).
 */
export async function handleSave(request: SaveRequest, ctx: SaveContext): Promise<SaveResponse> {
  if (!isLoopback(request.remoteAddress)) return refuse(403, 'not-local', 'Saving is allowed from this computer only.');
  const hosts = LOCAL_HOSTS.map((h) => `${h}:${ctx.port}`);
  const host = header(request.headers.host)?.toLowerCase();
  if (host === undefined || !hosts.includes(host)) return refuse(403, 'bad-host', `The Host header must be one of ${hosts.join(', ')}.`);
  const origin = header(request.headers.origin)?.toLowerCase();
  if (origin === undefined || !hosts.some((h) => origin === `http://${h}`)) return refuse(403, 'bad-origin', 'The request must come from the dev page itself (Origin).');
  if (request.method !== 'POST') return refuse(405, 'bad-request', 'Use POST.');
  const type = header(request.headers['content-type'])?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return refuse(415, 'bad-request', 'The body must be application/json.');

  const body = await request.readBody(ctx.maxBytes ?? MAX_BODY_BYTES);
  if (body === null) return refuse(413, 'too-large', `The body is over ${Math.round((ctx.maxBytes ?? MAX_BODY_BYTES) / 1024 / 1024)} MiB.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return refuse(400, 'bad-request', 'The body is not JSON.');
  }
  const token = typeof parsed === 'object' && parsed !== null && 'token' in parsed ? parsed.token : undefined;
  if (typeof token !== 'string' || !sameSecret(token, ctx.token)) return refuse(403, 'bad-token', 'Wrong or missing token: reload the page (the dev server makes a new token each start).');
  const rawFiles = (parsed as { files?: unknown }).files;
  if (typeof rawFiles !== 'object' || rawFiles === null || Array.isArray(rawFiles)) return refuse(400, 'bad-request', '`files` must be an object of path → text.');
  const files = new Map<string, string>();
  for (const [path, text] of Object.entries(rawFiles)) {
    if (typeof text !== 'string') return refuse(400, 'bad-request', `The content of ${JSON.stringify(path)} must be text.`);
    const problem = pathProblem(path);
    if (problem !== null) return refuse(400, 'bad-path', `${JSON.stringify(path)} ${problem}.`);
    files.set(path, text);
  }

  const missing = ['graph-data/sources.yaml', 'graph-data/vocabulary.yaml'].filter((p) => !files.has(p));
  const result = validateData(dataInputOf(files), { checkStoryView });
  const errors = [...missing.map((file) => ({ file, line: null, message: `${file}: missing` })), ...result.errors.map((e) => ({ file: e.file, line: e.line, message: formatValidationError(e) }))];
  if (result.counts.relations === 0 && errors.length === 0) errors.push({ file: 'graph-data/relations', line: null, message: 'graph-data/relations: no relation (a dataset needs at least one)' });
  if (errors.length > 0) {
    return refuse(422, 'invalid-data', `The validator found ${errors.length} problem(s); graph-data/ was not changed.`, errors.slice(0, MAX_PROBLEMS));
  }
  try {
    const done = (ctx.write ?? replaceGraphData)(ctx.root, files);
    return { status: 200, answer: { ok: true, ...done } };
  } catch (error) {
    return refuse(500, 'write-failed', `Writing graph-data/ failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
