// "Edit a copy": any open dataset (built-in, imported, a bundle) as authoring records, with a note of what could not come along.
import { ENTITY_KINDS, isAnchored, slug, type CompiledDataset, type EntityKind, type EntityRecord, type EvidenceRecord, type RelationRecord, type SourceRecord, type Vocabulary } from '../schema';
import { findOccurrences } from '../data/locate';
import { sentenceIn } from '../sentences';
import { sha256Hex } from '../import/normalize/sha256';
import type { AuthoringDataset } from './authoring';
import { uniqueId } from './ids';

/** Something of the original that the copy changed or left out, in both languages. */
export interface CopyNote {
  en: string;
  zh: string;
}

const BUILT_IN_KINDS: ReadonlySet<string> = new Set(ENTITY_KINDS);

/** Keeps ids that are already slugs; renames others to unique slugs (`Node 1` → `node-1`). */
function idMapper(fallback: string): (id: string) => string {
  const map = new Map<string, string>();
  const taken = new Set<string>();
  return (id) => {
    const known = map.get(id);
    if (known !== undefined) return known;
    const next = slug.safeParse(id).success && !taken.has(id) ? id : uniqueId(id, fallback, taken);
    map.set(id, next);
    taken.add(next);
    return next;
  };
}

/** The dataset as records an author can edit, named `name`. Deterministic. */
export function authoringFromCompiled(dataset: CompiledDataset, name: string): { dataset: AuthoringDataset; notes: CopyNote[] } {
  const notes: CopyNote[] = [];
  const attrs = dataset.graph.attributes;
  const sourceId = idMapper('source');
  const entityId = idMapper('entity');
  const relationId = idMapper('relation');
  const typeId = idMapper('type');

  const sources: AuthoringDataset['sources'] = [];
  const withText = new Set<string>();
  for (const s of attrs.sources) {
    const text = dataset.texts[s.id];
    if (text === undefined) {
      notes.push({ en: `Source "${s.title.en}" has no text here, so its quotes cannot be anchored; they were left out.`, zh: `來源「${s.title.zh}」沒有文字,其引文無法定位,已略去。` });
      continue;
    }
    const id = sourceId(s.id);
    withText.add(s.id);
    const record: SourceRecord = {
      id,
      title: s.title,
      language: s.language,
      published: s.published ?? '',
      file: `${id}.txt`,
      sha256: sha256Hex(text),
      ...(s.url && /^https?:\/\/\S+$/.test(s.url) ? { url: s.url } : {}),
      ...(s.publisher ? { publisher: s.publisher } : {}),
      ...(s.note ? { note: s.note } : {}),
    };
    sources.push({ record, text });
  }

  const kindOf = (kind: string): EntityKind => {
    if (BUILT_IN_KINDS.has(kind)) return kind as EntityKind;
    return 'group';
  };
  const customKinds = attrs.vocabulary.kinds.filter((k) => !BUILT_IN_KINDS.has(k.id));
  for (const k of customKinds) notes.push({ en: `Kind "${k.label.en}" is not one graph-data knows; its entities are kept as groups.`, zh: `類別「${k.label.zh}」不是 graph-data 支援的類別;其實體改為群體。` });
  const vocabulary: Vocabulary = {
    kinds: attrs.vocabulary.kinds.filter((k) => BUILT_IN_KINDS.has(k.id)).map(({ color: _c, ...k }) => ({ ...k, id: k.id as EntityKind })),
    categories: attrs.vocabulary.categories,
    relationTypes: attrs.vocabulary.relationTypes.map(({ color: _c, ...t }) => ({ ...t, id: typeId(t.id) })),
  };
  if (customKinds.length > 0 && !vocabulary.kinds.some((k) => k.id === 'group')) {
    vocabulary.kinds.push({ id: 'group', label: { en: 'group', zh: '群體' }, plural: { en: 'groups', zh: '群體' } });
  }

  const entities: EntityRecord[] = dataset.graph.nodes.map(({ key, attributes: a }) => ({
    id: entityId(key),
    kind: kindOf(a.kind),
    name: { en: a.label || a.labelZh || key, zh: a.labelZh || a.label || key },
    aliases: a.aliases,
    description: { en: a.descriptionEn || a.kind, zh: a.descriptionZh || a.descriptionEn || a.kind },
  }));
  const names = new Map(entities.map((e) => [e.id, e.name]));

  const relations: RelationRecord[] = [];
  for (const { key, source, target, attributes: a } of dataset.graph.edges) {
    const evidence: EvidenceRecord[] = [];
    for (const e of a.evidence) {
      if (!isAnchored(e) || !withText.has(e.source)) continue;
      const text = dataset.texts[e.source] ?? '';
      const starts = findOccurrences(text, e.exact);
      evidence.push({ source: sourceId(e.source), quote: e.exact, ...(starts.length > 1 ? { occurrence: starts.indexOf(e.start) + 1 } : {}) });
    }
    const left = a.evidence.length - evidence.length;
    if (left > 0) notes.push({ en: `Relation ${key}: ${left} quote(s) without their source text were left out.`, zh: `關係 ${key}:${left} 則沒有來源文字的引文已略去。` });
    const from = entityId(source);
    const to = entityId(target);
    const type = typeId(a.type);
    const sentence = (lang: 'en' | 'zh') => sentenceIn(vocabulary, type, names.get(from)?.[lang] ?? from, names.get(to)?.[lang] ?? to, lang);
    relations.push({
      id: relationId(key),
      type,
      source: from,
      target: to,
      stance: a.stance,
      ...(a.date ? { date: a.date } : {}),
      ...(a.date && a.dateEnd ? { dateEnd: a.dateEnd } : {}),
      status: a.status,
      ...(a.status === 'claim' && a.claimedBy ? { claimedBy: entityId(a.claimedBy) } : {}),
      summary: { en: a.summaryEn || `${sentence('en')}.`, zh: a.summaryZh || `${sentence('zh')}。` },
      evidence,
    });
  }
  return { dataset: { name, sources, vocabulary, entities, relations, stories: dataset.stories ?? [] }, notes };
}

/** An empty dataset to start from, with a vocabulary (usually the built-in one: its kinds, categories and relation types). */
export function emptyAuthoring(name: string, vocabulary: Vocabulary): AuthoringDataset {
  return { name, sources: [], vocabulary: { ...vocabulary, relationTypes: vocabulary.relationTypes }, entities: [], relations: [], stories: [] };
}
