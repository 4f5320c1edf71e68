// The dev server's "Save to graph-data/" endpoint as the page sees it: its path, the meta tag carrying the per-start token, and the answers.
// Imported only by the dev server plugin and by client code behind `import.meta.env.DEV`, so the static build holds neither name.

/** POST here, JSON `{ token, files: { path: text } }`. */
export const SAVE_PATH = '/__evidence-graph/save';
/** `<meta name=… content=token>`, injected into the dev page only. */
export const TOKEN_META = 'evidence-graph-save-token';

/** One problem the validator found in the files sent (as `npm run validate` prints it). */
export interface SaveProblem {
  file: string;
  line: number | null;
  message: string;
}

/** What the endpoint answers (JSON, with status 200 when saved, 4xx otherwise). */
export type SaveAnswer =
  | { ok: true; written: string[]; removed: string[]; backup: string | null }
  | { ok: false; reason: SaveRefusal; message: string; problems?: SaveProblem[] };

/** Why a save did not happen: the endpoint's refusals, and (page side) `no-token` / `unreachable` when it could not be asked. */
export type SaveRefusal = 'not-local' | 'bad-host' | 'bad-origin' | 'bad-token' | 'bad-request' | 'too-large' | 'bad-path' | 'invalid-data' | 'write-failed' | 'no-token' | 'unreachable';
