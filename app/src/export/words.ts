// The words an export writes into files and messages, given by the caller (the UI's string tables) so this stays UI-free.
import type { EvidenceGraph } from '../model/graph';
import type { Lang } from '../state/types';

/** Keys of the export words (the UI's `export.*` table holds each one in every language). */
export const EXPORT_WORD_KEYS = [
  'noGraph',
  'downscaled',
  'reportTitle',
  'pdfSubtitle',
  'pdfScopeView',
  'pdfScopeFull',
  'pdfEvidence',
  'pdfEvidenceNote',
  'credit',
  'creditMany',
  'htmlNoTemplate',
  'htmlUnknownStory',
] as const;
export type ExportWordKey = (typeof EXPORT_WORD_KEYS)[number];

/** The export word `key`, `{name}` placeholders filled from `vars` (plain text). */
export type ExportWords = (key: ExportWordKey, vars?: Readonly<Record<string, string | number>>) => string;

/** "Source: <title>, <published> · Evidence Graph" (every source, in `lang`), from the words' `credit`/`creditMany`. */
export function creditLine(graph: EvidenceGraph, lang: Lang, words: ExportWords): string {
  const sources = graph.getAttribute('sources').map((s) => {
    const title = s.title[lang] || s.title.en || s.id;
    return s.published ? `${title}, ${s.published}` : title;
  });
  return words(sources.length > 1 ? 'creditMany' : 'credit', { sources: sources.join('; ') });
}
