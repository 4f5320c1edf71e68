// serializeViewState: defaults left out, fixed key order, URL-safe output, and links that stay short.
import { describe, expect, it } from 'vitest';
import { CATEGORIES, ENTITY_KINDS } from '../model/schema';
import type { DatasetIndex } from './datasetIndex';
import { defaultViewState } from './defaultViewState';
import { LINK_KEYS } from './linkKeys';
import { serializeViewState } from './serializeViewState';
import type { ViewState } from './types';
import { viewStateFromLink } from './viewStateFromLink';

// RFC 3986 fragment characters minus the ones chat apps and Markdown mangle: ( ) ' ! * and raw spaces.
const URL_SAFE = /^[A-Za-z0-9\-._~%&=,:]*$/;

describe('serializeViewState', () => {
  it('the default view serializes to just the version', () => {
    expect(serializeViewState(defaultViewState())).toBe('v=1');
  });

  it('writes v first and the other keys in the fixed LINK_KEYS order', () => {
    const s: ViewState = { ...defaultViewState(), camps: true, lang: 'zh', sizeBy: 'degree', selection: { kind: 'entity', id: 'openai' } };
    const link = serializeViewState(s);
    expect(link).toBe('v=1&l=zh&s=e:openai&z=degree&k=1');
    const keys = link.split('&').map((p) => p.split('=')[0] as (typeof LINK_KEYS)[number]);
    expect(keys.map((k) => LINK_KEYS.indexOf(k))).toEqual([...keys.map((k) => LINK_KEYS.indexOf(k))].sort((a, b) => a - b));
  });

  it('writes the claimant filter as cb=<id> right after the hidden statuses, and leaves it out when null', () => {
    const base = defaultViewState();
    expect(serializeViewState({ ...base, filters: { ...base.filters, claimant: null } })).toBe('v=1');
    const s: ViewState = { ...base, selection: { kind: 'entity', id: 'vinod-khosla' }, filters: { ...base.filters, hiddenStatuses: ['fact'], claimant: 'vinod-khosla' }, focusHops: 1 };
    expect(serializeViewState(s)).toBe('v=1&s=e:vinod-khosla&hf=fact&cb=vinod-khosla&f=1');
  });

  it('leaves out evidence index 0 and writes other indexes; writes the reader as 1 or o<offset>', () => {
    const base = defaultViewState();
    expect(serializeViewState({ ...base, selection: { kind: 'relation', id: 'r-1', evidence: 0 } })).toBe('v=1&s=r:r-1');
    expect(serializeViewState({ ...base, selection: { kind: 'relation', id: 'r-1', evidence: 3 } })).toBe('v=1&s=r:r-1:3');
    expect(serializeViewState({ ...base, reader: { open: true, offset: null } })).toBe('v=1&rd=1');
    expect(serializeViewState({ ...base, reader: { open: true, offset: 1 } })).toBe('v=1&rd=o1');
  });

  it('percent-encodes search text, including characters Markdown and chat apps would cut at', () => {
    const link = serializeViewState({ ...defaultViewState(), search: "Musk's (xAI) & OpenAI! *#? 開源 <script>" });
    expect(link).toMatch(URL_SAFE);
    expect(link).not.toMatch(/[<>#?'()!* ]/);
  });

  it('a link to the richest plausible view of a 150-entity / 200-relation dataset stays under 2,000 characters, URL-safe, and reopens', () => {
    const pad = (s: string, n: number): string => `${s}-${'x'.repeat(n)}`.slice(0, n);
    const entities = Array.from({ length: 150 }, (_, i) => pad(`entity-${i}-full-name`, 32));
    const relations = Array.from({ length: 200 }, (_, i) => pad(`relation-${i}-source-verb-target`, 48));
    const types = Array.from({ length: 40 }, (_, i) => pad(`type-${i}-verb`, 24));
    const ds: DatasetIndex = {
      entities: new Set(entities),
      relations: new Map(relations.map((r) => [r, 12])),
      relationTypes: new Set(types),
      textLength: 123_456,
    };
    const rich: ViewState = {
      version: 1,
      lang: 'zh',
      selection: { kind: 'relation', id: relations[199] as string, evidence: 11 },
      search: '馬斯克 起訴 OpenAI 違反創始協議 開源 Grok-1',
      filters: {
        hiddenKinds: [...ENTITY_KINDS].slice(1).sort(),
        hiddenTypes: types.slice(1).sort(),
        hiddenCategories: [...CATEGORIES].slice(1).sort(),
        hiddenStances: ['neutral', 'supports'],
        hiddenStatuses: ['fact'],
        claimant: entities[75] as string,
      },
      focusHops: 3,
      layout: 'breadthfirst',
      camera: { x: -999999.99, y: 999999.99, zoom: 12.3456 },
      reader: { open: true, offset: 123_456 },
      view: 'table',
      time: { from: '2015-12-11', to: '2024-03-18', mode: 'fade', showUndated: false },
      path: { from: entities[0] as string, to: entities[149] as string, factsOnly: true },
      sizeBy: 'betweenness',
      camps: true,
      overview: { mode: 'communities', groups: [], nodes: [] },
    };
    const link = serializeViewState(rich);
    expect(link.length).toBeLessThan(2000);
    expect(link).toMatch(URL_SAFE);
    expect(viewStateFromLink(link, ds)).toEqual({ state: rich, notices: [] });
  });
});
