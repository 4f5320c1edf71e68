// A passage selected in a source becomes evidence: the exact words, and which occurrence is meant when they occur more than once.
import type { EvidenceRecord } from '../schema';
import { findMentions, findOccurrences } from '../data/locate';
import type { AuthoringDataset } from './authoring';
import { refuse } from './editError';

/** A selection in one source: UTF-16 offsets into its text, end exclusive. */
export interface Passage {
  source: string;
  start: number;
  end: number;
}

/** Longest quote accepted (characters): evidence is a passage, not a chapter. */
export const MAX_QUOTE_CHARS = 2000;

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** The source's text, or a refusal naming the missing source. */
export function sourceText(dataset: AuthoringDataset, source: string): string {
  const found = dataset.sources.find((s) => s.record.id === source);
  if (found === undefined) return refuse('passage-source', `There is no source "${source}".`, `沒有來源「${source}」。`);
  return found.text;
}

/**
 * Settles a selection: trims surrounding white space, refuses an empty one, one across paragraphs or an oversized one,
 * and returns the passage's offsets with the evidence record that names it (`occurrence` only when the words occur
 * more than once, counted as the validator counts them).
 */
export function passageEvidence(dataset: AuthoringDataset, passage: Passage): { evidence: EvidenceRecord; start: number; end: number } {
  const text = sourceText(dataset, passage.source);
  let start = Math.max(0, Math.min(passage.start, passage.end));
  let end = Math.min(text.length, Math.max(passage.start, passage.end));
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (start >= end) refuse('passage-empty', 'Nothing is selected: select the words of the source that state the relation.', '沒有選取文字:請選取來源中陳述此關係的文字。');
  const exact = text.slice(start, end);
  if (exact.includes('\n')) refuse('passage-paragraphs', 'The selection runs across paragraphs: select words within one paragraph (add a second passage as more evidence).', '選取範圍跨越段落:請在同一段落內選取(其他段落可另加為證據)。');
  if (exact.length > MAX_QUOTE_CHARS) refuse('passage-long', `The selection is ${exact.length} characters; a quote can be at most ${MAX_QUOTE_CHARS}.`, `選取了 ${exact.length} 個字元;引文最多 ${MAX_QUOTE_CHARS} 個字元。`);
  const starts = findOccurrences(text, exact);
  const occurrence = starts.indexOf(start) + 1;
  const evidence: EvidenceRecord = { source: passage.source, quote: exact, ...(starts.length > 1 ? { occurrence } : {}) };
  return { evidence, start, end };
}

/** Characters around a passage searched for entity names when pre-filling the relation form. */
export const NEARBY = 40;

/** Entities named in the passage, then those named within NEARBY characters of it, in reading order, each once. */
export function entitiesNear(dataset: AuthoringDataset, passage: Passage): string[] {
  const text = sourceText(dataset, passage.source);
  const from = Math.max(0, passage.start - NEARBY);
  const to = Math.min(text.length, passage.end + NEARBY);
  const window = text.slice(from, to);
  const hits: { id: string; start: number; inside: boolean }[] = [];
  for (const entity of dataset.entities) {
    for (const m of findMentions(passage.source, window, [entity.name.en, entity.name.zh, ...entity.aliases])) {
      const at = m.start + from;
      hits.push({ id: entity.id, start: at, inside: at >= passage.start && at + (m.end - m.start) <= passage.end });
    }
  }
  hits.sort((a, b) => Number(b.inside) - Number(a.inside) || a.start - b.start);
  return [...new Set(hits.map((h) => h.id))];
}
