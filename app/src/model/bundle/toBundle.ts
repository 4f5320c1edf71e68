// Compiled dataset → dataset bundle v1 (fixed key order, so the same dataset always gives the same JSON).
import { isAnchored, type CompiledDataset, type CompiledEvidence } from '../schema';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type BundleEntity, type BundleEvidence, type BundleRelation, type BundleSource } from './schema';

const own = (record: Record<string, string>, key: string): string | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

const pair = (b: { en: string; zh: string }): { en: string; zh: string } => ({ en: b.en, zh: b.zh });

function evidenceOf(e: CompiledEvidence): BundleEvidence {
  if (isAnchored(e)) return { source: e.source, exact: e.exact, prefix: e.prefix, suffix: e.suffix, start: e.start, end: e.end };
  return { source: e.source, exact: e.exact, anchored: false };
}

/** The dataset as a bundle: every source with its text, the vocabulary, entities with positions, relations with evidence, stories. */
export function toBundle(dataset: CompiledDataset): Bundle {
  const { graph, texts } = dataset;
  const sources = graph.attributes.sources.map((s): BundleSource => {
    const text = own(texts, s.id);
    const out: BundleSource = { id: s.id, title: pair(s.title), language: s.language };
    if (s.published !== undefined) out.published = s.published;
    if (s.url !== undefined) out.url = s.url;
    if (s.publisher !== undefined) out.publisher = s.publisher;
    if (s.note !== undefined) out.note = pair(s.note);
    if (text !== undefined) {
      if (s.sha256 !== undefined) out.sha256 = s.sha256;
      out.text = text;
    }
    return out;
  });
  const entities = graph.nodes.map(({ key, attributes: a }): BundleEntity => {
    const out: BundleEntity = {
      id: key,
      kind: a.kind,
      name: { en: a.label, zh: a.labelZh },
      aliases: [...a.aliases],
      description: { en: a.descriptionEn, zh: a.descriptionZh },
      x: a.x,
      y: a.y,
    };
    if (a.px !== undefined) out.px = a.px;
    if (a.py !== undefined) out.py = a.py;
    return out;
  });
  const relations = graph.edges.map(({ key, source, target, attributes: a }): BundleRelation => {
    const out: BundleRelation = { id: key, type: a.type, source, target, directed: a.directed, stance: a.stance, status: a.status, summary: { en: a.summaryEn, zh: a.summaryZh }, evidence: [] };
    if (a.date !== null) out.date = a.date;
    if (a.dateEnd !== null) out.dateEnd = a.dateEnd;
    if (a.claimedBy !== null) out.claimedBy = a.claimedBy;
    // Keep `evidence` last in the JSON, after the optional fields.
    const { evidence: _placeholder, ...head } = out;
    return { ...head, evidence: a.evidence.map(evidenceOf) };
  });
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    name: graph.attributes.name,
    sources,
    // The vocabulary as the dataset has it (every field the schema allows, e.g. a type's sentence pattern).
    vocabulary: structuredClone(graph.attributes.vocabulary),
    entities,
    relations,
    stories: structuredClone(dataset.stories ?? []),
  };
}

/** The bundle as the exact bytes written to a file: two-space indent, trailing newline. */
export function serializeBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
