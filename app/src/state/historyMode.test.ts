// historyMode: discrete changes push a history entry, continuous ones replace it.
import { describe, expect, it } from 'vitest';
import { defaultViewState } from './defaultViewState';
import { historyMode } from './historyMode';
import type { ViewState } from './types';

const a = defaultViewState();
const withPatch = (patch: Partial<ViewState>): ViewState => ({ ...a, ...patch });

describe('historyMode', () => {
  it.each<[string, Partial<ViewState>]>([
    ['selection', { selection: { kind: 'entity', id: 'openai' } }],
    ['path', { path: { from: 'openai', to: 'xai', factsOnly: false } }],
    ['view', { view: 'table' }],
    ['focus', { focusHops: 2 }],
    ['filters', { filters: { ...a.filters, hiddenStatuses: ['claim'] } }],
    ['claimant filter', { filters: { ...a.filters, claimant: 'vinod-khosla' } }],
    ['language', { lang: 'zh' }],
    ['layout', { layout: 'circle' }],
    ['reader opened', { reader: { open: true, offset: null } }],
    ['time mode', { time: { ...a.time, mode: 'fade' } }],
  ])('a change of %s pushes a history entry', (_name, patch) => {
    expect(historyMode(a, withPatch(patch))).toBe('push');
  });

  it.each<[string, Partial<ViewState>, Partial<ViewState>]>([
    ['camera', { camera: { x: 0, y: 0, zoom: 1 } }, { camera: { x: 5, y: 0, zoom: 1.2 } }],
    ['reader offset', { reader: { open: true, offset: 10 } }, { reader: { open: true, offset: 500 } }],
    ['search typing', { search: 'Mus' }, { search: 'Musk' }],
    ['time slider', { time: { ...a.time, from: '2015' } }, { time: { ...a.time, from: '2016', to: '2020' } }],
    ['nothing', {}, {}],
  ])('a change of %s replaces the current entry', (_name, p1, p2) => {
    expect(historyMode(withPatch(p1), withPatch(p2))).toBe('replace');
  });
});
