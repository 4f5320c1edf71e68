// The data model's fixed lists and id patterns, without zod: the first bundle reads these (schema.ts builds its schemas on them).
import type { AnchoredEvidence, CompiledEvidence } from './schema';

export const ENTITY_KINDS = ['person', 'organization', 'product', 'document', 'event', 'group'] as const;

export const CATEGORIES = [
  'founding',
  'role',
  'funding',
  'control',
  'conflict',
  'support',
  'communication',
  'creation',
  'competition',
  'other',
] as const;

export const STANCES = ['supports', 'opposes', 'neutral'] as const;

export const STATUSES = ['fact', 'claim'] as const;

/** Partial ISO date: `2015`, `2015-12` or `2015-12-11`. */
export const PARTIAL_DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Slug ids: lower-case ASCII words joined by single hyphens. */
export const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether an evidence item is located in its source text (has W3C position and quote selectors). */
export function isAnchored(evidence: CompiledEvidence): evidence is AnchoredEvidence {
  return !('anchored' in evidence);
}
