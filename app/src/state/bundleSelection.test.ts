// Bundle selections in links (`s=b:<a>~<b>`): parse, clean against the dataset, serialize, and the round trip.
import { describe, expect, it } from 'vitest';
import { cleanViewState } from './cleanViewState';
import type { DatasetIndex } from './datasetIndex';
import { defaultViewState } from './defaultViewState';
import { parseViewState } from './parseViewState';
import { serializeViewState } from './serializeViewState';
import { FAKE_DATASET } from './viewStateArbitrary';
import { viewStateFromLink } from './viewStateFromLink';
import { viewStateSchema } from './viewStateSchema';

/** The fake dataset, knowing which pairs its relations join. */
const DS: DatasetIndex = { ...FAKE_DATASET, pairs: new Set(['elon-musk~openai', 'openai~vinod-khosla']) };

describe('bundle selection links', () => {
  it('parse b:<a>~<b> into a bundle selection', () => {
    expect(parseViewState('#v=1&s=b:elon-musk~openai')).toEqual({ state: { selection: { kind: 'bundle', id: 'elon-musk~openai' } }, notices: [] });
  });

  it('refuse a malformed pair as an invalid value', () => {
    for (const bad of ['b:elon-musk', 'b:elon-musk~', 'b:a~b~c', 'b:Elon~openai', 'b:elon-musk~openai:2']) {
      const { state, notices } = parseViewState(`#v=1&s=${bad}`);
      expect(state.selection).toBeUndefined();
      expect(notices.map((n) => `${n.key}:${n.reason}`)).toEqual(['s:invalid-value']);
    }
  });

  it('clean sorts the pair, and drops unknown ends, equal ends, and pairs no relation joins, with a notice', () => {
    expect(cleanViewState({ selection: { kind: 'bundle', id: 'openai~elon-musk' } }, DS)).toEqual({
      state: { ...defaultViewState(), selection: { kind: 'bundle', id: 'elon-musk~openai' } },
      notices: [],
    });
    expect(cleanViewState({ selection: { kind: 'bundle', id: 'elon-musk~nobody' } }, DS).notices).toEqual([{ key: 's', value: 'nobody', reason: 'unknown-entity' }]);
    expect(cleanViewState({ selection: { kind: 'bundle', id: 'openai~openai' } }, DS).notices).toEqual([{ key: 's', value: 'openai~openai', reason: 'unknown-pair' }]);
    const unrelated = cleanViewState({ selection: { kind: 'bundle', id: 'grok-1~sam-altman' } }, DS);
    expect(unrelated.state.selection).toBeNull();
    expect(unrelated.notices).toEqual([{ key: 's', value: 'grok-1~sam-altman', reason: 'unknown-pair' }]);
  });

  it('a cleaned bundle selection is schema-valid and serializes as s=b:<a>~<b>', () => {
    const state = { ...defaultViewState(), selection: { kind: 'bundle' as const, id: 'elon-musk~openai' } };
    expect(viewStateSchema.safeParse(state).success).toBe(true);
    expect(serializeViewState(state)).toBe('v=1&s=b:elon-musk~openai');
  });

  it('round-trips through the link, whichever order the link names the ends in', () => {
    for (const link of ['#v=1&s=b:elon-musk~openai&l=zh', '#v=1&s=b:openai~elon-musk&l=zh']) {
      const first = viewStateFromLink(link, DS);
      expect(first.state.selection).toEqual({ kind: 'bundle', id: 'elon-musk~openai' });
      const again = viewStateFromLink(`#${serializeViewState(first.state)}`, DS);
      expect(again).toEqual({ state: first.state, notices: [] });
    }
  });
});
