// Test support: a small fake DatasetIndex and a fast-check arbitrary of clean, canonical ViewStates valid for it.
import fc from 'fast-check';
import { CATEGORIES, ENTITY_KINDS, STANCES, STATUSES } from '../model/schema';
import type { DatasetIndex } from './datasetIndex';
import type { ViewState } from './types';
import { trimOverviewLists } from '../model/scale/overviewState';
import { LAYOUTS, LIMITS, OVERVIEW_MODES, SIZE_BYS } from './viewStateSchema';

/** A fake dataset: a few entities, relations with 1–3 evidence items, four relation types. */
export const FAKE_DATASET: DatasetIndex = {
  entities: new Set(['elon-musk', 'openai', 'sam-altman', 'vinod-khosla', 'xai', 'grok-1']),
  relations: new Map([
    ['musk-sues-openai', 3],
    ['khosla-backs-openai', 1],
    ['altman-leads-openai', 2],
    ['xai-releases-grok-1', 1],
  ]),
  relationTypes: new Set(['sued', 'invested-in', 'leads', 'released']),
  textLength: 4861,
};

const PLAIN = { noNullPrototype: true } as const;
const sorted = <T extends string>(xs: T[]): T[] => [...xs].sort();
// eslint-disable-next-line no-control-regex -- the canonical search text has no control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const search = fc
  .oneof(fc.string({ maxLength: 100 }), fc.string({ unit: "grapheme", maxLength: 60 }), fc.string({ unit: "binary", maxLength: 100 }))
  .map((s) => Array.from(s.replace(LONE, '\ufffd').replace(CONTROL, '')).slice(0, LIMITS.maxSearch).join(''));

const partialDate = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.option(fc.integer({ min: 1, max: 12 })), fc.integer({ min: 1, max: 31 }), fc.boolean())
  .map(([y, m, d, withDay]) => {
    const two = (n: number): string => String(n).padStart(2, '0');
    return m === null ? String(y) : `${y}-${two(m)}${withDay ? `-${two(d)}` : ''}`;
  });

function after(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/** Arbitrary clean ViewStates for `ds` (ids drawn from it, numbers already rounded and in range). */
export function viewStateArbitrary(ds: DatasetIndex = FAKE_DATASET): fc.Arbitrary<ViewState> {
  const entities = [...ds.entities];
  const relations = [...ds.relations];
  const selection = fc.oneof(
    fc.constant(null),
    fc.constantFrom(...entities).map((id) => ({ kind: 'entity' as const, id })),
    fc
      .constantFrom(...relations)
      .chain(([id, n]) => fc.integer({ min: 0, max: n - 1 }).map((evidence) => ({ kind: 'relation' as const, id, evidence }))),
    fc
      .uniqueArray(fc.constantFrom(...entities), { minLength: 2, maxLength: 2 })
      .map((ends) => ({ kind: 'bundle' as const, id: [...ends].sort().join('~') })),
  );
  const camera = fc.option(
    fc.record({
      x: fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100),
      y: fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100),
      zoom: fc.integer({ min: 500, max: 200_000 }).map((n) => n / 10_000),
    }, PLAIN),
  );
  const reader = fc.oneof(
    fc.constant({ open: false, offset: null }),
    fc.option(fc.integer({ min: 0, max: ds.textLength })).map((offset) => ({ open: true, offset })),
  );
  const time = fc
    .record({
      from: fc.option(partialDate),
      to: fc.option(partialDate),
      mode: fc.constantFrom('hide' as const, 'fade' as const),
      showUndated: fc.boolean(),
    }, PLAIN)
    .map((t) => (t.from !== null && t.to !== null && after(t.from, t.to) ? { ...t, from: t.to, to: t.from } : t));
  const path = fc.option(
    fc
      .tuple(fc.uniqueArray(fc.constantFrom(...entities), { minLength: 2, maxLength: 2 }), fc.boolean())
      .map(([[from, to], factsOnly]) => ({ from: from as string, to: to as string, factsOnly })),
  );
  return fc.record({
    version: fc.constant(1 as const),
    lang: fc.constantFrom('en' as const, 'zh' as const),
    selection,
    search,
    filters: fc.record({
      hiddenKinds: fc.subarray([...ENTITY_KINDS]).map(sorted),
      hiddenTypes: fc.subarray([...ds.relationTypes]).map(sorted),
      hiddenCategories: fc.subarray([...CATEGORIES]).map(sorted),
      hiddenStances: fc.subarray([...STANCES]).map(sorted),
      hiddenStatuses: fc.subarray([...STATUSES]).map(sorted),
      claimant: fc.option(fc.constantFrom(...entities)),
    }, PLAIN),
    focusHops: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
    layout: fc.constantFrom(...LAYOUTS),
    camera,
    reader,
    view: fc.constantFrom('graph' as const, 'table' as const),
    time,
    path,
    sizeBy: fc.constantFrom(...SIZE_BYS),
    camps: fc.boolean(),
    overview: fc
      .record({
        mode: fc.constantFrom(...OVERVIEW_MODES),
        groups: fc.uniqueArray(fc.constantFrom(...entities), { maxLength: 4 }),
        nodes: fc.uniqueArray(fc.constantFrom(...entities), { maxLength: 4 }),
      }, PLAIN)
      .map((o) => ({ mode: o.mode, ...trimOverviewLists(o.groups, o.nodes) })),
  }, PLAIN);
}
