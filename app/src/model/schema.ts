// The authored data model (graph-data/*.yaml) and the compiled dataset, as zod schemas: the one source of its types.
import { CATEGORIES, ENTITY_KINDS, PARTIAL_DATE_RE, SLUG_RE, STANCES, STATUSES } from './enums';
import { storiesSchema } from './story/schema';
import { z } from './z';

// The lists, the id patterns and isAnchored live in enums.ts (no zod: the first bundle reads them).
export { CATEGORIES, ENTITY_KINDS, isAnchored, STANCES, STATUSES } from './enums';

/** Partial ISO date: `2015`, `2015-12` or `2015-12-11`. */
export const partialDate = z
  .string()
  .regex(PARTIAL_DATE_RE, 'expected a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

/** Slug ids: lower-case ASCII words joined by single hyphens. Stable: never derived from display names at runtime. */
export const slug = z.string().regex(SLUG_RE, 'expected a slug id (a-z, 0-9, single hyphens)');

export const bilingual = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();
export type Bilingual = z.infer<typeof bilingual>;

export const entityKind = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof entityKind>;

export const category = z.enum(CATEGORIES);
export type Category = z.infer<typeof category>;

export const stance = z.enum(STANCES);
export type Stance = z.infer<typeof stance>;

export const status = z.enum(STATUSES);
export type Status = z.infer<typeof status>;

// ---------- graph-data/sources.yaml ----------
export const sourceRecord = z
  .object({
    id: slug,
    title: bilingual,
    language: z.string().min(2),
    published: partialDate,
    /** File name inside graph-data/, e.g. `000_83dc19187c149505.txt`. */
    file: z.string().regex(/^[\w.-]+$/),
    /** sha256 (hex) of the file's bytes; evidence offsets are valid only for this hash. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Where the source can be read (http/https only). */
    url: z.string().regex(/^https?:\/\/\S+$/, 'expected an http:// or https:// address').optional(),
    publisher: z.string().optional(),
    note: bilingual.optional(),
  })
  .strict();
export type SourceRecord = z.infer<typeof sourceRecord>;
export const sourcesFile = z.object({ sources: z.array(sourceRecord).min(1) }).strict();

// ---------- graph-data/vocabulary.yaml ----------
export const kindRecord = z.object({ id: entityKind, label: bilingual, plural: bilingual }).strict();
export const categoryRecord = z.object({ id: category, label: bilingual }).strict();
/** A sentence pattern naming both ends once each: "{source} sits on {target}", "{source}是{target}的成員". */
const sentencePattern = z
  .string()
  .refine((p) => p.split('{source}').length === 2 && p.split('{target}').length === 2, 'expected {source} and {target} once each');
export const relationTypeRecord = z
  .object({
    id: slug,
    /** Label read from source to target: "co-founded", "sued". */
    label: bilingual,
    /** How a relation of this type reads as a sentence, where "source label target" would not (see model/sentences.ts). */
    sentence: z.object({ en: sentencePattern.optional(), zh: sentencePattern.optional() }).strict().optional(),
    category,
    directed: z.boolean(),
    defaultStance: stance,
  })
  .strict();
export type RelationTypeRecord = z.infer<typeof relationTypeRecord>;
export const vocabularyFile = z
  .object({
    kinds: z.array(kindRecord).min(1),
    categories: z.array(categoryRecord).min(1),
    relationTypes: z.array(relationTypeRecord).min(1),
  })
  .strict();
export type Vocabulary = z.infer<typeof vocabularyFile>;

// ---------- graph-data/entities/*.yaml ----------
export const entityRecord = z
  .object({
    id: slug,
    kind: entityKind,
    name: bilingual,
    /** Every form the source uses, plus usual English and Simplified forms. */
    aliases: z.array(z.string().min(1)).default([]),
    description: bilingual,
  })
  .strict();
export type EntityRecord = z.infer<typeof entityRecord>;
export const entitiesFile = z.object({ entities: z.array(entityRecord).min(1) }).strict();

// ---------- graph-data/relations/*.yaml ----------
export const evidenceRecord = z
  .object({
    source: slug,
    /** The exact words of the source, character for character (W3C TextQuoteSelector.exact). */
    quote: z.string().min(1),
    /** 1-based: which occurrence of `quote` in the source is meant, when it occurs more than once. */
    occurrence: z.number().int().positive().optional(),
  })
  .strict();
export type EvidenceRecord = z.infer<typeof evidenceRecord>;

export const relationRecord = z
  .object({
    id: slug,
    type: slug,
    source: slug,
    target: slug,
    /** Defaults to the relation type's default stance. */
    stance: stance.optional(),
    /** Start (or only) date the text gives or implies. */
    date: partialDate.optional(),
    /** End of a date range. */
    dateEnd: partialDate.optional(),
    /** Narrated as fact by the source, or reported as somebody's claim. */
    status,
    /** Entity id of whoever makes the claim; required when status is `claim`. */
    claimedBy: slug.optional(),
    summary: bilingual,
    evidence: z.array(evidenceRecord).min(1),
  })
  .strict();
export type RelationRecord = z.infer<typeof relationRecord>;
export const relationsFile = z.object({ relations: z.array(relationRecord).min(1) }).strict();

// ---------- compiled dataset (what the app bundles; graph part = Graphology serialization) ----------

/** W3C Web Annotation: TextQuoteSelector (exact, prefix, suffix) + TextPositionSelector (start, end), flattened. */
export const anchoredEvidence = z
  .object({
    source: z.string(),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    /** UTF-16 code-unit offsets into the source text (JavaScript string indices), end exclusive. */
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict();
export type AnchoredEvidence = z.infer<typeof anchoredEvidence>;

/**
 * A quote an imported file gave without the source text it comes from: kept word for word with its source
 * reference (title, URL) and shown as not anchored. Never produced from graph-data (the validator anchors every quote).
 */
export const unanchoredEvidence = z
  .object({
    source: z.string(),
    exact: z.string(),
    anchored: z.literal(false),
  })
  .strict();
export type UnanchoredEvidence = z.infer<typeof unanchoredEvidence>;

export const compiledEvidence = z.union([anchoredEvidence, unanchoredEvidence]);
export type CompiledEvidence = z.infer<typeof compiledEvidence>;

export const mention = z.object({ source: z.string(), start: z.number().int(), end: z.number().int() }).strict();
export type Mention = z.infer<typeof mention>;

export const nodeAttributes = z
  .object({
    /** One of the vocabulary's kinds: a built-in kind, or a custom kind an imported file brought. */
    kind: z.string(),
    /** English name (the default label). */
    label: z.string(),
    labelZh: z.string(),
    aliases: z.array(z.string()),
    descriptionEn: z.string(),
    descriptionZh: z.string(),
    /** Where the entity's names occur in each source (for clickable mentions in the reader). */
    mentions: z.array(mention),
    /** Precomputed deterministic layout position (landscape: fitted to a wide box). */
    x: z.number(),
    y: z.number(),
    /**
     * Portrait layout position (fitted to a tall box, for phones). Always set by the compiler; a graph imported from a
     * file may lack it, and is then drawn from x/y in every orientation.
     */
    px: z.number().optional(),
    py: z.number().optional(),
  })
  .strict();
export type NodeAttributes = z.infer<typeof nodeAttributes>;

export const edgeAttributes = z
  .object({
    type: z.string(),
    category,
    directed: z.boolean(),
    stance,
    date: partialDate.nullable(),
    dateEnd: partialDate.nullable(),
    status,
    claimedBy: z.string().nullable(),
    summaryEn: z.string(),
    summaryZh: z.string(),
    /** At least one for graph-data; an imported relation may come without any quote (shown as such). */
    evidence: z.array(compiledEvidence),
  })
  .strict();
export type EdgeAttributes = z.infer<typeof edgeAttributes>;

/** A source as the app knows it. `sha256` and `length` are set exactly when its text is in the dataset's `texts`. */
export const compiledSource = z
  .object({
    id: z.string(),
    title: bilingual,
    language: z.string(),
    published: partialDate.optional(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    length: z.number().int().optional(),
    /** Where the source can be read (http/https only; shown as a link after `new URL()` checks). */
    url: z.string().optional(),
    publisher: z.string().optional(),
    note: bilingual.optional(),
  })
  .strict();
export type CompiledSource = z.infer<typeof compiledSource>;

/** A kind in a dataset's vocabulary: a built-in one (colour and shape from the design tokens) or a custom one. */
export const compiledKind = z
  .object({ id: z.string(), label: bilingual, plural: bilingual, color: z.string().regex(/^#[0-9a-f]{6}$/).optional() })
  .strict();
export type CompiledKind = z.infer<typeof compiledKind>;

/** A relation type in a dataset's vocabulary; custom types an import created carry a generated colour. */
export const compiledRelationType = relationTypeRecord.extend({ id: z.string(), color: z.string().regex(/^#[0-9a-f]{6}$/).optional() }).strict();
export type CompiledRelationType = z.infer<typeof compiledRelationType>;

export const compiledVocabulary = z
  .object({
    kinds: z.array(compiledKind).min(1),
    categories: z.array(categoryRecord).min(1),
    relationTypes: z.array(compiledRelationType),
  })
  .strict();
export type CompiledVocabulary = z.infer<typeof compiledVocabulary>;

export const graphAttributes = z
  .object({
    name: z.string(),
    sources: z.array(compiledSource),
    vocabulary: compiledVocabulary,
  })
  .strict();
export type GraphAttributes = z.infer<typeof graphAttributes>;

/** Graphology's serialization format (graph.export()), with our attribute schemas. */
export const serializedGraph = z.object({
  attributes: graphAttributes,
  options: z.object({ type: z.literal('mixed'), multi: z.literal(true), allowSelfLoops: z.boolean() }),
  nodes: z.array(z.object({ key: z.string(), attributes: nodeAttributes })),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      undirected: z.boolean().optional(),
      attributes: edgeAttributes,
    }),
  ),
});
export type SerializedGraph = z.infer<typeof serializedGraph>;

/** What the app bundles: the graph plus the full source texts keyed by source id, and its guided stories if any. */
export const compiledDataset = z.object({
  graph: serializedGraph,
  texts: z.record(z.string(), z.string()),
  /** Guided stories (graph-data/stories/*.yaml, or a bundle's); shape only here, meaning checked by model/story/validate.ts. */
  stories: storiesSchema.optional(),
});
export type CompiledDataset = z.infer<typeof compiledDataset>;
