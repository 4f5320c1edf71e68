// One parser per link key: each value is checked alone, so one bad key (or list item) drops only itself. Plain
// functions, no zod: links are read before the first draw, and zod stays out of the first bundle.
import { CATEGORIES, PARTIAL_DATE_RE, SLUG_RE, STANCES, STATUSES } from '../model/enums';
import type { LinkKey } from './linkKeys';
import { notice, type Notice } from './notices';
import type { RawViewState } from './rawViewState';
import type { Selection } from './types';
import { LANGS, LAYOUTS, OVERVIEW_MODES, SIZE_BYS } from './viewStateLimits';

/** A value parser: the value, or undefined when the text is not valid. */
type Parse<T> = (v: string) => T | undefined;

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const NUM = '-?\\d{1,9}(?:\\.\\d{1,9})?';
const PAIR = new RegExp(`^b:(${SLUG})~(${SLUG})$`);
const ENTITY_OR_RELATION = new RegExp(`^(e|r):(${SLUG})(?::(\\d{1,9}))?$`);
const CAMERA = new RegExp(`^${NUM},${NUM},${NUM}$`);

/** One of `values`. */
const oneOf =
  <T extends string>(values: readonly T[]): Parse<T> =>
  (v) =>
    (values as readonly string[]).includes(v) ? (v as T) : undefined;
const slug: Parse<string> = (v) => (SLUG_RE.test(v) ? v : undefined);
const flag: Parse<boolean> = (v) => (v === '1' ? true : v === '0' ? false : undefined);
const signedInt: Parse<number> = (v) => (/^-?\d{1,9}$/.test(v) ? Number(v) : undefined);
const anyText: Parse<string> = (v) => v;

const selection: Parse<Exclude<Selection, null>> = (v) => {
  const pair = PAIR.exec(v);
  if (pair) return { kind: 'bundle', id: `${pair[1] as string}~${pair[2] as string}` };
  // e:<entity>, r:<relation>[:<evidence>] or b:<entity>~<entity>
  const m = ENTITY_OR_RELATION.exec(v);
  if (!m || (m[1] === 'e' && m[3] !== undefined)) return undefined;
  const id = m[2] as string;
  return m[1] === 'e' ? { kind: 'entity', id } : { kind: 'relation', id, evidence: Number(m[3] ?? 0) };
};

const camera: Parse<{ x: number; y: number; zoom: number }> = (v) => {
  if (!CAMERA.test(v)) return undefined;
  const [x, y, zoom] = v.split(',').map(Number) as [number, number, number];
  return { x, y, zoom };
};

const reader: Parse<{ open: boolean; offset: number | null }> = (v) =>
  v === '0' ? { open: false, offset: null } : v === '1' ? { open: true, offset: null } : /^o\d{1,9}$/.test(v) ? { open: true, offset: Number(v.slice(1)) } : undefined;

/** `from..to`, each a partial ISO date or empty. */
const time: Parse<{ from: string | null; to: string | null }> = (v) => {
  if (!/^[\d-]*\.\.[\d-]*$/.test(v)) return undefined;
  const [from, to] = v.split('..') as [string, string];
  const date = (d: string): boolean => d === '' || PARTIAL_DATE_RE.test(d);
  return date(from) && date(to) ? { from: from === '' ? null : from, to: to === '' ? null : to } : undefined;
};

/** `from,to`: exactly two entity ids. */
const path: Parse<{ from: string; to: string }> = (v) => {
  const parts = v.split(',');
  return parts.length === 2 && parts.every((p) => SLUG_RE.test(p)) ? { from: parts[0] as string, to: parts[1] as string } : undefined;
};

type Put = (raw: RawViewState, value: string, report: (n: Notice) => void, key: string) => boolean;

/** On success `set` writes the value, on failure nothing is written. */
function one<T>(parse: Parse<T>, set: (raw: RawViewState, v: T) => void): Put {
  return (raw, value) => {
    const parsed = parse(value);
    if (parsed !== undefined) set(raw, parsed);
    return parsed !== undefined;
  };
}

/** A comma list whose items are checked one by one; bad items are reported and dropped. */
function list<T extends string>(item: Parse<T>, set: (raw: RawViewState, v: T[]) => void): Put {
  return (raw, value, report, key) => {
    const good: T[] = [];
    for (const part of value === '' ? [] : value.split(',')) {
      const parsed = item(part);
      if (parsed !== undefined) good.push(parsed);
      else report(notice(key, part, 'invalid-value'));
    }
    set(raw, good);
    return true;
  };
}

/** The value parser of every link key except `v` (handled by versioning). */
export const KEY_PARSERS: Readonly<Record<Exclude<LinkKey, 'v'>, Put>> = {
  l: one(oneOf(LANGS), (r, v) => (r.lang = v)),
  s: one(selection, (r, v) => (r.selection = v)),
  q: one(anyText, (r, v) => (r.search = v)),
  hk: list(slug, (r, v) => (r.hiddenKinds = v)),
  ht: list(slug, (r, v) => (r.hiddenTypes = v)),
  hc: list(oneOf(CATEGORIES), (r, v) => (r.hiddenCategories = v)),
  hs: list(oneOf(STANCES), (r, v) => (r.hiddenStances = v)),
  hf: list(oneOf(STATUSES), (r, v) => (r.hiddenStatuses = v)),
  cb: one(slug, (r, v) => (r.claimant = v)),
  f: one(signedInt, (r, v) => (r.focusHops = v)),
  y: one(oneOf(LAYOUTS), (r, v) => (r.layout = v)),
  c: one(camera, (r, v) => (r.camera = v)),
  rd: one(reader, (r, v) => (r.reader = v)),
  tv: one(flag, (r, v) => (r.view = v ? 'table' : 'graph')),
  t: one(time, (r, v) => {
    r.timeFrom = v.from;
    r.timeTo = v.to;
  }),
  tm: one(oneOf(['hide', 'fade'] as const), (r, v) => (r.timeMode = v)),
  tu: one(flag, (r, v) => (r.showUndated = v)),
  p: one(path, (r, v) => (r.path = v)),
  pf: one(flag, (r, v) => (r.pathFactsOnly = v)),
  z: one(oneOf(SIZE_BYS), (r, v) => (r.sizeBy = v)),
  k: one(flag, (r, v) => (r.camps = v)),
  o: one(oneOf(OVERVIEW_MODES), (r, v) => (r.overviewMode = v)),
  xg: list(slug, (r, v) => (r.overviewGroups = v)),
  xn: list(slug, (r, v) => (r.overviewNodes = v)),
};
