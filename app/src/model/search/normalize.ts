// Text normalisation shared by the index and the query: NFKC, Traditional → Simplified (opencc-js t2cn), lower case.
import { Converter } from 'opencc-js/t2cn';

let toSimplified: ((text: string) => string) | null = null;
const HAN = /\p{Script=Han}/u;

/**
 * Folds text so that both scripts and both widths meet: NFKC (full-width Ｍｕｓｋ → Musk), Traditional to
 * Simplified with the Taiwan dictionary (馬斯克 → 马斯克, the article's 佈羅克曼 → 布罗克曼), lower case.
 */
export function normalizeText(text: string): string {
  const folded = text.normalize('NFKC');
  // The converter only changes Han characters: text without any (most names and English summaries) skips it.
  if (!HAN.test(folded)) return folded.toLowerCase();
  toSimplified ??= Converter({ from: 'tw', to: 'cn' });
  return toSimplified(folded).toLowerCase();
}
