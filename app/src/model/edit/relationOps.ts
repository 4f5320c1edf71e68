// Edit operations on relations: make one from a passage, attach more passages (corroboration), change, delete; new relation types.
import type { Category, EvidenceRecord, RelationRecord, RelationTypeRecord, Stance, Status } from '../schema';
import { sentenceIn } from '../sentences';
import type { AuthoringDataset } from './authoring';
import { refuse } from './editError';
import { findEntity } from './entityOps';
import { uniqueId } from './ids';
import { passageEvidence, type Passage } from './passage';

export interface NewRelation {
  type: string;
  source: string;
  target: string;
  status: Status;
  /** Entity id of the claimant; required when status is `claim`. */
  claimedBy?: string;
  date?: string;
  dateEnd?: string;
  stance?: Stance;
  summary?: { en: string; zh: string };
  /** The selected passage that states the relation. */
  passage: Passage;
}

function findRelation(dataset: AuthoringDataset, id: string): RelationRecord {
  const found = dataset.relations.find((r) => r.id === id);
  if (found === undefined) return refuse('relation-unknown', `There is no relation "${id}".`, `沒有關係「${id}」。`);
  return found;
}

function withRelation(dataset: AuthoringDataset, id: string, change: (r: RelationRecord) => RelationRecord): AuthoringDataset {
  findRelation(dataset, id);
  return { ...dataset, relations: dataset.relations.map((r) => (r.id === id ? change(r) : r)) };
}

/** The summary a relation gets when the author writes none: the relation as a sentence in each language. */
export function defaultSummary(dataset: AuthoringDataset, type: string, source: string, target: string): { en: string; zh: string } {
  const a = findEntity(dataset, source);
  const b = findEntity(dataset, target);
  return {
    en: `${sentenceIn(dataset.vocabulary, type, a.name.en, b.name.en, 'en')}.`,
    zh: `${sentenceIn(dataset.vocabulary, type, a.name.zh, b.name.zh, 'zh')}。`,
  };
}

function checkEnds(dataset: AuthoringDataset, r: Pick<NewRelation, 'type' | 'source' | 'target' | 'status' | 'claimedBy'>): void {
  findEntity(dataset, r.source);
  findEntity(dataset, r.target);
  if (r.source === r.target) refuse('relation-loop', 'A relation joins two different entities: pick another "to".', '關係須連接兩個不同的實體:請另選「至」。');
  if (!dataset.vocabulary.relationTypes.some((t) => t.id === r.type)) refuse('relation-type', `There is no relation type "${r.type}".`, `沒有關係類型「${r.type}」。`);
  if (r.status === 'claim' && !r.claimedBy) refuse('relation-claimant', 'A claim needs a claimant: who says so?', '主張需要主張者:是誰這麼說?');
  if (r.claimedBy !== undefined) findEntity(dataset, r.claimedBy);
}

/** Makes a relation from a selected passage: the passage is its first evidence, settled as the validator reads it. */
export function addRelation(dataset: AuthoringDataset, relation: NewRelation): { dataset: AuthoringDataset; id: string } {
  checkEnds(dataset, relation);
  const { evidence } = passageEvidence(dataset, relation.passage);
  const summary = relation.summary && (relation.summary.en.trim() || relation.summary.zh.trim()) ? relation.summary : undefined;
  const fallback = defaultSummary(dataset, relation.type, relation.source, relation.target);
  const id = uniqueId(`${relation.source}-${relation.type}-${relation.target}`, 'relation', new Set(dataset.relations.map((r) => r.id)));
  const record: RelationRecord = {
    id,
    type: relation.type,
    source: relation.source,
    target: relation.target,
    ...(relation.stance ? { stance: relation.stance } : {}),
    ...(relation.date ? { date: relation.date } : {}),
    ...(relation.date && relation.dateEnd ? { dateEnd: relation.dateEnd } : {}),
    status: relation.status,
    ...(relation.status === 'claim' && relation.claimedBy ? { claimedBy: relation.claimedBy } : {}),
    summary: { en: summary?.en.trim() || fallback.en, zh: summary?.zh.trim() || fallback.zh },
    evidence: [evidence],
  };
  return { dataset: { ...dataset, relations: [...dataset.relations, record] }, id };
}

