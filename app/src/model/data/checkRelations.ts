// Rules for relation records: references resolve, no self-loops, claims attributed, dates in range, quotes located.
import type { AnchoredEvidence, RelationRecord, RelationTypeRecord } from '../schema';
import { isAfter, isRealDate, MIN_YEAR, yearOf } from './dates';
import type { ValidationError } from './errors';
import type { Located } from './load';
import { evidenceSelector, locateQuote } from './locate';

/** What relation checks need to know about the rest of the dataset. */
export interface RelationContext {
  entityIds: ReadonlySet<string>;
  relationTypes: ReadonlyMap<string, RelationTypeRecord>;
  /** Source id → its published date and text (text null when the file is missing). */
  sources: ReadonlyMap<string, { published: string; text: string | null }>;
}

function quoteProblem(text: string, quote: string, occurrence: number | undefined, sourceId: string): string | null {
  const found = locateQuote(text, quote, occurrence);
  if (found.ok) return null;
  if (found.reason === 'ambiguous') {
    return `occurs ${found.count} times in source '${sourceId}': add 'occurrence' (1-${found.count}) to say which one is meant`;
  }
  if (found.reason === 'occurrence-out-of-range') {
    return `occurrence ${occurrence ?? ''} is out of range: the quote occurs ${found.count} time(s) in source '${sourceId}'`;
  }
  const trimmed = quote.trim();
  const hint = trimmed !== quote && trimmed !== '' && text.includes(trimmed) ? ' (it is found without its leading/trailing whitespace)' : '';
  return `not found in source '${sourceId}'${hint}`;
}

function checkDate(rel: Located<RelationRecord>, field: 'date' | 'dateEnd', latest: string | null, errors: ValidationError[]): boolean {
  const date = rel.value[field];
  if (date === undefined) return true;
  if (!isRealDate(date)) errors.push(rel.error([field], `'${date}' is not a real calendar date`));
  else if (yearOf(date) < MIN_YEAR) errors.push(rel.error([field], `'${date}' is before ${MIN_YEAR}`));
  else if (latest !== null && isAfter(date, latest)) errors.push(rel.error([field], `'${date}' is after the source's published date ${latest}`));
  else return true;
  return false;
}

/** Checks one relation; returns its located evidence when every evidence item could be placed. */
export function checkRelation(rel: Located<RelationRecord>, ctx: RelationContext, errors: ValidationError[]): AnchoredEvidence[] | null {
  const r = rel.value;
  if (!ctx.relationTypes.has(r.type)) errors.push(rel.error(['type'], `unknown relation type '${r.type}' (not in the vocabulary)`));
  if (!ctx.entityIds.has(r.source)) errors.push(rel.error(['source'], `unknown entity '${r.source}'`));
  if (!ctx.entityIds.has(r.target)) errors.push(rel.error(['target'], `unknown entity '${r.target}'`));
  if (r.source === r.target) errors.push(rel.error(['target'], `same as source '${r.source}': self-loops are not allowed`));
  if (r.status === 'claim' && r.claimedBy === undefined) errors.push(rel.error(['claimedBy'], "required when status is 'claim' (whose claim is it?)"));
  if (r.status !== 'claim' && r.claimedBy !== undefined) errors.push(rel.error(['claimedBy'], "only allowed when status is 'claim'"));
  if (r.claimedBy !== undefined && !ctx.entityIds.has(r.claimedBy)) errors.push(rel.error(['claimedBy'], `unknown entity '${r.claimedBy}'`));

  const located: AnchoredEvidence[] = [];
  let latest: string | null = null;
  r.evidence.forEach((item, i) => {
    const source = ctx.sources.get(item.source);
    if (source === undefined) {
      errors.push(rel.error(['evidence', i, 'source'], `unknown source '${item.source}'`));
      return;
    }
    if (latest === null || source.published > latest) latest = source.published;
    if (source.text === null) return;
    const problem = quoteProblem(source.text, item.quote, item.occurrence, item.source);
    if (problem !== null) {
      errors.push(rel.error(['evidence', i, 'quote'], problem));
      return;
    }
    const found = locateQuote(source.text, item.quote, item.occurrence);
    if (found.ok) located.push(evidenceSelector(item.source, source.text, found.start, found.end));
  });

  const dateOk = checkDate(rel, 'date', latest, errors);
  const endOk = checkDate(rel, 'dateEnd', latest, errors);
  if (r.dateEnd !== undefined && r.date === undefined) errors.push(rel.error(['dateEnd'], "given without 'date' (the start of the range)"));
  else if (dateOk && endOk && r.date !== undefined && r.dateEnd !== undefined && isAfter(r.date, r.dateEnd)) {
    errors.push(rel.error(['dateEnd'], `'${r.dateEnd}' is before date '${r.date}'`));
  }
  return located.length === r.evidence.length ? located : null;
}
