// Finds quotes and names in source texts: W3C TextQuoteSelector + TextPositionSelector, and entity mentions.
import type { AnchoredEvidence, Mention } from '../schema';

/** Characters of context kept on each side of a quote (W3C TextQuoteSelector prefix/suffix). */
export const CONTEXT_LENGTH = 32;

/** Every start index (UTF-16) where `needle` occurs in `text`, overlapping occurrences included. */
export function findOccurrences(text: string, needle: string): number[] {
  const starts: number[] = [];
  if (needle === '') return starts;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

/** Result of looking for a quote: its start, or why it cannot be placed. */
export type QuoteLocation =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: 'not-found' | 'ambiguous' | 'occurrence-out-of-range'; count: number };

/** Places `quote` in `text`: it must occur once, or `occurrence` (1-based) must pick one of its occurrences. */
export function locateQuote(text: string, quote: string, occurrence?: number): QuoteLocation {
  const starts = findOccurrences(text, quote);
  if (starts.length === 0) return { ok: false, reason: 'not-found', count: 0 };
  if (occurrence === undefined) {
    if (starts.length > 1) return { ok: false, reason: 'ambiguous', count: starts.length };
    const start = starts[0] as number;
    return { ok: true, start, end: start + quote.length };
  }
  const start = starts[occurrence - 1];
  if (start === undefined) return { ok: false, reason: 'occurrence-out-of-range', count: starts.length };
  return { ok: true, start, end: start + quote.length };
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The W3C selectors for `text[start, end)`: exact, up to 32 units of prefix/suffix (never splitting a surrogate pair), offsets. */
export function evidenceSelector(source: string, text: string, start: number, end: number): AnchoredEvidence {
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    source,
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}

const WORD_CHAR = /[A-Za-z0-9]/;

function atWordBoundary(text: string, start: number, end: number, name: string): boolean {
  if (WORD_CHAR.test(name[0] ?? '') && WORD_CHAR.test(text[start - 1] ?? '')) return false;
  if (WORD_CHAR.test(name[name.length - 1] ?? '') && WORD_CHAR.test(text[end] ?? '')) return false;
  return true;
}

/**
 * Where any of `names` occurs in `text`: names shorter than 2 characters are skipped, Latin names must
 * stand as whole words, the longest match wins where names overlap, and mentions never overlap each other.
 */
export function findMentions(source: string, text: string, names: readonly string[]): Mention[] {
  const usable = [...new Set(names)].filter((name) => [...name].length >= 2);
  const candidates: { start: number; end: number }[] = [];
  for (const name of usable) {
    for (const start of findOccurrences(text, name)) {
      const end = start + name.length;
      if (atWordBoundary(text, start, end, name)) candidates.push({ start, end });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: { start: number; end: number }[] = [];
  for (const candidate of candidates) {
    if (taken.every((t) => candidate.end <= t.start || candidate.start >= t.end)) taken.push(candidate);
  }
  taken.sort((a, b) => a.start - b.start);
  return taken.map(({ start, end }) => ({ source, start, end }));
}
