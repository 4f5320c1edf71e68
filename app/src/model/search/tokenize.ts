// Tokenizer for mixed Latin/Chinese text: Latin words and numbers as words, CJK runs as character n-grams.
import { normalizeText } from './normalize';

const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)/gu;

/**
 * Splits already normalised text. Latin (and other alphabetic) runs become words. A CJK run becomes its
 * character unigrams and bigrams when `mode` is 'index'; for 'query' a run of two or more characters becomes
 * its bigrams only (so a multi-character query matches as a phrase), a single character stays a unigram.
 */
export function tokenizeNormalized(text: string, mode: 'index' | 'query'): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(RUN)) {
    if (m[2] !== undefined) {
      out.push(m[2]);
      continue;
    }
    const chars = [...(m[1] ?? '')];
    if (mode === 'index' || chars.length === 1) out.push(...chars);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** Normalises then tokenizes (see `normalizeText` and `tokenizeNormalized`). */
export function tokenize(text: string, mode: 'index' | 'query' = 'index'): string[] {
  return tokenizeNormalized(normalizeText(text), mode);
}

/** Whether a token is made of CJK characters (no prefix or fuzzy matching for those). */
export function isCjkToken(token: string): boolean {
  return /^\p{Script=Han}+$/u.test(token);
}
