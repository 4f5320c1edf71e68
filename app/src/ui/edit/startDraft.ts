// Entering edit mode: a new empty draft, or a draft copied from the open dataset (never changed in place), saved before it opens.
import { authoringFromCompiled, emptyAuthoring } from '../../model/edit/fromCompiled';
import type { CompiledVocabulary, EntityKind, SerializedGraph, Vocabulary } from '../../model/schema';
import { ENTITY_KINDS } from '../../model/schema';
import { draftMeta, newDraftId, saveDraft } from '../../storage/draftStore';
import type { LoadedDataset } from '../builtInDataset';

const KINDS: ReadonlySet<string> = new Set(ENTITY_KINDS);

/** A compiled vocabulary as graph-data records: colours dropped, only the kinds graph-data knows. */
export function vocabularyRecords(v: CompiledVocabulary): Vocabulary {
  return {
    kinds: v.kinds.filter((k) => KINDS.has(k.id)).map(({ color: _c, ...k }) => ({ ...k, id: k.id as EntityKind })),
    categories: v.categories,
    relationTypes: v.relationTypes.map(({ color: _c, ...t }) => t),
  };
}

/** Saves a new empty draft named `name` with `vocabulary` (the built-in one); resolves to its id. */
export async function startNewDraft(name: string, vocabulary: CompiledVocabulary): Promise<string> {
  const id = newDraftId();
  const dataset = emptyAuthoring(name, vocabularyRecords(vocabulary));
  await saveDraft({ meta: draftMeta(id, dataset), dataset, notes: [] });
  return id;
}

/** Saves a draft copied from `data` (its words loaded first), with notes on what could not come along; resolves to its id. */
export async function startCopyDraft(name: string, data: LoadedDataset, copiedFrom: string): Promise<string> {
  await data.details;
  const compiled = { graph: data.graph.export() as unknown as SerializedGraph, texts: { ...data.texts }, stories: data.stories };
  const { dataset, notes } = authoringFromCompiled(compiled, name);
  const id = newDraftId();
  await saveDraft({ meta: draftMeta(id, dataset, copiedFrom), dataset, notes });
  return id;
}
