// Dataset bundle v1: the versioned JSON file holding one whole dataset (sources with texts, vocabulary, entities, relations, evidence).
import { z } from '../z';
import { anchoredEvidence, bilingual, compiledVocabulary, partialDate, stance, status, unanchoredEvidence } from '../schema';
import { storiesSchema } from '../story/schema';

/** The `format` value every bundle starts with (content sniffing looks for it). */
export const BUNDLE_FORMAT = 'evidence-graph-bundle';
/** The bundle version this code writes and reads. */
export const BUNDLE_VERSION = 1;

/** Display text in both languages; may be empty (an imported entity may have no description). */
const text2 = z.object({ en: z.string(), zh: z.string() }).strict();
const id = z.string().min(1, 'expected a non-empty id');

export const bundleSource = z
  .object({
    id,
    title: bilingual,
    /** BCP 47 language tag of the text. */
    language: z.string(),
    published: partialDate.optional(),
    url: z.string().optional(),
    publisher: z.string().optional(),
    note: bilingual.optional(),
    /** sha256 (hex) of the UTF-8 bytes of `text`; evidence offsets are valid for that text. Only with `text`. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits').optional(),
    /** Full text of the source; quotes are anchored in it. Absent when the source is known by title/URL only. */
    text: z.string().optional(),
  })
  .strict();
export type BundleSource = z.infer<typeof bundleSource>;

export const bundleEntity = z
  .object({
    id,
    /** A kind id of `vocabulary.kinds`. */
    kind: z.string().min(1),
    name: text2,
    aliases: z.array(z.string()).default([]),
    description: text2,
    /** Landscape position (model units). When any entity lacks x/y, the whole graph is laid out on import. */
    x: z.number().optional(),
    y: z.number().optional(),
    /** Portrait (phone) position, optional. */
    px: z.number().optional(),
    py: z.number().optional(),
  })
  .strict();
export type BundleEntity = z.infer<typeof bundleEntity>;

/** Evidence items are the model's own: W3C TextQuote + TextPosition selectors, or a quote kept without a place in a text. */
export const bundleAnchoredEvidence = anchoredEvidence;
export const bundleUnanchoredEvidence = unanchoredEvidence;
export const bundleEvidence = z.union([bundleAnchoredEvidence, bundleUnanchoredEvidence]);
export type BundleEvidence = z.infer<typeof bundleEvidence>;

export const bundleRelation = z
  .object({
    id,
    /** A relation type id of `vocabulary.relationTypes` (its category comes from there). */
    type: z.string().min(1),
    source: z.string(),
    target: z.string(),
    directed: z.boolean(),
    stance,
    date: partialDate.optional(),
    dateEnd: partialDate.optional(),
    status,
    /** Entity id of the claimant, for `status: claim`. */
    claimedBy: z.string().optional(),
    summary: text2,
    evidence: z.array(bundleEvidence),
  })
  .strict();
export type BundleRelation = z.infer<typeof bundleRelation>;

export const bundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    name: z.string(),
    sources: z.array(bundleSource),
    vocabulary: compiledVocabulary,
    entities: z.array(bundleEntity),
    relations: z.array(bundleRelation),
    /** Guided stories (model/story/types.ts); shape checked here, meaning (ids, views, captions) by fromBundle. */
    stories: storiesSchema.optional(),
  })
  .strict();
export type Bundle = z.infer<typeof bundleSchema>;
export type BundleInput = z.input<typeof bundleSchema>;
