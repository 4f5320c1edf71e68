// findMentionsMany (one scan per text for all entities) gives exactly what findMentions gives entity by entity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import raw from '../../generated/dataset.json';
import { compiledDataset } from '../schema';
import { findMentions, findMentionsMany } from './locate';

const oneByOne = (source: string, text: string, names: readonly (readonly string[])[]) => names.map((n) => findMentions(source, text, n));
const many = (source: string, text: string, names: readonly (readonly string[])[]) => findMentionsMany([[source, text]], names);

describe('findMentionsMany', () => {
  it('equals findMentions per entity on the built-in dataset', () => {
    const dataset = compiledDataset.parse(raw);
    const names = dataset.graph.nodes.map(({ attributes: a }) => [a.label, a.labelZh, ...a.aliases]);
    const texts = Object.entries(dataset.texts);
    expect(findMentionsMany(texts, names)).toEqual(names.map((n) => texts.flatMap(([source, text]) => findMentions(source, text, n))));
  });

  it('equals findMentions per entity on random texts and names (overlaps, repeats, word edges, surrogates)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', ' ', '1', '馬', '斯', '克', '·', '😀', '\ud83d', '-');
    const str = (max: number) => fc.array(alphabet, { maxLength: max }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(str(60), fc.array(fc.array(str(5), { maxLength: 4 }), { maxLength: 8 }), (text, names) => {
        expect(many('s', text, names)).toEqual(oneByOne('s', text, names));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(str(40), str(40), fc.array(fc.array(str(4), { maxLength: 3 }), { maxLength: 6 }), (a, b, names) => {
        const texts = [['a', a], ['b', b]] as const;
        expect(findMentionsMany(texts, names)).toEqual(names.map((n) => texts.flatMap(([s, t]) => findMentions(s, t, n))));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the documented cases', () => {
    expect(many('s', '馬說馬', [['馬']])).toEqual([[]]);
    expect(many('s', '微軟與微軟', [['微軟', '微軟'], ['微軟']])).toEqual([oneByOne('s', '微軟與微軟', [['微軟']])[0], oneByOne('s', '微軟與微軟', [['微軟']])[0]]);
    expect(many('s', 'Meta Open', [['Meta', 'Open'], ['Met'], ['Meta Open']])).toEqual(oneByOne('s', 'Meta Open', [['Meta', 'Open'], ['Met'], ['Meta Open']]));
  });
});
