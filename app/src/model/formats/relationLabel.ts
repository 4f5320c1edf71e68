// The display label of a relation type for exporters, which hold graph attributes rather than a graph (model/sentences.ts).
import type { Lang } from '../queries';
import type { GraphAttributes } from '../schema';
import { typeLabelIn } from '../sentences';

/** Vocabulary label of `type` in `lang`, or the type id when the vocabulary does not know it. */
export function relationTypeLabel(attributes: Partial<GraphAttributes>, type: string, lang: Lang): string {
  return typeLabelIn(attributes.vocabulary, type, lang);
}
