// The compiled dataset in two parts: what the first draw needs (core) and the words that can load after it (details).
import type { CompiledDataset, CompiledEvidence, EdgeAttributes, NodeAttributes } from '../schema';

/** What the core leaves out of an entity: names besides the labels, descriptions, mentions. */
export type NodeDetails = { key: string } & Pick<NodeAttributes, 'aliases' | 'descriptionEn' | 'descriptionZh' | 'mentions'>;
/** What the core leaves out of a relation: its summaries and its evidence quotes. */
export type EdgeDetails = { key: string } & Pick<EdgeAttributes, 'summaryEn' | 'summaryZh' | 'evidence'>;

/** The details part: per entity and relation (same order as the core's graph), the source texts, and the stories (not needed to draw). */
export interface DatasetDetails {
  nodes: NodeDetails[];
  edges: EdgeDetails[];
  texts: CompiledDataset['texts'];
  stories?: CompiledDataset['stories'];
}

/** Stands for one evidence item in the core: the count of items holds (links name an item by index); all else is empty. */
const PLACEHOLDER: CompiledEvidence = { source: '', exact: '', prefix: '', suffix: '', start: 0, end: 0 };

/**
 * Splits a dataset. The core is a complete dataset of the same shape (ids, kinds, labels, positions, types, dates,
 * vocabulary, sources, and as many evidence items as each relation has) whose words are empty: no aliases, descriptions,
 * mentions, summaries or quotes (evidence items are empty placeholders), and no texts or stories. `joinDataset(core, details)` gives the dataset back.
 */
export function splitDataset(dataset: CompiledDataset): { core: CompiledDataset; details: DatasetDetails } {
  const { graph } = dataset;
  const details: DatasetDetails = {
    nodes: graph.nodes.map((n) => ({
      key: n.key,
      aliases: n.attributes.aliases,
      descriptionEn: n.attributes.descriptionEn,
      descriptionZh: n.attributes.descriptionZh,
      mentions: n.attributes.mentions,
    })),
    edges: graph.edges.map((e) => ({ key: e.key, summaryEn: e.attributes.summaryEn, summaryZh: e.attributes.summaryZh, evidence: e.attributes.evidence })),
    texts: dataset.texts,
    ...(dataset.stories === undefined ? {} : { stories: dataset.stories }),
  };
  const { stories: _inDetails, ...rest } = dataset;
  const core: CompiledDataset = {
    ...rest,
    graph: {
      ...graph,
      nodes: graph.nodes.map((n) => ({ ...n, attributes: { ...n.attributes, aliases: [], descriptionEn: '', descriptionZh: '', mentions: [] } })),
      edges: graph.edges.map((e) => ({ ...e, attributes: { ...e.attributes, summaryEn: '', summaryZh: '', evidence: e.attributes.evidence.map(() => ({ ...PLACEHOLDER })) } })),
    },
    texts: {},
  };
  return { core, details };
}

/** Puts the details back into the core; throws when they do not belong to it (other ids or counts). */
export function joinDataset(core: CompiledDataset, details: DatasetDetails): CompiledDataset {
  const { graph } = core;
  if (details.nodes.length !== graph.nodes.length || details.edges.length !== graph.edges.length) {
    throw new Error(`dataset details do not match the core: ${details.nodes.length}/${details.edges.length} entities/relations for ${graph.nodes.length}/${graph.edges.length}`);
  }
  const nodes = graph.nodes.map((n, i) => {
    const { key, ...more } = details.nodes[i] as NodeDetails;
    if (key !== n.key) throw new Error(`dataset details do not match the core: entity ${i} is '${key}', not '${n.key}'`);
    return { ...n, attributes: { ...n.attributes, ...more } };
  });
  const edges = graph.edges.map((e, i) => {
    const { key, ...more } = details.edges[i] as EdgeDetails;
    if (key !== e.key) throw new Error(`dataset details do not match the core: relation ${i} is '${key}', not '${e.key}'`);
    return { ...e, attributes: { ...e.attributes, ...more } };
  });
  return { ...core, graph: { ...graph, nodes, edges }, texts: details.texts, ...(details.stories === undefined ? {} : { stories: details.stories }) };
}
