// Data validation errors: one record per problem, naming file, line, record and field, plus the error class that holds them.

/** One problem found in graph-data: where it is and what is wrong. */
export interface ValidationError {
  /** Repository-relative path, e.g. `graph-data/relations/01-lawsuit.yaml`. */
  file: string;
  /** 1-based line in `file`, when known. */
  line: number | null;
  /** Collection the record belongs to (`relations`, `entities`, `sources`, `relationTypes`…), when the problem is in a record. */
  collection: string | null;
  /** The record's id (or `#index` when it has no valid id). */
  recordId: string | null;
  /** Field path inside the record, e.g. `evidence[0].quote`. */
  field: string | null;
  /** What is wrong, in words. */
  message: string;
}

/** Formats an error as `file:line collection[id].field: message`. */
export function formatValidationError(error: ValidationError): string {
  const where = error.line === null ? error.file : `${error.file}:${error.line}`;
  let subject = '';
  if (error.collection !== null) subject = error.recordId === null ? error.collection : `${error.collection}[${error.recordId}]`;
  if (error.field !== null) subject = subject === '' ? error.field : `${subject}.${error.field}`;
  return subject === '' ? `${where}: ${error.message}` : `${where} ${subject}: ${error.message}`;
}

/** Thrown when graph-data does not validate; carries every error found, not just the first. */
export class DataValidationError extends Error {
  override readonly name = 'DataValidationError';
  readonly errors: readonly ValidationError[];

  constructor(errors: readonly ValidationError[]) {
    super(`graph-data has ${errors.length} error(s):\n${errors.map(formatValidationError).join('\n')}`);
    this.errors = errors;
  }
}

/** Turns a field path like `['evidence', 0, 'quote']` into `evidence[0].quote`. */
export function fieldPath(path: readonly PropertyKey[]): string | null {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? null : out;
}
