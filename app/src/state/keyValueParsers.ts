// One zod parser per link key: each value is validated alone, so one bad key (or list item) drops only itself.
import { z } from '../model/z';
import { CATEGORIES, partialDate, slug, STANCES, STATUSES } from '../model/schema';
import type { LinkKey } from './linkKeys';
import { notice, type Notice } from './notices';
import type { RawViewState } from './rawViewState';
import { LANGS, LAYOUTS, OVERVIEW_MODES, SIZE_BYS } from './viewStateSchema';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const NUM = '-?\\d{1,9}(?:\\.\\d{1,9})?';
const flag = z.enum(['0', '1']).transform((v) => v === '1');
const signedInt = z.string().regex(/^-?\d{1,9}$/).transform(Number);

const selection = z.string().transform((v, ctx) => {
  const pair = new RegExp(`^b:(${SLUG})~(${SLUG})$`).exec(v);
  if (pair) return { kind: 'bundle' as const, id: `${pair[1] as string}~${pair[2] as string}` };
  const m = new RegExp(`^(e|r):(${SLUG})(?::(\\d{1,9}))?$`).exec(v);
  if (!m || (m[1] === 'e' && m[3] !== undefined)) {
    ctx.addIssue({ code: 'custom', message: 'expected e:<entity>, r:<relation>[:<evidence>] or b:<entity>~<entity>' });
    return z.NEVER;
  }
  const id = m[2] as string;
  return m[1] === 'e' ? { kind: 'entity' as const, id } : { kind: 'relation' as const, id, evidence: Number(m[3] ?? 0) };
});

const camera = z
  .string()
  .regex(new RegExp(`^${NUM},${NUM},${NUM}$`))
  .transform((v) => {
    const [x, y, zoom] = v.split(',').map(Number) as [number, number, number];
    return { x, y, zoom };
  });

const reader = z.union([
  z.literal('0').transform(() => ({ open: false, offset: null })),
  z.literal('1').transform(() => ({ open: true, offset: null })),
  z
    .string()
    .regex(/^o\d{1,9}$/)
    .transform((v) => ({ open: true, offset: Number(v.slice(1)) })),
]);

const time = z
  .string()
  .regex(/^[\d-]*\.\.[\d-]*$/)
  .transform((v) => v.split('..') as [string, string])
  .pipe(z.tuple([partialDate.or(z.literal('')), partialDate.or(z.literal(''))]))
  .transform(([from, to]) => ({ from: from === '' ? null : from, to: to === '' ? null : to }));

const path = z
  .string()
  .transform((v) => v.split(','))
  .pipe(z.tuple([slug, slug]))
  .transform(([from, to]) => ({ from, to }));

type Put = (raw: RawViewState, value: string, report: (n: Notice) => void, key: string) => boolean;

/** Wraps a zod schema: on success `set` writes the value, on failure nothing is written. */
function one<T>(schema: z.ZodType<T, string>, set: (raw: RawViewState, v: T) => void): Put {
  return (raw, value) => {
    const r = schema.safeParse(value);
    if (r.success) set(raw, r.data);
    return r.success;
  };
}

/** A comma list whose items are validated one by one; bad items are reported and dropped. */
function list<T extends string>(item: z.ZodType<T, string>, set: (raw: RawViewState, v: T[]) => void): Put {
  return (raw, value, report, key) => {
    const good: T[] = [];
    for (const part of value === '' ? [] : value.split(',')) {
      const r = item.safeParse(part);
      if (r.success) good.push(r.data);
      else report(notice(key, part, 'invalid-value'));
    }
    set(raw, good);
    return true;
  };
}

/** The value parser of every link key except `v` (handled by versioning). */
export const KEY_PARSERS: Readonly<Record<Exclude<LinkKey, 'v'>, Put>> = {
  l: one(z.enum(LANGS), (r, v) => (r.lang = v)),
  s: one(selection, (r, v) => (r.selection = v)),
  q: one(z.string(), (r, v) => (r.search = v)),
  hk: list(slug, (r, v) => (r.hiddenKinds = v)),
  ht: list(slug, (r, v) => (r.hiddenTypes = v)),
  hc: list(z.enum(CATEGORIES), (r, v) => (r.hiddenCategories = v)),
  hs: list(z.enum(STANCES), (r, v) => (r.hiddenStances = v)),
  hf: list(z.enum(STATUSES), (r, v) => (r.hiddenStatuses = v)),
  cb: one(slug, (r, v) => (r.claimant = v)),
  f: one(signedInt, (r, v) => (r.focusHops = v)),
  y: one(z.enum(LAYOUTS), (r, v) => (r.layout = v)),
  c: one(camera, (r, v) => (r.camera = v)),
  rd: one(reader, (r, v) => (r.reader = v)),
  tv: one(flag, (r, v) => (r.view = v ? 'table' : 'graph')),
  t: one(time, (r, v) => {
    r.timeFrom = v.from;
    r.timeTo = v.to;
  }),
  tm: one(z.enum(['hide', 'fade']), (r, v) => (r.timeMode = v)),
  tu: one(flag, (r, v) => (r.showUndated = v)),
  p: one(path, (r, v) => (r.path = v)),
  pf: one(flag, (r, v) => (r.pathFactsOnly = v)),
  z: one(z.enum(SIZE_BYS), (r, v) => (r.sizeBy = v)),
  k: one(flag, (r, v) => (r.camps = v)),
  o: one(z.enum(OVERVIEW_MODES), (r, v) => (r.overviewMode = v)),
  xg: list(slug, (r, v) => (r.overviewGroups = v)),
  xn: list(slug, (r, v) => (r.overviewNodes = v)),
};
