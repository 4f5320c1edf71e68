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

/** Code units of a name's head that findMentionsMany buckets names by. */
const HEAD_UNITS = 8;

/**
 * `findMentions` for many entities over many texts at once: the names are indexed once, then each text is scanned
 * once (a hash of the first 1–8 code units at each position) instead of one `indexOf` pass per name per text. Entry
 * `i` of the result equals `texts.flatMap(([source, text]) => findMentions(source, text, namesPerEntity[i]))`: same
 * names kept (2+ characters, deduplicated per entity), same overlapping occurrences, same word-boundary rule, longest
 * match wins, no overlaps, sorted by start within each text, texts in the order given.
 */
export function findMentionsMany(texts: readonly (readonly [source: string, text: string])[], namesPerEntity: readonly (readonly string[])[]): Mention[][] {
  const out: Mention[][] = namesPerEntity.map(() => []);
  if (texts.length === 0) return out;
  // name → the entities that have it (each entity once per name).
  const owners = new Map<string, number[]>();
  for (let i = 0; i < namesPerEntity.length; i += 1) {
    for (const name of namesPerEntity[i] as readonly string[]) {
      // Fewer than 2 characters: shorter than 2 units, or 2 units that are one surrogate pair.
      if (name.length < 2 || (name.length === 2 && [...name].length < 2)) continue;
      const list = owners.get(name);
      if (list === undefined) owners.set(name, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  if (owners.size === 0) return out;
  // Names bucketed by a hash of their first k = min(length, 8) code units, one table per k: names share long prefixes
  // (first names, "Northwind …"), so a short head would make buckets of hundreds. The hash is a small integer, computed
  // incrementally at each position of the text; a bucket hit is confirmed with startsWith.
  const byLength: (Map<number, string[]> | undefined)[] = new Array<Map<number, string[]> | undefined>(HEAD_UNITS + 1).fill(undefined);
  for (const name of owners.keys()) {
    const k = Math.min(name.length, HEAD_UNITS);
    let h = 0;
    for (let j = 0; j < k; j += 1) h = (Math.imul(h, 31) + name.charCodeAt(j)) | 0;
    h &= 0x3fffffff;
    let table = byLength[k];
    if (table === undefined) byLength[k] = table = new Map();
    const list = table.get(h);
    if (list === undefined) table.set(h, [name]);
    else list.push(name);
  }
  for (const [source, text] of texts) {
    const candidates = new Map<number, { start: number; end: number }[]>();
    for (let at = 0; at < text.length - 1; at += 1) {
      let h = 0;
      const last = Math.min(HEAD_UNITS, text.length - at);
      for (let k = 1; k <= last; k += 1) {
        h = (Math.imul(h, 31) + text.charCodeAt(at + k - 1)) | 0;
        const table = byLength[k];
        if (table === undefined) continue;
        const names = table.get(h & 0x3fffffff);
        if (names === undefined) continue;
        for (const name of names) {
          if (!text.startsWith(name, at)) continue;
          const end = at + name.length;
          if (!atWordBoundary(text, at, end, name)) continue;
          for (const i of owners.get(name) as number[]) {
            const list = candidates.get(i);
            if (list === undefined) candidates.set(i, [{ start: at, end }]);
            else list.push({ start: at, end });
          }
        }
      }
    }
    for (const [i, found] of candidates) {
      found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const taken: { start: number; end: number }[] = [];
      for (const candidate of found) {
        if (taken.every((t) => candidate.end <= t.start || candidate.start >= t.end)) taken.push(candidate);
      }
      taken.sort((a, b) => a.start - b.start);
      const mentions = out[i] as Mention[];
      for (const { start, end } of taken) mentions.push({ source, start, end });
    }
  }
  return out;
}
