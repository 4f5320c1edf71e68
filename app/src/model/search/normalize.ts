// Text normalisation shared by the index and the query: NFKC, Traditional → Simplified (opencc-js t2cn), lower case.
import { Converter } from 'opencc-js/t2cn';

let toSimplified: ((text: string) => string) | null = null;

/**
 * Folds text so that both scripts and both widths meet: NFKC (full-width Ｍｕｓｋ → Musk), Traditional to
 * Simplified with the Taiwan dictionary (馬斯克 → 马斯克, the article's 佈羅克曼 → 布罗克曼), lower case.
 */
export function normalizeText(text: string): string {
  toSimplified ??= Converter({ from: 'tw', to: 'cn' });
  return toSimplified(text.normalize('NFKC')).toLowerCase();
}
