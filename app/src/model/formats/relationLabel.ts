// The display label of a relation type from the graph's vocabulary, in a language.
import type { GraphAttributes } from '../schema';

/** Vocabulary label of `type` in `lang`, or the type id when the vocabulary does not know it. */
export function relationTypeLabel(attributes: Partial<GraphAttributes>, type: string, lang: 'en' | 'zh'): string {
  const record = attributes.vocabulary?.relationTypes.find((t) => t.id === type);
  return record ? record.label[lang] : type;
}
