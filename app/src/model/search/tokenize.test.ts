// Tests for text folding (NFKC, Traditional → Simplified, case) and the mixed Latin/CJK tokenizer.
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize';
import { isCjkToken, tokenize, tokenizeNormalized } from './tokenize';

describe('normalizeText', () => {
  it('folds Traditional to Simplified, including the article’s conversion quirks', () => {
    expect(normalizeText('馬斯克')).toBe('马斯克');
    expect(normalizeText('佈羅克曼')).toBe('布罗克曼');
    expect(normalizeText('安德裡森')).toBe('安德里森');
    expect(normalizeText('首席科學傢')).toBe('首席科学家');
  });

  it('leaves Simplified text as it is and lower-cases Latin, folding full-width forms', () => {
    expect(normalizeText('马斯克')).toBe('马斯克');
    expect(normalizeText('Ｍｕｓｋ OpenAI')).toBe('musk openai');
  });
});

describe('tokenize', () => {
  it('splits Latin words on spaces and punctuation', () => {
    expect(tokenize('Elon Musk, Grok-1!')).toEqual(['elon', 'musk', 'grok', '1']);
  });

  it('indexes a CJK run as its unigrams and bigrams', () => {
    expect(tokenize('馬斯克', 'index')).toEqual(['马', '斯', '克', '马斯', '斯克']);
  });

  it('queries a CJK run of several characters by bigrams only, a single character by itself', () => {
    expect(tokenize('馬斯克', 'query')).toEqual(['马斯', '斯克']);
    expect(tokenize('馬', 'query')).toEqual(['马']);
  });

  it('separates digits and Latin letters from adjacent Chinese characters', () => {
    expect(tokenizeNormalized('3月1日openai回应', 'query')).toEqual(['3', '月', '1', '日', 'openai', '回应']);
  });

  it('yields nothing for blank or punctuation-only text', () => {
    expect(tokenize('  \t\n ')).toEqual([]);
    expect(tokenize('“”,。!?——')).toEqual([]);
  });

  it('recognises CJK tokens', () => {
    expect(isCjkToken('马斯')).toBe(true);
    expect(isCjkToken('musk')).toBe(false);
    expect(isCjkToken('a马')).toBe(false);
  });
});
