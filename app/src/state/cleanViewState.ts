// cleanViewState: raw link values → a complete, canonical ViewState valid for the loaded dataset, plus notices.
import { ENTITY_KINDS } from '../model/enums';
import { trimOverviewLists } from '../model/scale/overviewState';
import type { DatasetIndex } from './datasetIndex';
import { defaultViewState } from './defaultViewState';
import { notice, type Notice } from './notices';
import type { RawViewState } from './rawViewState';
import type { Camera, Selection, ViewState } from './types';
import { LIMITS } from './viewStateLimits';

const BUILT_IN_KINDS: ReadonlySet<string> = new Set(ENTITY_KINDS);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(v * f) / f;
  return r === 0 ? 0 : r;
}

function sortedUnique<T extends string>(xs: readonly T[] | undefined): T[] {
  return [...new Set(xs ?? [])].sort();
}

type Report = (n: Notice) => void;

function clamp(key: string, v: number, min: number, max: number, report: Report): number {
  if (v >= min && v <= max) return v;
  report(notice(key, String(v), 'clamped'));
  return Math.min(max, Math.max(min, v));
}

/** A bundle selection: two different known entities joined by at least one relation, ids sorted. */
function cleanPair(id: string, ds: DatasetIndex, report: Report): Selection {
  const [x = '', y = ''] = id.split('~');
  const unknown = [x, y].find((e) => !ds.entities.has(e));
  if (unknown !== undefined) {
    report(notice('s', unknown, 'unknown-entity'));
    return null;
  }
  const key = x < y ? `${x}~${y}` : `${y}~${x}`;
  if (x === y || (ds.pairs !== undefined && !ds.pairs.has(key))) {
    report(notice('s', id, 'unknown-pair'));
    return null;
  }
  return { kind: 'bundle', id: key };
}

function cleanSelection(s: RawViewState['selection'], ds: DatasetIndex, report: Report): Selection {
  if (s === undefined) return null;
  if (s.kind === 'entity') {
    if (ds.entities.has(s.id)) return { kind: 'entity', id: s.id };
    report(notice('s', s.id, 'unknown-entity'));
    return null;
  }
  if (s.kind === 'bundle') return cleanPair(s.id, ds, report);
  const count = ds.relations.get(s.id);
  if (count === undefined) {
    report(notice('s', s.id, 'unknown-relation'));
    return null;
  }
  if (s.evidence < count) return { kind: 'relation', id: s.id, evidence: s.evidence };
  report(notice('s', String(s.evidence + 1), 'evidence-out-of-range'));
  return { kind: 'relation', id: s.id, evidence: 0 };
}

function cleanClaimant(id: string | undefined, ds: DatasetIndex, report: Report): string | null {
  if (id === undefined) return null;
  if (ds.entities.has(id)) return id;
  report(notice('cb', id, 'unknown-entity'));
  return null;
}

function cleanSearch(q: string | undefined, report: Report): string {
  if (q === undefined) return '';
  const stripped = q.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL, '');
  if (stripped !== q) report(notice('q', q, 'cleaned'));
  const points = Array.from(stripped);
  if (points.length <= LIMITS.maxSearch) return stripped;
  report(notice('q', stripped, 'truncated'));
  return points.slice(0, LIMITS.maxSearch).join('');
}

function cleanCamera(c: Camera | undefined, report: Report): Camera | null {
  if (c === undefined) return null;
  const pan = LIMITS.maxPan;
  return {
    x: round(clamp('c', c.x, -pan, pan, report), LIMITS.panDecimals),
    y: round(clamp('c', c.y, -pan, pan, report), LIMITS.panDecimals),
    zoom: round(clamp('c', c.zoom, LIMITS.minZoom, LIMITS.maxZoom, report), LIMITS.zoomDecimals),
  };
}

