// The relation form's values, pure: partial-ISO date checks, pre-filling from a passage or a relation, and the form → one model operation.
import type { AuthoringDataset } from '../../../model/edit/authoring';
import { entitiesNear, type Passage } from '../../../model/edit/passage';
import { addRelation, addRelationType, defaultSummary, updateRelation, type RelationPatch } from '../../../model/edit/relationOps';
import type { Category, RelationRecord, Stance, Status } from '../../../model/schema';

/** Messages in both interface languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** The `type` value that stands for "a new type" (not a slug, so never a vocabulary id). */
export const NEW_TYPE = '+new';

export interface RelationDraft {
  source: string;
  target: string;
  /** A vocabulary type id, NEW_TYPE, or '' (not chosen yet). */
  type: string;
  newType: { en: string; zh: string; category: Category; directed: boolean };
  status: Status;
  claimedBy: string;
  date: string;
  dateEnd: string;
  /** '' = the type's default stance. */
  stance: Stance | '';
  summaryEn: string;
  summaryZh: string;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) that exists on the calendar; '' is no date. */
export function parsePartialDate(input: string): { value: string | undefined } | { error: Bilingual } {
  const s = input.trim();
  if (s === '') return { value: undefined };
  const m = PARTIAL.exec(s);
  const month = m?.[2] === undefined ? 1 : Number(m[2]);
  const day = m?.[3] === undefined ? 1 : Number(m[3]);
  const year = Number(m?.[1]);
  const real = m !== null && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!real) {
    return {
      error: {
        en: `"${s}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2024-03 or 2024-03-01).`,
        zh: `「${s}」不是日期:請寫成 YYYY、YYYY-MM 或 YYYY-MM-DD(例如 2024、2024-03 或 2024-03-01)。`,
      },
    };
  }
  return { value: s };
}

/** Problems with the form's fields the model would refuse less clearly (or not at all), by field. */
export function draftProblems(draft: RelationDraft): Partial<Record<'source' | 'target' | 'type' | 'date' | 'dateEnd' | 'newType', Bilingual>> {
  const out: ReturnType<typeof draftProblems> = {};
  if (draft.source === '') out.source = { en: 'Choose the entity the relation goes from.', zh: '請選擇關係的起點實體。' };
  if (draft.target === '') out.target = { en: 'Choose the entity the relation goes to.', zh: '請選擇關係的終點實體。' };
  if (draft.type === '') out.type = { en: 'Choose a relation type, or make a new one.', zh: '請選擇關係類型,或新增一個。' };
  if (draft.type === NEW_TYPE && draft.newType.en.trim() === '' && draft.newType.zh.trim() === '') {
    out.newType = { en: 'Give the new type a label, read from "from" to "to" (e.g. "sued").', zh: '請為新類型取標籤,由「從」讀向「至」(例如「起訴」)。' };
  }
  const date = parsePartialDate(draft.date);
  const end = parsePartialDate(draft.dateEnd);
  if ('error' in date) out.date = date.error;
  if ('error' in end) out.dateEnd = end.error;
  else if (end.value !== undefined) {
    if ('value' in date && date.value === undefined) out.dateEnd = { en: 'An end date needs a start date.', zh: '有結束日期時也須填開始日期。' };
    else if ('value' in date && date.value !== undefined && end.value < date.value.slice(0, end.value.length)) {
      out.dateEnd = { en: `The end (${end.value}) is before the start (${date.value}).`, zh: `結束(${end.value})早於開始(${date.value})。` };
    }
  }
  return out;
}

const EMPTY_TYPE: RelationDraft['newType'] = { en: '', zh: '', category: 'other', directed: true };

/** The form for a new relation from a passage: from/to are the entities named in or next to it, in reading order. */
export function draftFromPassage(dataset: AuthoringDataset, passage: Passage): RelationDraft {
  const near = entitiesNear(dataset, passage);
  return {
    source: near[0] ?? '',
    target: near[1] ?? '',
    type: '',
    newType: EMPTY_TYPE,
    status: 'fact',
    claimedBy: '',
    date: '',
    dateEnd: '',
    stance: '',
    summaryEn: '',
    summaryZh: '',
  };
}

/** The form for editing a relation: its fields as they are. */
export function draftFromRelation(r: RelationRecord): RelationDraft {
  return {
    source: r.source,
    target: r.target,
    type: r.type,
    newType: EMPTY_TYPE,
    status: r.status,
    claimedBy: r.claimedBy ?? '',
    date: r.date ?? '',
    dateEnd: r.dateEnd ?? '',
    stance: r.stance ?? '',
    summaryEn: r.summary.en,
    summaryZh: r.summary.zh,
  };
}

/** The summary the relation gets if its fields are left empty (shown as their placeholder), or null until from/to/type are known. */
export function placeholderSummary(dataset: AuthoringDataset, draft: RelationDraft): Bilingual | null {
  if (draft.source === '' || draft.target === '' || draft.type === '' || draft.type === NEW_TYPE) return null;
  try {
    return defaultSummary(dataset, draft.type, draft.source, draft.target);
  } catch {
    return null;
  }
}

/** Adds the new type first when the form asks for one: returns the dataset and the type id to use. */
function withType(ds: AuthoringDataset, draft: RelationDraft): { ds: AuthoringDataset; type: string } {
  if (draft.type !== NEW_TYPE) return { ds, type: draft.type };
  const made = addRelationType(ds, { label: { en: draft.newType.en, zh: draft.newType.zh }, category: draft.newType.category, directed: draft.newType.directed });
  return { ds: made.dataset, type: made.id };
}

const optional = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

/** The form as one operation (a new type, if any, and the relation: one undo step); it reports the new relation's id. */
export function createOperation(draft: RelationDraft, passage: Passage, made: (id: string) => void): (ds: AuthoringDataset) => AuthoringDataset {
  return (dataset) => {
    const { ds, type } = withType(dataset, draft);
    const out = addRelation(ds, {
      type,
      source: draft.source,
      target: draft.target,
      status: draft.status,
      ...(draft.status === 'claim' && draft.claimedBy ? { claimedBy: draft.claimedBy } : {}),
      date: optional(draft.date),
      dateEnd: optional(draft.dateEnd),
      ...(draft.stance ? { stance: draft.stance } : {}),
      summary: { en: draft.summaryEn, zh: draft.summaryZh },
      passage,
    });
    made(out.id);
    return out.dataset;
  };
}

/** The edit form as one operation on relation `id` (empty summary fields get the default summary again). */
export function updateOperation(draft: RelationDraft, id: string): (ds: AuthoringDataset) => AuthoringDataset {
  return (dataset) => {
    const { ds, type } = withType(dataset, draft);
    const fallback = defaultSummary(ds, type, draft.source, draft.target);
    const patch: RelationPatch = {
      type,
      source: draft.source,
      target: draft.target,
      status: draft.status,
      claimedBy: draft.status === 'claim' ? optional(draft.claimedBy) : undefined,
      date: optional(draft.date),
      dateEnd: optional(draft.dateEnd),
      stance: draft.stance === '' ? undefined : draft.stance,
      summary: { en: draft.summaryEn.trim() || fallback.en, zh: draft.summaryZh.trim() || fallback.zh },
    };
    return updateRelation(ds, id, patch);
  };
}
