// The validator's problems as the Problems list shows them: severity, where (record and field), message, and the element "go to" selects.
import type { ValidationResult } from '../../model/data/validate';
import type { ValidationError } from '../../model/data/errors';
import type { AuthoringDataset } from '../../model/edit/authoring';

export interface Problem {
  severity: 'error' | 'warning';
  /** `relations[a-sued-b].evidence[0].quote`, or the file when the problem is in no record. */
  where: string;
  message: string;
  /** The entity or relation to select, when the problem is in one that exists. */
  target: { entity: string } | { relation: string } | null;
}

function whereOf(e: ValidationError): string {
  let subject = e.collection === null ? '' : e.recordId === null ? e.collection : `${e.collection}[${e.recordId}]`;
  if (e.field !== null) subject = subject === '' ? e.field : `${subject}.${e.field}`;
  return subject || e.file.replace(/^graph-data\//, '');
}

function targetOf(e: ValidationError, dataset: AuthoringDataset): Problem['target'] {
  const id = e.recordId;
  if (id === null) return null;
  if (e.collection === 'entities' && dataset.entities.some((x) => x.id === id)) return { entity: id };
  if (e.collection === 'relations' && dataset.relations.some((x) => x.id === id)) return { relation: id };
  return null;
}

/** Errors first, then warnings, each in the validator's order. */
export function problemsOf(result: ValidationResult, dataset: AuthoringDataset): Problem[] {
  const one = (severity: Problem['severity']) => (e: ValidationError): Problem => ({ severity, where: whereOf(e), message: e.message, target: targetOf(e, dataset) });
  return [...result.errors.map(one('error')), ...result.warnings.map(one('warning'))];
}
