// Re-anchoring a W3C TextQuote+TextPosition selector whose position no longer matches its text (robust anchoring).
import { findOccurrences } from '../data/locate';

/** The quote as a bundle gives it: exact words, their context, and where they were. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Where `exact` is in `text`: its only occurrence, or among several the one whose surroundings best match `prefix`
 * and `suffix` (then the one nearest the old `start`). null when the quote is not in the text (or is empty).
 */
export function reanchorQuote(text: string, selector: QuoteSelector): { start: number; end: number } | null {
  const starts = findOccurrences(text, selector.exact);
  if (starts.length === 0) return null;
  let best = starts[0] as number;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (const start of starts) {
    const end = start + selector.exact.length;
    const before = text.slice(Math.max(0, start - selector.prefix.length), start);
    const after = text.slice(end, end + selector.suffix.length);
    const score = commonSuffixLength(before, selector.prefix) + commonPrefixLength(after, selector.suffix);
    const distance = Math.abs(start - selector.start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) [best, bestScore, bestDistance] = [start, score, distance];
  }
  return { start: best, end: best + selector.exact.length };
}
