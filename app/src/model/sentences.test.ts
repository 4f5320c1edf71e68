// Tests for relation wording: every type of the real vocabulary reads as a sentence in both languages, with the names in it.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from './data/readDataFolder';
import { validDataset } from './data/validate';
import { buildMiniGraph } from './testing/miniGraph';
import type { Lang } from './queries';
import { entityName, relationSentence, sentenceIn, typeLabel, typeLabelIn } from './sentences';

const data = validDataset(readDataFolder(resolve(__dirname, '../../..')));
const vocabulary = data.vocabulary;
const names = new Map(data.entities.map((e) => [e.id, e.name]));

/** Sample ends for a type: the ends of its first relation in graph-data, else two generic names. */
function samples(typeId: string): { en: [string, string]; zh: [string, string] }[] {
  const generic = { en: ['Alice Example', 'Bravo Works'] as [string, string], zh: ['甲方', '乙方'] as [string, string] };
  const rel = data.relations.find((r) => r.record.type === typeId)?.record;
  if (!rel) return [generic];
  const s = names.get(rel.source);
  const t = names.get(rel.target);
  if (!s || !t) throw new Error(`relation ${rel.id} has an end without a name`);
  return [{ en: [s.en, t.en], zh: [s.zh, t.zh] }, generic];
}

const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'about', 'was', 'has', 'its', 'are', 'that']);
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !STOP.has(w));
}
function count(words: string[], w: string): number {
  return words.filter((x) => x === w).length;
}

const cases = vocabulary.relationTypes.flatMap((type) =>
  samples(type.id).flatMap((ends) =>
    (['en', 'zh'] as Lang[]).map((lang) => {
      const [source, target] = ends[lang];
      return { type: type.id, lang, source, target, sentence: sentenceIn(vocabulary, type.id, source, target, lang) };
    }),
  ),
);

describe('every relation type of graph-data reads as a sentence', () => {
  it('covers every type in both languages', () => {
    expect(new Set(cases.map((c) => `${c.type}/${c.lang}`)).size).toBe(vocabulary.relationTypes.length * 2);
  });

  it.each(cases.filter((c) => c.lang === 'en'))('en $type: $sentence', ({ sentence, source, target }) => {
    expect(sentence.toLowerCase()).toContain(source.toLowerCase()); // an opening generic name gets a capital
    expect(sentence).toContain(target);
    expect(sentence, 'opens with a lower-case word').not.toMatch(/^[a-z]+\s/); // "xAI competes…" is fine
    expect(sentence).not.toMatch(/[{}]|\s{2}|^\s|\s$/);
    expect(sentence).not.toMatch(/\b(themselves|himself|herself|their|his|her)\b/i);
    // No word doubled by the label ("sits on the board of OpenAI's board"): a word appears as often as the names have it.
    const words = contentWords(sentence);
    const inNames = contentWords(`${source} ${target}`);
    for (const w of new Set(words)) expect(count(words, w), `"${w}" repeated in "${sentence}"`).toBe(Math.max(1, count(inNames, w)));
  });

  it.each(cases.filter((c) => c.lang === 'zh'))('zh $type: $sentence', ({ sentence, source, target }) => {
    expect(sentence).toContain(source);
    expect(sentence).toContain(target);
    const rest = sentence.replace(source, '').replace(target, '');
    expect(rest.length).toBeGreaterThan(0);
    expect(rest).not.toMatch(/[{}\s]/);
    expect(rest).not.toMatch(/[a-z]/); // Chinese words only (acronyms such as CEO allowed)
    expect(rest).not.toMatch(/其|他們|自己/); // no pronoun standing for a name the sentence already gives
  });
});

describe('sentenceIn', () => {
  it('fills a pattern once, so a name containing "{target}" is not substituted again', () => {
    const vocab = { relationTypes: [{ id: 'is-ceo', label: { en: 'is CEO of', zh: '任CEO' }, sentence: { zh: '{source}是{target}的CEO' } }] };
    expect(sentenceIn(vocab, 'is-ceo', '甲{target}', '乙', 'zh')).toBe('甲{target}是乙的CEO');
    expect(sentenceIn(vocab, 'is-ceo', 'Ann', 'Bob Ltd', 'en')).toBe('Ann is CEO of Bob Ltd');
  });

  it('capitalizes a generic lower-case name opening an English sentence, but not a name like xAI', () => {
    const vocab = { relationTypes: [{ id: 'sued', label: { en: 'sued', zh: '起訴' } }] };
    expect(sentenceIn(vocab, 'sued', 'netizens', 'xAI', 'en')).toBe('Netizens sued xAI');
    expect(sentenceIn(vocab, 'sued', 'xAI', 'netizens', 'en')).toBe('xAI sued netizens');
  });

  it('falls back to the type id when the vocabulary does not know the type', () => {
    expect(sentenceIn(undefined, 'mystery-link', 'A', 'B', 'en')).toBe('A mystery-link B');
    expect(typeLabelIn({ relationTypes: [] }, 'mystery-link', 'zh')).toBe('mystery-link');
  });
});

describe('on a graph', () => {
  const g = buildMiniGraph();
  const edge = g.edges()[0] as string;
  const type = g.getEdgeAttribute(edge, 'type');

  it('relationSentence names both ends with the type label between them', () => {
    for (const lang of ['en', 'zh'] as Lang[]) {
      const s = relationSentence(g, edge, lang);
      expect(s).toContain(entityName(g, g.target(edge), lang));
      expect(s).toContain(typeLabel(g, type, lang));
    }
  });

  it('an unknown relation reads as its id, an unknown entity as its id', () => {
    expect(relationSentence(g, 'no-such-relation', 'en')).toBe('no-such-relation');
    expect(entityName(g, 'no-such-entity', 'zh')).toBe('no-such-entity');
  });
});
