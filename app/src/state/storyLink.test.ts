// Story step links: `st=<id>.<n>` round-trips, bad values give a notice (never a throw), and it never reaches the view parser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetKeysPrefix, readDatasetKeys } from './datasetLink';
import { defaultViewState } from './defaultViewState';
import { formatStoryPosition, parseStoryPosition, readStoryKey, storyKeyPrefix, storyPositionIn } from './storyLink';
import { FAKE_DATASET } from './viewStateArbitrary';
import { viewStateFromLink } from './viewStateFromLink';

const storyId = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length <= 64);
const position = fc.record({ storyId, step: fc.integer({ min: 1, max: 999 }) });

describe('st= round trip', () => {
  it('format then parse gives the same position, for any valid id and step', () => {
    fc.assert(
      fc.property(position, (p) => {
        expect(parseStoryPosition(formatStoryPosition(p))).toEqual(p);
        expect(readStoryKey(`#${storyKeyPrefix(p)}v=1&l=zh`)).toEqual({ position: p, notices: [], rest: 'v=1&l=zh' });
      }),
    );
  });

  it('sits after the dataset keys and is read from a full URL', () => {
    const p = { storyId: 'open-vs-closed', step: 3 };
    const link = `https://example.org/app/#${datasetKeysPrefix({ d: '0123456789abcdef', src: null, name: 'x.json' })}${storyKeyPrefix(p)}v=1&s=e:openai`;
    expect(readStoryKey(link)).toEqual({ position: p, notices: [], rest: 'd=0123456789abcdef&dn=x.json&v=1&s=e:openai' });
    expect(readDatasetKeys(link)).toEqual({ keys: { d: '0123456789abcdef', src: null, name: 'x.json' }, rest: 'v=1&s=e:openai' });
  });

  it('no st= means no story, and no notice', () => {
    expect(readStoryKey('#v=1&s=e:openai')).toEqual({ position: null, notices: [], rest: 'v=1&s=e:openai' });
    expect(storyKeyPrefix(null)).toBe('');
  });

  it('refuses to write a position no link could hold', () => {
    expect(() => formatStoryPosition({ storyId: 'Bad Id', step: 1 })).toThrow();
    expect(() => formatStoryPosition({ storyId: 'ok', step: 0 })).toThrow();
    expect(() => formatStoryPosition({ storyId: 'ok', step: 1.5 })).toThrow();
  });
});

describe('bad st= values give a notice and no crash', () => {
  const bad = ['', 'x', 'x.0', 'x.-1', 'x.01', 'x.1000', '../', '../x.1', 'X.1', 'a b.1', 'a--b.1', '-a.1', 'x.1.2', '.1', 'x.', 'x.1e2', 'javascript:alert(1)', '<script>.1', '__proto__.1', '%E2%80%AEx.1', `${'a'.repeat(5000)}.1`, 'a'.repeat(9000)];
  for (const value of bad) {
    it(`st=${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…(${value.length})` : value)}`, () => {
      const { position, notices, rest } = readStoryKey(`#st=${value}&v=1&l=zh`);
      expect(position).toBeNull();
      expect(notices).toHaveLength(1);
      expect(notices[0]?.key).toBe('st');
      expect(['invalid-value', 'bad-encoding']).toContain(notices[0]?.reason);
      expect(Array.from(notices[0]?.value ?? '').length).toBeLessThanOrEqual(41);
      expect(rest).toBe('v=1&l=zh');
    });
  }

  it('an undecodable value is reported as bad encoding', () => {
    expect(readStoryKey('#st=%E0%A4%A&v=1').notices).toEqual([{ key: 'st', value: '%E0%A4%A', reason: 'bad-encoding' }]);
  });

  it('a second st= is ignored with a notice; the first wins', () => {
    const { position, notices } = readStoryKey('#st=a.2&st=b.1');
    expect(position).toEqual({ storyId: 'a', step: 2 });
    expect(notices).toEqual([{ key: 'st', value: 'b.1', reason: 'duplicate-key' }]);
  });

  it('random links never throw and give a valid position or none', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ maxLength: 40 }).map((s) => `#st=${s}`), fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `st=${s}&v=1`)), (link) => {
        const { position } = readStoryKey(link);
        if (position !== null) expect(parseStoryPosition(formatStoryPosition(position))).toEqual(position);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('st= and the view parser', () => {
  it('readDatasetKeys leaves st= out of the view keys, so the view parser never reports it', () => {
    const { rest } = readDatasetKeys('#st=open-vs-closed.2&v=1&l=zh');
    expect(rest).toBe('v=1&l=zh');
    expect(viewStateFromLink(rest, FAKE_DATASET)).toEqual({ state: { ...defaultViewState(), lang: 'zh' }, notices: [] });
  });

  it('even a bad st= stays out of the view keys (it is reported by readStoryKey alone)', () => {
    expect(readDatasetKeys('#st=../&v=1').rest).toBe('v=1');
  });
});

describe('storyPositionIn', () => {
  const stories = [{ id: 'a', steps: [1, 2, 3] }, { id: 'empty', steps: [] }];
  it('keeps a step of a known story', () => {
    expect(storyPositionIn({ storyId: 'a', step: 3 }, stories)).toEqual({ position: { storyId: 'a', step: 3 }, notices: [] });
  });
  it('opens the last step for a step past the end, with a notice', () => {
    expect(storyPositionIn({ storyId: 'a', step: 9 }, stories)).toEqual({ position: { storyId: 'a', step: 3 }, notices: [{ key: 'st', value: '9', reason: 'clamped' }] });
  });
  it('no story for an unknown id or an empty story, with a notice', () => {
    expect(storyPositionIn({ storyId: 'nope', step: 1 }, stories)).toEqual({ position: null, notices: [{ key: 'st', value: 'nope.1', reason: 'invalid-value' }] });
    expect(storyPositionIn({ storyId: 'empty', step: 1 }, stories).position).toBeNull();
  });
});
