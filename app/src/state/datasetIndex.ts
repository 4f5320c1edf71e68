// DatasetIndex: the few facts about the loaded dataset that cleaning a link needs, and how to read them from the graph.
import type { EvidenceGraph } from '../model/graph';

/** What `cleanViewState` checks a link against. */
export interface DatasetIndex {
  entities: ReadonlySet<string>;
  /** Relation id → number of evidence items. */
  relations: ReadonlyMap<string, number>;
  relationTypes: ReadonlySet<string>;
  /** Length (UTF-16 code units) of the source text the reader shows; offsets are clamped to it. */
  textLength: number;
}

/** Builds the index from the Graphology model: node keys, edge keys with evidence counts, vocabulary types, longest source. */
export function datasetIndexFromGraph(graph: EvidenceGraph): DatasetIndex {
  const relations = new Map<string, number>();
  graph.forEachEdge((key, attributes) => relations.set(key, attributes.evidence.length));
  const attributes = graph.getAttributes();
  return {
    entities: new Set(graph.nodes()),
    relations,
    relationTypes: new Set(attributes.vocabulary.relationTypes.map((t) => t.id)),
    textLength: attributes.sources.reduce((max, s) => Math.max(max, s.length), 0),
  };
}
