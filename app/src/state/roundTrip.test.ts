// Property: every clean view state survives serialize → parse → clean unchanged, with no notices.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanViewState } from './cleanViewState';
import { toRawViewState } from './toRawViewState';
import { parseViewState } from './parseViewState';
import { serializeViewState } from './serializeViewState';
import { FAKE_DATASET, viewStateArbitrary } from './viewStateArbitrary';
import { viewStateSchema } from './viewStateSchema';

describe('deep-link round trip', () => {
  it('generated view states are valid by the schema (the arbitrary itself is sound)', () => {
    fc.assert(
      fc.property(viewStateArbitrary(), (s) => {
        expect(viewStateSchema.safeParse(s).success).toBe(true);
      }),
    );
  });

  it('clean(parse(serialize(s))) deep-equals s and reports nothing', () => {
    fc.assert(
      fc.property(viewStateArbitrary(), (s) => {
        const parsed = parseViewState(serializeViewState(s));
        const cleaned = cleanViewState(parsed.state, FAKE_DATASET);
        expect(parsed.notices).toEqual([]);
        expect(cleaned.notices).toEqual([]);
        expect(cleaned.state).toStrictEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('the same round trip holds for links written as "#fragment", "?query" and full URLs', () => {
    fc.assert(
      fc.property(viewStateArbitrary(), fc.constantFrom('#', '?', 'https://example.org/app/#', 'http://localhost:5173/?'), (s, prefix) => {
        const { state, notices } = cleanViewState(parseViewState(prefix + serializeViewState(s)).state, FAKE_DATASET);
        expect(notices).toEqual([]);
        expect(state).toStrictEqual(s);
      }),
      { numRuns: 200 },
    );
  });

  it('cleaning an already clean state through toRawViewState changes nothing', () => {
    fc.assert(
      fc.property(viewStateArbitrary(), (s) => {
        const { state, notices } = cleanViewState(toRawViewState(s), FAKE_DATASET);
        expect(notices).toEqual([]);
        expect(state).toStrictEqual(s);
      }),
      { numRuns: 200 },
    );
  });
});
