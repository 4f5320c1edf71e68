// The validator's problems as the Problems list shows them: severity, where (record and field), message, and the element "go to" selects.
import type { ValidationResult } from '../../model/data/validate';
import type { ValidationError } from '../../model/data/errors';
import type { AuthoringDataset } from '../../model/edit/authoring';

export interface Problem {
  /** `not-drawn`: left out of the drawing (compileForEditing's `skipped`), besides what the validator says. */
  severity: 'error' | 'warning' | 'not-drawn';
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

/** The validator's warning for a vocabulary relation type no relation uses yet (expected while authoring). */
const UNUSED_TYPE = /^relation type '.*' is not used by any relation$/;

/**
 * Errors first, then warnings, each in the validator's order. The unused relation types of the vocabulary (all of
 * them in a new dataset) are one line, not one each.
 */
export function problemsOf(result: ValidationResult, dataset: AuthoringDataset): Problem[] {
  const one = (severity: Problem['severity']) => (e: ValidationError): Problem => ({ severity, where: whereOf(e), message: e.message, target: targetOf(e, dataset) });
  const unused = result.warnings.filter((w) => UNUSED_TYPE.test(w.message));
  const others = result.warnings.filter((w) => !UNUSED_TYPE.test(w.message));
  const summary: Problem[] =
    unused.length === 0
      ? []
      : [{ severity: 'warning', where: 'vocabulary.yaml', message: `${unused.length} relation type(s) not used by any relation yet: ${unused.map((w) => w.recordId ?? '?').slice(0, 8).join(', ')}${unused.length > 8 ? ', …' : ''}`, target: null }];
  return [...result.errors.map(one('error')), ...others.map(one('warning')), ...summary];
}

/** A line of compileForEditing's `skipped` as a problem (the validator names the same record as an error). */
export function notDrawn(line: string): Problem {
  return { severity: 'not-drawn', where: '', message: line, target: null };
}
