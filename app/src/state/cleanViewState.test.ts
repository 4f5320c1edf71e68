// cleanViewState: ids checked against the dataset, numbers clamped, lists canonical, paths and ranges sane.
import { describe, expect, it } from 'vitest';
import { cleanViewState } from './cleanViewState';
import { defaultViewState } from './defaultViewState';
import type { RawViewState } from './rawViewState';
import { FAKE_DATASET } from './viewStateArbitrary';
import { viewStateSchema } from './viewStateSchema';

const clean = (raw: RawViewState) => cleanViewState(raw, FAKE_DATASET);

describe('cleanViewState', () => {
  it('an empty raw state cleans to the default view with no notices', () => {
    expect(clean({})).toEqual({ state: defaultViewState(), notices: [] });
  });

  it('drops a selection of an unknown entity or relation, naming the id', () => {
    expect(clean({ selection: { kind: 'entity', id: 'nobody' } })).toEqual({
      state: defaultViewState(),
      notices: [{ key: 's', value: 'nobody', reason: 'unknown-entity' }],
    });
    expect(clean({ selection: { kind: 'relation', id: 'no-such', evidence: 0 } }).notices).toEqual([
      { key: 's', value: 'no-such', reason: 'unknown-relation' },
    ]);
  });

  it('keeps a known claimant and drops an unknown one with an unknown-entity notice naming it', () => {
    expect(clean({ claimant: 'vinod-khosla' })).toEqual({
      state: { ...defaultViewState(), filters: { ...defaultViewState().filters, claimant: 'vinod-khosla' } },
      notices: [],
    });
    expect(clean({ claimant: 'nobody', lang: 'zh' })).toEqual({
      state: { ...defaultViewState(), lang: 'zh' },
      notices: [{ key: 'cb', value: 'nobody', reason: 'unknown-entity' }],
    });
  });

  it('keeps a known relation but resets an out-of-range evidence index to the first item', () => {
    const { state, notices } = clean({ selection: { kind: 'relation', id: 'khosla-backs-openai', evidence: 1 } });
    expect(state.selection).toEqual({ kind: 'relation', id: 'khosla-backs-openai', evidence: 0 });
    expect(notices).toEqual([{ key: 's', value: '2', reason: 'evidence-out-of-range' }]);
  });

  it('clamps zoom to 0.05–20, hops to 0–3 and the reader offset to the text length, reporting each', () => {
    const { state, notices } = clean({ camera: { x: 1, y: 2, zoom: 500 }, focusHops: 9, reader: { open: true, offset: 999_999 } });
    expect(state.camera).toEqual({ x: 1, y: 2, zoom: 20 });
    expect(state.focusHops).toBe(3);
    expect(state.reader).toEqual({ open: true, offset: FAKE_DATASET.textLength });
    expect(notices.map((n) => `${n.key}:${n.reason}`).sort()).toEqual(['c:clamped', 'f:clamped', 'rd:clamped']);
    expect(clean({ camera: { x: 0, y: 0, zoom: 0 }, focusHops: -2 }).state).toMatchObject({ camera: { zoom: 0.05 }, focusHops: 0 });
  });

  it('rounds the camera to 2 decimals for pan and 4 for zoom, never producing -0', () => {
    const { state, notices } = clean({ camera: { x: 1.23456, y: -0.001, zoom: 1.234567 } });
    expect(state.camera).toEqual({ x: 1.23, y: 0, zoom: 1.2346 });
    expect(Object.is(state.camera?.y, -0)).toBe(false);
    expect(notices).toEqual([]);
  });

  it('sorts and deduplicates hidden lists and drops unknown relation types', () => {
    const { state, notices } = clean({ hiddenKinds: ['person', 'group', 'person'], hiddenTypes: ['sued', 'made-up', 'leads', 'sued'] });
    expect(state.filters.hiddenKinds).toEqual(['group', 'person']);
    expect(state.filters.hiddenTypes).toEqual(['leads', 'sued']);
    expect(notices).toEqual([{ key: 'ht', value: 'made-up', reason: 'unknown-type' }]);
  });

  it('keeps hidden kinds the dataset has (custom kinds of an imported file included) and drops the others', () => {
    const withCustom = { ...FAKE_DATASET, kinds: new Set(['person', 'vessel']) };
    const { state, notices } = cleanViewState({ hiddenKinds: ['vessel', 'person', 'alien'] }, withCustom);
    expect(state.filters.hiddenKinds).toEqual(['person', 'vessel']);
    expect(notices).toEqual([{ key: 'hk', value: 'alien', reason: 'unknown-kind' }]);
    // A dataset index without kinds (older callers) accepts the six built-in kinds only.
    expect(cleanViewState({ hiddenKinds: ['vessel', 'event'] }, FAKE_DATASET).state.filters.hiddenKinds).toEqual(['event']);
  });

  it('rejects a path whose ends are equal or unknown, and pf without a path', () => {
    expect(clean({ path: { from: 'openai', to: 'openai' } }).notices).toEqual([{ key: 'p', value: 'openai,openai', reason: 'invalid-path' }]);
    expect(clean({ path: { from: 'openai', to: 'ghost' } }).state.path).toBeNull();
    expect(clean({ pathFactsOnly: true }).notices).toEqual([{ key: 'pf', value: '1', reason: 'needs-path' }]);
    expect(clean({ path: { from: 'openai', to: 'xai' }, pathFactsOnly: true }).state.path).toEqual({ from: 'openai', to: 'xai', factsOnly: true });
  });

  it('swaps a reversed time range and reports it', () => {
    const { state, notices } = clean({ timeFrom: '2024-03', timeTo: '2015' });
    expect(state.time).toMatchObject({ from: '2015', to: '2024-03' });
    expect(notices).toEqual([{ key: 't', value: '2024-03..2015', reason: 'reversed-range' }]);
    expect(clean({ timeFrom: '2015-06', timeTo: '2015' }).notices).toEqual([]);
  });

  it('caps search text at 100 code points (so a link with a Chinese search stays under 2,000 chars) and strips control characters and lone surrogates', () => {
    const long = clean({ search: '開'.repeat(250) });
    expect(Array.from(long.state.search)).toHaveLength(100);
    expect(long.notices.map((n) => n.reason)).toEqual(['truncated']);
    const ctl = clean({ search: 'a\u0000b\u001bc\ud800' });
    expect(ctl.state.search).toBe('abc\ufffd');
    expect(ctl.notices.map((n) => n.reason)).toEqual(['cleaned']);
  });

  it('a reader that is closed carries no offset', () => {
    expect(clean({ reader: { open: false, offset: 12 } }).state.reader).toEqual({ open: false, offset: null });
  });

  it('whatever it is given, the result is a schema-valid ViewState', () => {
    const raw: RawViewState = {
      selection: { kind: 'relation', id: 'musk-sues-openai', evidence: 99 },
      camera: { x: 1e12, y: -1e12, zoom: -5 },
      focusHops: 1e9,
      reader: { open: true, offset: -4 },
      search: '\u202E'.repeat(300),
      timeFrom: '2030',
      timeTo: '1990',
    };
    expect(viewStateSchema.safeParse(clean(raw).state).success).toBe(true);
  });
});
