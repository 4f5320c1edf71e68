// A dataset's content id for links (`d=`): the first 16 hex digits of the sha256 of its canonical bundle JSON (keys sorted).
import { isAnchored, type CompiledDataset, type CompiledEvidence } from '../schema';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './schema';
import { sha256OfText } from './sha256';

/** Length of a content id in hex digits (64 bits: collisions are not a practical concern for a device's datasets). */
export const CONTENT_ID_LENGTH = 16;

/** JSON with every object's keys in sorted order, so the id never depends on the order fields were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) Object.defineProperty(sorted, k, { value: (v as Record<string, unknown>)[k], enumerable: true, writable: true, configurable: true });
    return sorted;
  });
}

const pair = (b: { en: string; zh: string }): { en: string; zh: string } => ({ en: b.en, zh: b.zh });

/** An evidence item as the bundle has it, keys in sorted order. */
function evidenceSorted(e: CompiledEvidence): object {
  if (isAnchored(e)) return { end: e.end, exact: e.exact, prefix: e.prefix, source: e.source, start: e.start, suffix: e.suffix };
  return { anchored: false, exact: e.exact, source: e.source };
}

/**
 * `canonicalJson({ ...toBundle(dataset), stories: [] })`, byte for byte, written without the bundle copy and without a
 * replacer: each entity, relation, evidence item and source is built as the bundle has it (toBundle.ts) with its keys
 * already in sorted order, so one plain `JSON.stringify` (native, no callback per value) writes the canonical form; an
 * optional field that is absent is `undefined`, which JSON leaves out as the bundle does. Only the vocabulary, small
 * and open-ended, goes through `canonicalJson`. Tested equal to the reference on the built-in and random datasets.
 */
export function canonicalDatasetJson(dataset: CompiledDataset): string {
  const { graph, texts } = dataset;
  const entities = graph.nodes.map(({ key, attributes: a }) => ({
    aliases: a.aliases,
    description: { en: a.descriptionEn, zh: a.descriptionZh },
    id: key,
    kind: a.kind,
    name: { en: a.label, zh: a.labelZh },
    px: a.px,
    py: a.py,
    x: a.x,
    y: a.y,
  }));
  const relations = graph.edges.map(({ key, source, target, attributes: a }) => ({
    claimedBy: a.claimedBy ?? undefined,
    date: a.date ?? undefined,
    dateEnd: a.dateEnd ?? undefined,
    directed: a.directed,
    evidence: a.evidence.map(evidenceSorted),
    id: key,
    source,
    stance: a.stance,
    status: a.status,
    summary: { en: a.summaryEn, zh: a.summaryZh },
    target,
    type: a.type,
  }));
  const sources = graph.attributes.sources.map((s) => {
    const text = Object.hasOwn(texts, s.id) ? texts[s.id] : undefined;
    return {
      id: s.id,
      language: s.language,
      note: s.note === undefined ? undefined : pair(s.note),
      published: s.published,
      publisher: s.publisher,
      sha256: text === undefined ? undefined : s.sha256,
      text,
      title: pair(s.title),
      url: s.url,
    };
  });
  return `{"entities":${JSON.stringify(entities)},"format":${JSON.stringify(BUNDLE_FORMAT)},"name":${JSON.stringify(graph.attributes.name)},"relations":${JSON.stringify(relations)},"sources":${JSON.stringify(sources)},"stories":[],"version":${JSON.stringify(BUNDLE_VERSION)},"vocabulary":${canonicalJson(graph.attributes.vocabulary)}}`;
}

/**
 * Same dataset (graph, positions, texts, evidence), same id; any change to the data gives another. Stories are left
 * out: they are views over the data, so adding or editing one keeps every `d=` link to the dataset working (and ids
 * stay what they were before bundles carried stories). The hashed text is the canonical bundle JSON (keys sorted), so
 * the id is the one earlier versions computed through toBundle: links and stored datasets keep their ids.
 */
export function datasetContentId(dataset: CompiledDataset): Promise<string> {
  return contentIdOfJson(canonicalDatasetJson(dataset));
}

/** The content id of a dataset's canonical JSON (`canonicalDatasetJson`), for a caller that also wants the JSON's size. */
export async function contentIdOfJson(canonical: string): Promise<string> {
  const hash = await sha256OfText(canonical);
  return hash.slice(0, CONTENT_ID_LENGTH);
}
