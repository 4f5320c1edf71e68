// Tests for the overview's link keys (o, xg, xn): round trip of an expanded view, cleaning, and link length at 20,000 entities.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OVERVIEW_LIST_MAX } from '../model/scale/overviewState';
import type { DatasetIndex } from './datasetIndex';
import { defaultViewState } from './defaultViewState';
import { serializeViewState } from './serializeViewState';
import type { ViewState } from './types';
import { viewStateFromLink } from './viewStateFromLink';
import { viewStateSchema } from './viewStateSchema';

/** A 20,000-entity dataset index with the generator's ids (`n` + base 36 index). */
const entities = Array.from({ length: 20_000 }, (_, i) => `n${i.toString(36)}`);
const BIG: DatasetIndex = {
  entities: new Set(entities),
  relations: new Map(Array.from({ length: 60_000 }, (_, i) => [`r${i.toString(36)}`, 1])),
  relationTypes: new Set(['knows', 'funds', 'sued', 'employs', 'owns']),
  textLength: 50_000,
};
const CONTENT_ID_PREFIX = `d=${'a'.repeat(64)}&`;

describe('overview link keys', () => {
  it('an expanded view (mode, communities, entities in their order) survives serialize → parse → clean unchanged', () => {
    const ids = fc.constantFrom(...entities);
    const overview = fc.record({
      mode: fc.constantFrom('communities' as const, 'top' as const),
      groups: fc.uniqueArray(ids, { maxLength: OVERVIEW_LIST_MAX }),
      nodes: fc.uniqueArray(ids, { maxLength: OVERVIEW_LIST_MAX }),
    });
    fc.assert(
      fc.property(overview, fc.option(ids), (o, selected) => {
        const state: ViewState = { ...defaultViewState(), overview: o, selection: selected === null ? null : { kind: 'entity', id: selected } };
        expect(viewStateSchema.safeParse(state).success).toBe(true);
        const link = serializeViewState(state);
        expect(viewStateFromLink(link, BIG)).toEqual({ state, notices: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('writes nothing for the default overview, o=top for top entities, and the lists in their order', () => {
    expect(serializeViewState(defaultViewState())).toBe('v=1');
    const link = serializeViewState({ ...defaultViewState(), overview: { mode: 'top', groups: ['nz', 'n1'], nodes: ['n5', 'n2'] } });
    expect(link).toBe('v=1&o=top&xg=nz,n1&xn=n5,n2');
  });

  it('drops unknown entities (with a notice) and repeats, keeping the order of the rest', () => {
    const { state, notices } = viewStateFromLink('v=1&xg=n3,nobody,n1,n3&xn=n9,Bad_Id', BIG);
    expect(state.overview).toEqual({ mode: 'communities', groups: ['n3', 'n1'], nodes: ['n9'] });
    expect(notices.map((n) => [n.key, n.value, n.reason])).toEqual([
      ['xn', 'Bad_Id', 'invalid-value'],
      ['xg', 'nobody', 'unknown-entity'],
    ]);
  });

  it('keeps the newest entries when a link lists more than a link may hold, and says so', () => {
    const long = Array.from({ length: 60 }, (_, i) => `entity-${i}-with-a-rather-long-name`);
    const ds: DatasetIndex = { ...BIG, entities: new Set(long) };
    const { state, notices } = viewStateFromLink(`v=1&xg=${long.join(',')}&xn=${long.join(',')}`, ds);
    expect(state.overview.groups.at(-1)).toBe(long.at(-1));
    expect(state.overview.groups.length).toBeLessThan(OVERVIEW_LIST_MAX + 1);
    expect(notices.map((n) => n.reason)).toContain('truncated');
    expect(serializeViewState(state).length).toBeLessThan(1000);
  });

  it('a link to the richest plausible view of a 20,000-entity graph, dataset id included, stays under 2,000 characters', () => {
    const far = (i: number): string => entities[19_999 - i] as string;
    const rich: ViewState = {
      ...defaultViewState(),
      lang: 'zh',
      selection: { kind: 'entity', id: far(0) },
      search: '馬斯克 起訴 OpenAI',
      filters: { hiddenKinds: ['document', 'event'], hiddenTypes: ['employs', 'funds', 'owns'], hiddenCategories: ['other'], hiddenStances: ['neutral'], hiddenStatuses: ['claim'], claimant: far(1) },
      focusHops: 2,
      camera: { x: -123456.78, y: 98765.43, zoom: 1.2345 },
      reader: { open: true, offset: 49_999 },
      time: { from: '2015-12-11', to: '2024-03-18', mode: 'fade', showUndated: false },
      path: { from: far(2), to: far(3), factsOnly: true },
      sizeBy: 'pagerank',
      overview: { mode: 'communities', groups: Array.from({ length: OVERVIEW_LIST_MAX }, (_, i) => far(10 + i)), nodes: Array.from({ length: OVERVIEW_LIST_MAX }, (_, i) => far(100 + i)) },
    };
    const link = `#${CONTENT_ID_PREFIX}${serializeViewState(rich)}`;
    expect(link.length).toBeLessThan(2000);
    expect(viewStateFromLink(link.slice(1 + CONTENT_ID_PREFIX.length), BIG)).toEqual({ state: rich, notices: [] });
  });
});
