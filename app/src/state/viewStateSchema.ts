// Zod schema of a complete, clean ViewState (the runtime twin of types.ts) and the enums links may name.
import { z } from '../model/z';
import { category, partialDate, slug, stance, status } from '../model/schema';
import { OVERVIEW_LINK_CHARS, OVERVIEW_LIST_MAX } from '../model/scale/overviewState';
import type { LayoutName, OverviewMode, SizeBy, ViewState } from './types';
import { LANGS, LAYOUTS, LIMITS, OVERVIEW_MODES, SIZE_BYS } from './viewStateLimits';

// The lists and limits live in viewStateLimits.ts (no zod: the first bundle reads them).
export { LANGS, LAYOUTS, LIMITS, OVERVIEW_MODES, SIZE_BYS };

const sortedUnique = <T extends string>(xs: readonly T[]): boolean => xs.every((x, i) => i === 0 || (xs[i - 1] as T) < x);
const unique = (xs: readonly string[]): boolean => new Set(xs).size === xs.length;
const idChars = (xs: readonly string[]): number => xs.reduce((sum, x) => sum + x.length + 1, 0);

/** A complete ViewState in canonical form (lists sorted and unique, numbers in range). */
export const viewStateSchema = z
  .object({
    version: z.literal(1),
    lang: z.enum(LANGS),
    selection: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('entity'), id: slug }).strict(),
        z.object({ kind: z.literal('relation'), id: slug, evidence: z.number().int().nonnegative() }).strict(),
        z
          .object({
            kind: z.literal('bundle'),
            id: z.string().refine((v) => {
              const [a, b, ...rest] = v.split('~');
              return rest.length === 0 && a !== undefined && b !== undefined && slug.safeParse(a).success && slug.safeParse(b).success && a < b;
            }, 'expected a pair key a~b of two sorted entity ids'),
          })
          .strict(),
      ])
      .nullable(),
    search: z.string().refine((s) => Array.from(s).length <= LIMITS.maxSearch, 'search text too long'),
    filters: z
      .object({
        hiddenKinds: z.array(slug).refine(sortedUnique, 'not sorted/unique'),
        hiddenTypes: z.array(slug).refine(sortedUnique, 'not sorted/unique'),
        hiddenCategories: z.array(category).refine(sortedUnique, 'not sorted/unique'),
        hiddenStances: z.array(stance).refine(sortedUnique, 'not sorted/unique'),
        hiddenStatuses: z.array(status).refine(sortedUnique, 'not sorted/unique'),
        claimant: slug.nullable(),
      })
      .strict(),
    focusHops: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    layout: z.enum(LAYOUTS),
    camera: z
      .object({
        x: z.number().min(-LIMITS.maxPan).max(LIMITS.maxPan),
        y: z.number().min(-LIMITS.maxPan).max(LIMITS.maxPan),
        zoom: z.number().min(LIMITS.minZoom).max(LIMITS.maxZoom),
      })
      .strict()
      .nullable(),
    reader: z.object({ open: z.boolean(), offset: z.number().int().nonnegative().nullable() }).strict(),
    view: z.enum(['graph', 'table']),
    time: z
      .object({
        from: partialDate.nullable(),
        to: partialDate.nullable(),
        mode: z.enum(['hide', 'fade']),
        showUndated: z.boolean(),
      })
      .strict(),
    path: z.object({ from: slug, to: slug, factsOnly: z.boolean() }).strict().nullable(),
    sizeBy: z.enum(SIZE_BYS),
    camps: z.boolean(),
    overview: z
      .object({
        mode: z.enum(OVERVIEW_MODES),
        groups: z.array(slug).max(OVERVIEW_LIST_MAX).refine(unique, 'not unique'),
        nodes: z.array(slug).max(OVERVIEW_LIST_MAX).refine(unique, 'not unique'),
      })
      .strict()
      .refine((o) => idChars(o.groups) + idChars(o.nodes) <= OVERVIEW_LINK_CHARS, 'expanded lists too long for a link'),
  })
  .strict();

// Compile-time checks: the schema and the hand-written contract in types.ts describe the same thing.
type Schema = z.infer<typeof viewStateSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<Schema, ViewState> = true;
const layoutsComplete: Same<(typeof LAYOUTS)[number], LayoutName> = true;
const sizeBysComplete: Same<(typeof SIZE_BYS)[number], SizeBy> = true;
const overviewModesComplete: Same<(typeof OVERVIEW_MODES)[number], OverviewMode> = true;
void [schemaMatchesTypes, layoutsComplete, sizeBysComplete, overviewModesComplete];
