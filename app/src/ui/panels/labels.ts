// Display helpers the panels share on top of model/queries: summaries, sources, date ranges (names: model/sentences).
import type { EvidenceGraph } from '../../model/graph';
import type { CompiledSource, EdgeAttributes } from '../../model/schema';
import type { Lang } from '../../state/types';

export { entityName } from '../../model/sentences';

/** The relation's one-line summary in `lang` (the other language if empty). */
export function summaryOf(attrs: Pick<EdgeAttributes, 'summaryEn' | 'summaryZh'>, lang: Lang): string {
  return lang === 'zh' ? attrs.summaryZh || attrs.summaryEn : attrs.summaryEn || attrs.summaryZh;
}

/** The compiled source record, if the graph lists it. */
export function sourceOf(graph: EvidenceGraph, sourceId: string): CompiledSource | undefined {
  return graph.getAttribute('sources').find((s) => s.id === sourceId);
}

/** "2015-12", "2024-03-01 – 2024-03-18", or null when undated. */
export function formatDateRange(date: string | null, dateEnd: string | null): string | null {
  if (date && dateEnd && dateEnd !== date) return `${date} – ${dateEnd}`;
  return date ?? dateEnd ?? null;
}

/** Whether [start, end) is a non-empty integer range inside a text of `length`. */
export function isRangeIn(length: number, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= length;
}
