// Stored links from every released link version (v0, v1) still open the same view: the compatibility fixtures.
import { describe, expect, it } from 'vitest';
import { defaultViewState } from './defaultViewState';
import type { ViewState } from './types';
import { FAKE_DATASET } from './viewStateArbitrary';
import { viewStateFromLink } from './viewStateFromLink';

const view = (patch: Partial<ViewState>): ViewState => ({ ...defaultViewState(), ...patch });
const base = defaultViewState();

/** [released version, stored link, the view it must open]. Never edit a row: add new ones. */
const FIXTURES: readonly [string, string, ViewState][] = [
  ['v0', '#sel=entity:vinod-khosla&lang=zh', view({ selection: { kind: 'entity', id: 'vinod-khosla' }, lang: 'zh' })],
  ['v0', '#sel=relation:musk-sues-openai/2&reader=open', view({ selection: { kind: 'relation', id: 'musk-sues-openai', evidence: 2 }, reader: { open: true, offset: null } })],
  ['v0', '#search=Grok&hide=group,product&layout=circle&table=yes', view({ search: 'Grok', filters: { ...base.filters, hiddenKinds: ['group', 'product'] }, layout: 'circle', view: 'table' })],
  ['v0', '#pan=-10.5,20&zoom=2', view({ camera: { x: -10.5, y: 20, zoom: 2 } })],
  ['v0', '#', base],
  ['v1', '#v=1', base],
  [
    'v1',
    '#v=1&l=zh&s=e:vinod-khosla&hf=fact&f=1&c=120.5,-40,2.5',
    view({ lang: 'zh', selection: { kind: 'entity', id: 'vinod-khosla' }, filters: { ...base.filters, hiddenStatuses: ['fact'] }, focusHops: 1, camera: { x: 120.5, y: -40, zoom: 2.5 } }),
  ],
  [
    'v1',
    '#v=1&s=r:altman-leads-openai:1&rd=o300&t=2015..2024-03&tm=fade&tu=0',
    view({ selection: { kind: 'relation', id: 'altman-leads-openai', evidence: 1 }, reader: { open: true, offset: 300 }, time: { from: '2015', to: '2024-03', mode: 'fade', showUndated: false } }),
  ],
  ['v1', '#v=1&p=elon-musk,sam-altman&pf=1&z=pagerank&k=1&tv=1&y=fcose', view({ path: { from: 'elon-musk', to: 'sam-altman', factsOnly: true }, sizeBy: 'pagerank', camps: true, view: 'table', layout: 'fcose' })],
  ['v1', '?v=1&q=%E9%A6%AC%E6%96%AF%E5%85%8B&ht=sued', view({ search: '馬斯克', filters: { ...base.filters, hiddenTypes: ['sued'] } })],
  // v1 with the claimant key `cb` (added later, still version 1: an optional key old apps report as unknown and ignore).
  [
    'v1',
    '#v=1&l=zh&s=e:vinod-khosla&cb=vinod-khosla&c=120.5,-40,2',
    view({ lang: 'zh', selection: { kind: 'entity', id: 'vinod-khosla' }, filters: { ...base.filters, claimant: 'vinod-khosla' }, camera: { x: 120.5, y: -40, zoom: 2 } }),
  ],
];

describe('stored links from released versions', () => {
  it.each(FIXTURES)('%s link %s opens its recorded view with no notices', (_version, link, expected) => {
    expect(viewStateFromLink(link, FAKE_DATASET)).toEqual({ state: expected, notices: [] });
  });

  it('a v0 link with a malformed selection or half a camera keeps the rest and reports the broken part', () => {
    const { state, notices } = viewStateFromLink('#sel=thing:x&zoom=2&lang=zh', FAKE_DATASET);
    expect(state).toEqual(view({ lang: 'zh' }));
    expect(notices.map((n) => `${n.key}:${n.reason}`)).toEqual(['sel:invalid-value', 'zoom:invalid-value']);
  });
});