const sameEvidence = (a: EvidenceRecord, b: EvidenceRecord): boolean => a.source === b.source && a.quote === b.quote && (a.occurrence ?? 1) === (b.occurrence ?? 1);

/** Attaches another passage, from any source, to a relation (corroboration); the same passage twice is refused. */
export function addEvidence(dataset: AuthoringDataset, relationId: string, passage: Passage): AuthoringDataset {
  const { evidence } = passageEvidence(dataset, passage);
  if (findRelation(dataset, relationId).evidence.some((e) => sameEvidence(e, evidence))) {
    refuse('evidence-duplicate', 'This passage is already evidence for the relation.', '這段文字已是此關係的證據。');
  }
  return withRelation(dataset, relationId, (r) => ({ ...r, evidence: [...r.evidence, evidence] }));
}

/** Removes evidence item `index`; the last one cannot go (a relation is proved by at least one passage: delete it instead). */
export function removeEvidence(dataset: AuthoringDataset, relationId: string, index: number): AuthoringDataset {
  const relation = findRelation(dataset, relationId);
  if (index < 0 || index >= relation.evidence.length) refuse('evidence-unknown', `The relation has no evidence #${index + 1}.`, `此關係沒有第 ${index + 1} 項證據。`);
  if (relation.evidence.length === 1) refuse('evidence-last', 'This is the relation\'s only evidence: delete the relation instead.', '這是此關係唯一的證據:請改為刪除此關係。');
  return withRelation(dataset, relationId, (r) => ({ ...r, evidence: r.evidence.filter((_, i) => i !== index) }));
}

export type RelationPatch = Partial<Pick<RelationRecord, 'type' | 'source' | 'target' | 'status' | 'claimedBy' | 'date' | 'dateEnd' | 'stance' | 'summary'>>;

/** Changes a relation's fields; `undefined`-valued optional fields in the patch (claimedBy, dates, stance) are cleared. */
export function updateRelation(dataset: AuthoringDataset, id: string, patch: RelationPatch): AuthoringDataset {
  const merged: RelationRecord = { ...findRelation(dataset, id), ...patch };
  checkEnds(dataset, merged);
  const next: RelationRecord = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined && v !== '')) as unknown as RelationRecord;
  if (next.status === 'fact') delete next.claimedBy;
  if (next.date === undefined) delete next.dateEnd;
  return withRelation(dataset, id, () => next);
}

export function deleteRelation(dataset: AuthoringDataset, id: string): AuthoringDataset {
  findRelation(dataset, id);
  return { ...dataset, relations: dataset.relations.filter((r) => r.id !== id) };
}

export interface NewRelationType {
  label: { en: string; zh: string };
  category: Category;
  directed: boolean;
  defaultStance?: Stance;
}

/** Adds a relation type with labels in both languages (read from source to target: "sued", "起訴"). */
export function addRelationType(dataset: AuthoringDataset, type: NewRelationType): { dataset: AuthoringDataset; id: string } {
  const en = type.label.en.trim();
  const zh = type.label.zh.trim();
  if (en === '' && zh === '') refuse('type-label', 'A relation type needs a label, read from source to target ("sued").', '關係類型需要標籤,由來源讀向目標(「起訴」)。');
  const existing = dataset.vocabulary.relationTypes.find((t) => t.label.en === en || t.label.zh === zh);
  if (existing) refuse('type-exists', `The vocabulary already has "${existing.label.en}" (${existing.id}).`, `詞彙中已有「${existing.label.zh}」(${existing.id})。`);
  const id = uniqueId(en || zh, 'type', new Set(dataset.vocabulary.relationTypes.map((t) => t.id)));
  const record: RelationTypeRecord = { id, label: { en: en || zh, zh: zh || en }, category: type.category, directed: type.directed, defaultStance: type.defaultStance ?? 'neutral' };
  return { dataset: { ...dataset, vocabulary: { ...dataset.vocabulary, relationTypes: [...dataset.vocabulary.relationTypes, record] } }, id };
}
