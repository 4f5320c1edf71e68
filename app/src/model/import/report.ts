// The import report: what was read, and every element skipped or changed, with where and why, in both languages.
import type { Where } from './draft';

export type ImportFormat = 'bundle' | 'graph-data-zip' | 'graphology-json' | 'gexf' | 'graphml' | 'csv' | 'xlsx' | 'text';

/** error: the import cannot proceed (nothing is opened). warning: an element was skipped or changed. info: a note. */
export type IssueSeverity = 'error' | 'warning' | 'info';

export interface ImportIssue {
  severity: IssueSeverity;
  /** Stable machine code, e.g. `unknown-entity`, `renamed-id`, `quote-not-found`, `file-too-large`. */
  code: string;
  where: Where;
  /** Complete sentence in each language, naming the value: `no entity "Elon Muks" (did you mean "Elon Musk"?)`. */
  message: { en: string; zh: string };
}

export interface ImportReport {
  files: { name: string; format: ImportFormat | null; bytes: number }[];
  counts: {
    sources: number;
    entities: number;
    relations: number;
    evidence: number;
    anchored: number;
    unanchored: number;
    skippedEntities: number;
    skippedRelations: number;
  };
  issues: ImportIssue[];
}

export type ImportStage = 'read' | 'parse' | 'check' | 'layout' | 'draw';

/** Progress callback: the stage and, where known, the fraction done (0..1). */
export type ProgressFn = (stage: ImportStage, fraction?: number) => void;

/** Caps checked before and during parsing; every refusal names the limit and the actual value. */
export interface ImportCaps {
  fileBytes: number;
  totalBytes: number;
  nodes: number;
  edges: number;
  attributeLength: number;
  xmlDepth: number;
}

export const DEFAULT_CAPS: ImportCaps = {
  // A 100,000-entity / 300,000-relation bundle (issue 11's largest size) is about 100 MB of JSON.
  fileBytes: 150 * 1024 * 1024,
  totalBytes: 200 * 1024 * 1024,
  nodes: 200_000,
  edges: 600_000,
  attributeLength: 100_000,
  xmlDepth: 64,
};

/** Thrown by parsers for a fatal problem; the orchestrator turns it into an `error` issue. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: string,
    readonly where: Where,
    readonly messages: { en: string; zh: string },
  ) {
    super(`${where.file}${where.line ? ` line ${where.line}` : ''}${where.row ? ` row ${where.row}` : ''}: ${messages.en}`);
  }
}

/** Formats a location the way the report prints it: `connections.csv row 3, From`. */
export function formatWhere(where: Where): string {
  let out = where.file;
  if (where.row !== undefined) out += ` row ${where.row}`;
  else if (where.line !== undefined) out += ` line ${where.line}`;
  if (where.column !== undefined) out += `, ${where.column}`;
  if (where.element !== undefined && where.column === undefined) out += ` (${where.element})`;
  return out;
}

/** A fresh report with zero counts. */
export function emptyReport(): ImportReport {
  return {
    files: [],
    counts: { sources: 0, entities: 0, relations: 0, evidence: 0, anchored: 0, unanchored: 0, skippedEntities: 0, skippedRelations: 0 },
    issues: [],
  };
}
