// Which dataset a link shows: `d=` (the built-in id or a content id) and `src=` (a same-origin file to open), kept apart from the view keys.
import { stateString } from './linkPairs';

/** The id of the dataset bundled with the app; links without `d=` (all links made before datasets existed) open it. */
export const BUILT_IN_DATASET_ID = 'builtin';

/** The dataset part of a link. `d === null` means the built-in dataset. */
export interface DatasetKeys {
  /** Content id of the dataset (lower-case hex), or null for the built-in one. */
  d: string | null;
  /** Same-origin path or URL of a dataset file to open for everyone (a site owner's published dataset). */
  src: string | null;
  /** File name to suggest when the dataset is not on this device (`dn=`), plain text. */
  name: string | null;
  /** A draft being edited on this device (`edit=`, issue 10); set only when the link has one. */
  edit?: string;
}

const DATASET_ID = /^[0-9a-f]{8,64}$/;
/** A draft's id (ui/edit/): lower-case hex. */
const DRAFT_ID = /^[0-9a-f]{8,32}$/;
/** Head keys other modules read from the whole link (`st=`: storyLink.ts): kept out of the view keys too. */
const OTHER_HEAD_KEYS: ReadonlySet<string> = new Set(['st']);
const MAX_SRC = 500;
const MAX_NAME = 80;

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Splits a link into its dataset keys and the rest (the view keys, as a `k=v&…` string for the view-state parser). */
export function readDatasetKeys(link: string): { keys: DatasetKeys; rest: string } {
  const keys: DatasetKeys = { d: null, src: null, name: null };
  const rest: string[] = [];
  for (const part of stateString(link).split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq >= 0 ? part.slice(0, eq) : part;
    const value = decode(eq >= 0 ? part.slice(eq + 1) : '');
    if (key === 'd' && value !== null) {
      // A malformed id is ignored (the built-in dataset opens); the built-in id is the default.
      keys.d = value === BUILT_IN_DATASET_ID || !DATASET_ID.test(value) ? null : value;
    } else if (key === 'src' && value !== null) keys.src = value.slice(0, MAX_SRC);
    else if (key === 'dn' && value !== null) keys.name = value.slice(0, MAX_NAME);
    else if (key === 'edit') {
      // A malformed draft id is dropped (the link opens as if it had none).
      if (value !== null && DRAFT_ID.test(value)) keys.edit = value;
    }
    else if (!OTHER_HEAD_KEYS.has(key)) rest.push(part);
  }
  return { keys, rest: rest.join('&') };
}

/** The dataset keys as the head of a fragment (`d=…&dn=…&src=…&`), empty for the built-in dataset. */
export function datasetKeysPrefix(keys: DatasetKeys): string {
  const parts: string[] = [];
  if (keys.d !== null) parts.push(`d=${keys.d}`);
  if (keys.d !== null && keys.name) parts.push(`dn=${encodeURIComponent(keys.name)}`);
  if (keys.src !== null) parts.push(`src=${encodeURIComponent(keys.src)}`);
  if (keys.edit !== undefined) parts.push(`edit=${keys.edit}`);
  return parts.map((p) => `${p}&`).join('');
}

/** Why a `src=` cannot be opened, or the absolute URL to fetch (same origin only: the CSP allows nothing else). */
export function resolveSrc(src: string, pageUrl: string): { ok: true; url: string } | { ok: false; reason: 'cross-origin' | 'invalid' } {
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(src, page);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: url.protocol === page.protocol ? 'invalid' : 'cross-origin' };
  if (url.origin !== page.origin) return { ok: false, reason: 'cross-origin' };
  url.hash = '';
  return { ok: true, url: url.href };
}
