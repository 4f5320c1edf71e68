// Loads graph-data YAML files into typed records, each remembering its file and line; schema problems become errors.
import type { z } from 'zod';
import {
  categoryRecord,
  entityRecord,
  kindRecord,
  relationRecord,
  relationTypeRecord,
  sourceRecord,
  type EntityRecord,
  type RelationRecord,
  type RelationTypeRecord,
  type SourceRecord,
} from '../schema';
import { fieldPath, type ValidationError } from './errors';
import { isStoryFile } from './loadStories';
import { parseYamlFile, type DataFile, type ParsedYaml } from './yamlFile';

/** A validated record plus where it came from. */
export interface Located<T> {
  value: T;
  file: string;
  collection: string;
  index: number;
  /** Builds an error about `field` of this record, with the field's line. */
  error(field: readonly (string | number)[], message: string): ValidationError;
}

/** Every record that passed its schema, grouped by collection, in file order. */
export interface LoadedRecords {
  sources: Located<SourceRecord>[];
  kinds: Located<z.infer<typeof kindRecord>>[];
  categories: Located<z.infer<typeof categoryRecord>>[];
  relationTypes: Located<RelationTypeRecord>[];
  entities: Located<EntityRecord>[];
  relations: Located<RelationRecord>[];
}

type Role = 'sources' | 'vocabulary' | 'entities' | 'relations';
type CollectionName = keyof LoadedRecords;

const COLLECTIONS: Record<Role, CollectionName[]> = {
  sources: ['sources'],
  vocabulary: ['kinds', 'categories', 'relationTypes'],
  entities: ['entities'],
  relations: ['relations'],
};

const RECORD_SCHEMAS: Record<CollectionName, z.ZodType> = {
  sources: sourceRecord,
  kinds: kindRecord,
  categories: categoryRecord,
  relationTypes: relationTypeRecord,
  entities: entityRecord,
  relations: relationRecord,
};

/** Which kind of data file a path holds, from its name or folder; null when unknown. */
export function fileRole(path: string): Role | null {
  const parts = path.split('/');
  const base = parts[parts.length - 1] ?? '';
  const folder = parts[parts.length - 2] ?? '';
  if (!/\.ya?ml$/.test(base)) return null;
  if (base === 'sources.yaml' || base === 'vocabulary.yaml') return base === 'sources.yaml' ? 'sources' : 'vocabulary';
  if (folder === 'entities' || base === 'entities.yaml') return 'entities';
  if (folder === 'relations' || base === 'relations.yaml') return 'relations';
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function recordIdOf(item: unknown, index: number): string {
  const id = isPlainObject(item) ? item.id : undefined;
  return typeof id === 'string' && id !== '' ? id : `#${index}`;
}

function locate<T>(parsed: ParsedYaml, collection: string, index: number, value: T, recordId: string): Located<T> {
  return {
    value,
    file: parsed.path,
    collection,
    index,
    error: (field, message) => ({
      file: parsed.path,
      line: parsed.lineOf([collection, index, ...field]),
      collection,
      recordId,
      field: fieldPath(field),
      message,
    }),
  };
}

function loadCollection(parsed: ParsedYaml, collection: CollectionName, items: unknown[], out: LoadedRecords, errors: ValidationError[]): void {
  const schema = RECORD_SCHEMAS[collection];
  items.forEach((item, index) => {
    const recordId = recordIdOf(item, index);
    const result = schema.safeParse(item);
    const where = locate(parsed, collection, index, item, recordId);
    if (result.success) {
      (out[collection] as Located<unknown>[]).push({ ...where, value: result.data });
      return;
    }
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) errors.push(where.error([...path, key], 'unknown field'));
      } else {
        errors.push(where.error(path, issue.message));
      }
    }
  });
}

function fileError(path: string, line: number | null, message: string): ValidationError {
  return { file: path, line, collection: null, recordId: null, field: null, message };
}

/** Parses and schema-checks every file; returns the records that passed and an error for each problem. */
export function loadDataFiles(files: readonly DataFile[]): { records: LoadedRecords; errors: ValidationError[] } {
  const records: LoadedRecords = { sources: [], kinds: [], categories: [], relationTypes: [], entities: [], relations: [] };
  const errors: ValidationError[] = [];
  const seenRoles = new Set<Role>();
  for (const file of files) {
    if (isStoryFile(file.path)) continue; // stories/*.yaml: loadStories.ts
    const role = fileRole(file.path);
    if (role === null) {
      errors.push(fileError(file.path, null, 'not a known data file (expected sources.yaml, vocabulary.yaml, entities/*.yaml, relations/*.yaml or stories/*.yaml)'));
      continue;
    }
    seenRoles.add(role);
    const { parsed, errors: syntaxErrors } = parseYamlFile(file);
    if (syntaxErrors.length > 0) {
      errors.push(...syntaxErrors);
      continue;
    }
    const expected = COLLECTIONS[role];
    if (!isPlainObject(parsed.value)) {
      errors.push(fileError(file.path, parsed.lineOf([]), `expected a mapping with key(s) ${expected.join(', ')}`));
      continue;
    }
    for (const key of Object.keys(parsed.value)) {
      if (!(expected as string[]).includes(key)) errors.push(fileError(file.path, parsed.lineOf([key]), `unknown top-level key '${key}' (expected ${expected.join(', ')})`));
    }
    for (const collection of expected) {
      const items = parsed.value[collection];
      if (items === undefined) errors.push(fileError(file.path, 1, `missing the '${collection}' list`));
      else if (!Array.isArray(items)) errors.push(fileError(file.path, parsed.lineOf([collection]), `'${collection}' must be a list`));
      else if (items.length === 0) errors.push(fileError(file.path, parsed.lineOf([collection]), `'${collection}' is empty`));
      else loadCollection(parsed, collection, items, records, errors);
    }
  }
  for (const role of ['sources', 'vocabulary', 'entities', 'relations'] as const) {
    if (!seenRoles.has(role)) errors.push(fileError(`graph-data/${role === 'entities' || role === 'relations' ? `${role}/` : `${role}.yaml`}`, null, `no ${role} file found`));
  }
  return { records, errors };
}