/** The overview: known entities only (a community is named by an entity), order kept, repeats and the oldest over the link's cap dropped. */
function cleanOverview(raw: RawViewState, ds: DatasetIndex, report: Report): ViewState['overview'] {
  const known = (key: string) => (id: string): boolean => {
    if (!ds.entities.has(id)) report(notice(key, id, 'unknown-entity'));
    return ds.entities.has(id);
  };
  const groups = (raw.overviewGroups ?? []).filter(known('xg'));
  const nodes = (raw.overviewNodes ?? []).filter(known('xn'));
  const trimmed = trimOverviewLists(groups, nodes);
  if (trimmed.groups.length < new Set(groups).size) report(notice('xg', String(groups.length), 'truncated'));
  if (trimmed.nodes.length < new Set(nodes).size) report(notice('xn', String(nodes.length), 'truncated'));
  return { mode: raw.overviewMode ?? 'communities', ...trimmed };
}

/** Whether partial date `a` starts after partial date `b` (compared on their common precision). */
function after(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/**
 * Checks raw link values against the dataset: unknown ids dropped, evidence index and numbers
 * clamped, lists deduplicated and sorted, invalid paths removed. Everything changed is reported.
 */
export function cleanViewState(raw: RawViewState, ds: DatasetIndex): { state: ViewState; notices: Notice[] } {
  const notices: Notice[] = [];
  const report: Report = (n) => void notices.push(n);
  const d = defaultViewState();

  const hiddenTypes = sortedUnique(raw.hiddenTypes).filter((t) => {
    if (!ds.relationTypes.has(t)) report(notice('ht', t, 'unknown-type'));
    return ds.relationTypes.has(t);
  });

  let from = raw.timeFrom ?? null;
  let to = raw.timeTo ?? null;
  if (from !== null && to !== null && after(from, to)) {
    report(notice('t', `${from}..${to}`, 'reversed-range'));
    [from, to] = [to, from];
  }

  let path: ViewState['path'] = null;
  if (raw.path !== undefined) {
    const { from: a, to: b } = raw.path;
    if (a !== b && ds.entities.has(a) && ds.entities.has(b)) path = { from: a, to: b, factsOnly: raw.pathFactsOnly ?? false };
    else report(notice('p', `${a},${b}`, 'invalid-path'));
  } else if (raw.pathFactsOnly === true) report(notice('pf', '1', 'needs-path'));

  const open = raw.reader?.open ?? false;
  const offset = raw.reader?.offset ?? null;
  const hops = Math.trunc(clamp('f', raw.focusHops ?? 0, 0, LIMITS.maxHops, report)) as ViewState['focusHops'];

  return {
    state: {
      version: 1,
      lang: raw.lang ?? d.lang,
      selection: cleanSelection(raw.selection, ds, report),
      search: cleanSearch(raw.search, report),
      filters: {
        hiddenKinds: sortedUnique(raw.hiddenKinds).filter((k) => {
          const known = (ds.kinds ?? BUILT_IN_KINDS).has(k);
          if (!known) report(notice('hk', k, 'unknown-kind'));
          return known;
        }),
        hiddenTypes,
        hiddenCategories: sortedUnique(raw.hiddenCategories),
        hiddenStances: sortedUnique(raw.hiddenStances),
        hiddenStatuses: sortedUnique(raw.hiddenStatuses),
        claimant: cleanClaimant(raw.claimant, ds, report),
      },
      focusHops: hops,
      layout: raw.layout ?? d.layout,
      camera: cleanCamera(raw.camera, report),
      reader: { open, offset: open && offset !== null ? clamp('rd', offset, 0, ds.textLength, report) : null },
      view: raw.view ?? d.view,
      time: { from, to, mode: raw.timeMode ?? d.time.mode, showUndated: raw.showUndated ?? d.time.showUndated },
      path,
      sizeBy: raw.sizeBy ?? d.sizeBy,
      camps: raw.camps ?? d.camps,
      overview: cleanOverview(raw, ds, report),
    },
    notices,
  };
}
