// Validates all graph-data at once: schema, unique ids, references, quotes, hashes, dates, vocabulary use.
import type { AnchoredEvidence, EntityRecord, RelationRecord, SourceRecord, Vocabulary } from '../schema';
import { checkStories, type StoryTarget, type StoryViewCheck } from '../story/validate';
import type { Story } from '../story/types';
import { checkRelation } from './checkRelations';
import { isRealDate } from './dates';
import { DataValidationError, type ValidationError } from './errors';
import { loadDataFiles, type Located } from './load';
import { isStoryFile, loadStoryFiles, storyProblemError } from './loadStories';
import type { DataFile } from './yamlFile';

/** A source text file: repository-relative path, its text, and the sha256 (hex) of its bytes. */
export interface SourceText {
  path: string;
  text: string;
  sha256: string;
}

/** Everything the validator and compiler read: the YAML files (in concatenation order) and the source texts. */
export interface DataInput {
  files: readonly DataFile[];
  sourceTexts: readonly SourceText[];
}

/** The dataset after validation: records with defaults applied, and every evidence item located. */
export interface ValidDataset {
  sources: { record: SourceRecord; text: string }[];
  vocabulary: Vocabulary;
  entities: EntityRecord[];
  relations: { record: RelationRecord; evidence: AnchoredEvidence[] }[];
  /** Guided stories (stories/*.yaml), in file order. */
  stories: Story[];
}

export interface ValidateOptions {
  /**
   * Reads each story step's view as a link and reports what it had to ignore (unknown ids…): pass `checkStoryView`
   * from app/src/state/storyViewCheck.ts (model/ cannot import the link reader). Without it, views are not checked
   * (captions, step links and ids still are).
   */
  checkStoryView?: StoryViewCheck;
}

/** What validation found: errors, warnings, counts, and the dataset when there are no errors. */
export interface ValidationResult {
  errors: ValidationError[];
  warnings: ValidationError[];
  dataset: ValidDataset | null;
  counts: { sources: number; entities: number; relations: number; evidence: number };
}

function uniqueById<T extends { id: string }>(items: Located<T>[], errors: ValidationError[]): Map<string, Located<T>> {
  const byId = new Map<string, Located<T>>();
  for (const item of items) {
    const first = byId.get(item.value.id);
    if (first === undefined) byId.set(item.value.id, item);
    else {
      const line = first.error(['id'], '').line;
      errors.push(item.error(['id'], `duplicate id '${item.value.id}' (first defined at ${first.file}${line === null ? '' : `:${line}`})`));
    }
  }
  return byId;
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Validates graph-data and reports every problem at once. */
export function validateData(input: DataInput, options: ValidateOptions = {}): ValidationResult {
  const { records, errors } = loadDataFiles(input.files);
  const storyFiles = loadStoryFiles(input.files.filter((f) => isStoryFile(f.path)));
  errors.push(...storyFiles.errors);
  const warnings: ValidationError[] = [];

  const sources = uniqueById(records.sources, errors);
  const kinds = uniqueById(records.kinds, errors);
  const categories = uniqueById(records.categories, errors);
  const relationTypes = uniqueById(records.relationTypes, errors);
  const entities = uniqueById(records.entities, errors);
  const relations = uniqueById(records.relations, errors);

  const textByFile = new Map(input.sourceTexts.map((s) => [baseName(s.path), s]));
  const sourceInfo = new Map<string, { published: string; text: string | null }>();
  for (const src of sources.values()) {
    const file = textByFile.get(src.value.file);
    if (file === undefined) errors.push(src.error(['file'], `source text file '${src.value.file}' not found`));
    else if (file.sha256 !== src.value.sha256) {
      errors.push(src.error(['sha256'], `does not match the file '${src.value.file}' (its sha256 is ${file.sha256}); evidence offsets would be wrong`));
    }
    if (!isRealDate(src.value.published)) errors.push(src.error(['published'], `'${src.value.published}' is not a real calendar date`));
    sourceInfo.set(src.value.id, { published: src.value.published, text: file?.text ?? null });
  }

  for (const type of relationTypes.values()) {
    if (!categories.has(type.value.category)) errors.push(type.error(['category'], `category '${type.value.category}' is not in the vocabulary's categories`));
  }
  for (const entity of entities.values()) {
    if (!kinds.has(entity.value.kind)) errors.push(entity.error(['kind'], `kind '${entity.value.kind}' is not in the vocabulary's kinds`));
  }

  const ctx = { entityIds: new Set(entities.keys()), relationTypes: new Map([...relationTypes].map(([id, t]) => [id, t.value])), sources: sourceInfo };
  const compiled: ValidDataset['relations'] = [];
  const connected = new Set<string>();
  const usedTypes = new Set<string>();
  for (const rel of relations.values()) {
    const evidence = checkRelation(rel, ctx, errors);
    if (evidence !== null) compiled.push({ record: rel.value, evidence });
    connected.add(rel.value.source).add(rel.value.target);
    usedTypes.add(rel.value.type);
  }
  for (const entity of entities.values()) {
    if (!connected.has(entity.value.id)) errors.push(entity.error(['id'], `entity '${entity.value.id}' is not in any relation (as source or target)`));
  }
  for (const type of relationTypes.values()) {
    if (!usedTypes.has(type.value.id)) warnings.push(type.error(['id'], `relation type '${type.value.id}' is not used by any relation`));
  }

  // Stories: checked against the entities and relations above, each step's view read like a link.
  const storyTarget: StoryTarget = {
    entities: new Set(entities.keys()),
    relations: new Map([...relations].map(([id, r]) => [id, r.value.evidence.length])),
    relationTypes: new Set(relationTypes.keys()),
    kinds: new Set(kinds.keys()),
    pairs: new Set([...relations.values()].map(({ value: { source: a, target: b } }) => (a < b ? `${a}~${b}` : `${b}~${a}`))),
    textLength: [...sourceInfo.values()].reduce((max, s) => Math.max(max, s.text?.length ?? 0), 0),
  };
  const stories = storyFiles.stories;
  const noViewCheck: StoryViewCheck = () => [];
  for (const problem of checkStories(stories.map((s) => s.value), storyTarget, options.checkStoryView ?? noViewCheck)) errors.push(storyProblemError(stories, problem));

  const counts = {
    sources: sources.size,
    entities: entities.size,
    relations: relations.size,
    evidence: [...relations.values()].reduce((n, r) => n + r.value.evidence.length, 0),
  };
  const dataset: ValidDataset | null =
    errors.length > 0
      ? null
      : {
          sources: [...sources.values()].map((s) => ({ record: s.value, text: sourceInfo.get(s.value.id)?.text ?? '' })),
          vocabulary: {
            kinds: records.kinds.map((k) => k.value),
            categories: records.categories.map((c) => c.value),
            relationTypes: records.relationTypes.map((t) => t.value),
          },
          entities: [...entities.values()].map((e) => e.value),
          relations: compiled,
          stories: stories.map((s) => s.value),
        };
  return { errors, warnings, dataset, counts };
}

/** Validates and returns the dataset, or throws a DataValidationError listing every problem. */
export function validDataset(input: DataInput, options: ValidateOptions = {}): ValidDataset {
  const result = validateData(input, options);
  if (result.dataset === null) throw new DataValidationError(result.errors);
  return result.dataset;
}
