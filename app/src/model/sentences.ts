// The one home of relation wording: a type's label ("sued", "起訴") and a relation as a sentence ("Elon Musk sued OpenAI").
import type { EvidenceGraph } from './graph';
import type { Lang } from './queries';
import type { RelationTypeRecord } from './schema';

type TypeWording = Pick<RelationTypeRecord, 'id' | 'label' | 'sentence'>;

/** What the wording needs of a vocabulary: its relation types (absent when a file brought none). */
export interface WordingVocabulary {
  relationTypes: readonly TypeWording[];
}

/** The label of relation type `typeId` in `lang` (read from source to target); the type id when the vocabulary lacks it. */
export function typeLabelIn(vocabulary: WordingVocabulary | undefined, typeId: string, lang: Lang): string {
  return vocabulary?.relationTypes.find((t) => t.id === typeId)?.label[lang] ?? typeId;
}

/** The label of relation type `typeId` in `lang` from the graph's vocabulary; the type id when it lacks the type. */
export function typeLabel(graph: EvidenceGraph, typeId: string, lang: Lang): string {
  return typeLabelIn(graph.getAttribute('vocabulary'), typeId, lang);
}

/** The entity's name in `lang` (the other language if empty); the id itself when the graph lacks the entity. */
export function entityName(graph: EvidenceGraph, id: string, lang: Lang): string {
  if (!graph.hasNode(id)) return id;
  const a = graph.getNodeAttributes(id);
  const [first, second] = lang === 'zh' ? [a.labelZh, a.label] : [a.label, a.labelZh];
  return first || second || id;
}

/** A generic English name ("netizens", "a Dogecoin designer") opening a sentence gets a capital; "xAI" stays. */
function capitalizeOpening(sentence: string): string {
  const firstWord = /^[^\s]+/.exec(sentence)?.[0] ?? '';
  return /^[a-z]+$/.test(firstWord) ? sentence.charAt(0).toUpperCase() + sentence.slice(1) : sentence;
}

/**
 * A relation of type `typeId` from `source` to `target` as a sentence in `lang`. The type's `sentence` pattern when
 * the vocabulary gives one, else "source label target" (English, with spaces) or "source label target" run together
 * (Chinese). Names are inserted as given: render the result as text.
 */
export function sentenceIn(vocabulary: WordingVocabulary | undefined, typeId: string, source: string, target: string, lang: Lang): string {
  const record = vocabulary?.relationTypes.find((t) => t.id === typeId);
  const pattern = record?.sentence?.[lang];
  const label = record?.label[lang] ?? typeId;
  // One pass over the pattern, so a name that happens to contain "{target}" is never substituted again.
  const text = pattern
    ? pattern.replace(/\{(source|target)\}/g, (_, end: string) => (end === 'source' ? source : target))
    : lang === 'zh'
      ? `${source}${label}${target}`
      : `${source} ${label} ${target}`;
  return lang === 'en' ? capitalizeOpening(text) : text;
}

/** Relation `edgeId` as a sentence in `lang` ("Elon Musk sued OpenAI", "馬斯克起訴OpenAI"); its id when the graph lacks it. */
export function relationSentence(graph: EvidenceGraph, edgeId: string, lang: Lang): string {
  if (!graph.hasEdge(edgeId)) return edgeId;
  const type = graph.getEdgeAttribute(edgeId, 'type');
  return sentenceIn(graph.getAttribute('vocabulary'), type, entityName(graph, graph.source(edgeId), lang), entityName(graph, graph.target(edgeId), lang), lang);
}
