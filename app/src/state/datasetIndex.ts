// DatasetIndex: the few facts about the loaded dataset that cleaning a link needs, and how to read them from the graph.
import type { EvidenceGraph } from '../model/graph';

/** What `cleanViewState` checks a link against. */
export interface DatasetIndex {
  entities: ReadonlySet<string>;
  /** Relation id → number of evidence items. */
  relations: ReadonlyMap<string, number>;
  relationTypes: ReadonlySet<string>;
  /** Entity kind ids of the dataset's vocabulary (built-in and custom); absent = the six built-in kinds. */
  kinds?: ReadonlySet<string>;
  /** Keys `a~b` (ids sorted) of the entity pairs joined by at least one relation; absent = not checked. */
  pairs?: ReadonlySet<string>;
  /** Length (UTF-16 code units) of the source text the reader shows; offsets are clamped to it. */
  textLength: number;
}

/** Builds the index from the Graphology model: node keys, edge keys with evidence counts, vocabulary types, longest source. */
export function datasetIndexFromGraph(graph: EvidenceGraph): DatasetIndex {
  const relations = new Map<string, number>();
  const pairs = new Set<string>();
  graph.forEachEdge((key, attributes, source, target) => {
    relations.set(key, attributes.evidence.length);
    pairs.add(pairKey(source, target));
  });
  return datasetIndexOf(graph, relations, pairs);
}

/** The `pairs` key of two entities: their ids sorted, joined by `~`. */
export const pairKey = (source: string, target: string): string => (source < target ? `${source}~${target}` : `${target}~${source}`);

/** The index of `graph` given its relations (id → evidence count) and pairs, gathered while the graph was built in steps. */
export function datasetIndexOf(graph: EvidenceGraph, relations: Map<string, number>, pairs: Set<string>): DatasetIndex {
  const attributes = graph.getAttributes();
  return {
    entities: new Set(graph.nodes()),
    relations,
    relationTypes: new Set(attributes.vocabulary.relationTypes.map((t) => t.id)),
    kinds: new Set(attributes.vocabulary.kinds.map((k) => k.id)),
    pairs,
    textLength: attributes.sources.reduce((max, s) => Math.max(max, s.length ?? 0), 0),
  };
}
