// Compiles validated graph-data into the Graphology graph and the dataset the app bundles.
import Graph from 'graphology';
import type { EvidenceGraph } from '../graph';
import {
  compiledDataset,
  type CompiledDataset,
  type CompiledEvidence,
  type EdgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
  type RelationRecord,
  type RelationTypeRecord,
  type SerializedGraph,
} from '../schema';
import { applyLayout } from './layout';
import { findMentions, findMentionsMany } from './locate';
import { validDataset, type DataInput, type ValidateOptions, type ValidDataset } from './validate';

/** Name given to the compiled graph (graph attribute `name`). */
export const GRAPH_NAME = 'Evidence Graph';

/**
 * The one relation → edge mapping: a relation record's edge attributes, with category and direction from its type,
 * the stance defaulting to the type's, and absent dates and claimant as null. Used by `buildGraph` and by test fixtures.
 */
export function edgeAttributesOf(
  r: Pick<RelationRecord, 'type' | 'stance' | 'date' | 'dateEnd' | 'status' | 'claimedBy' | 'summary'>,
  type: Pick<RelationTypeRecord, 'category' | 'directed' | 'defaultStance'>,
  evidence: CompiledEvidence[],
): EdgeAttributes {
  return {
    type: r.type,
    category: type.category,
    directed: type.directed,
    stance: r.stance ?? type.defaultStance,
    date: r.date ?? null,
    dateEnd: r.dateEnd ?? null,
    status: r.status,
    claimedBy: r.claimedBy ?? null,
    summaryEn: r.summary.en,
    summaryZh: r.summary.zh,
    evidence,
  };
}

/** Builds the mixed multi-graph: entities as nodes, relations as (un)directed edges keyed by id, positions laid out. */
export function buildGraph(data: ValidDataset): EvidenceGraph {
  const graph = graphOf(data);
  applyLayout(graph);
  return graph;
}

/** What `graphOf` draws: a validated dataset, or one whose relations keep quotes that could not be located (editing). */
export type DrawableData = Pick<ValidDataset, 'sources' | 'vocabulary' | 'entities'> & { relations: readonly { record: RelationRecord; evidence: CompiledEvidence[] }[] };

/** The graph `buildGraph` lays out, every node still at (0, 0): for callers that place nodes themselves (editing, which also caches mentions). */
export function graphOf(data: DrawableData, mentionsIn: typeof findMentions = findMentions): EvidenceGraph {
  const graphAttrs: GraphAttributes = {
    name: GRAPH_NAME,
    sources: data.sources.map(({ record, text }) => {
      const { file: _file, ...rest } = record;
      return { ...rest, length: text.length };
    }),
    vocabulary: data.vocabulary,
  };
  const graph: EvidenceGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes(graphAttrs);
  // With the default finder, every entity's mentions in one pass over each text (findMentionsMany: the same mentions
  // as findMentions entity by entity, which scanned every text once per name: slow for imports of thousands of names).
  const namesOf = (entity: DrawableData['entities'][number]) => [entity.name.en, entity.name.zh, ...entity.aliases];
  const allMentions =
    mentionsIn === findMentions
      ? findMentionsMany(
          data.sources.map(({ record, text }) => [record.id, text] as const),
          data.entities.map(namesOf),
        )
      : null;
  for (const [i, entity] of data.entities.entries()) {
    const names = namesOf(entity);
    graph.addNode(entity.id, {
      kind: entity.kind,
      label: entity.name.en,
      labelZh: entity.name.zh,
      aliases: entity.aliases,
      descriptionEn: entity.description.en,
      descriptionZh: entity.description.zh,
      mentions: allMentions?.[i] ?? data.sources.flatMap(({ record, text }) => mentionsIn(record.id, text, names)),
      x: 0,
      y: 0,
    });
  }
  const types = new Map(data.vocabulary.relationTypes.map((t) => [t.id, t]));
  for (const { record: r, evidence } of data.relations) {
    const type = types.get(r.type);
    if (type === undefined) throw new Error(`relations[${r.id}].type: unknown relation type '${r.type}'`);
    const attrs = edgeAttributesOf(r, type, evidence);
    if (type.directed) graph.addDirectedEdgeWithKey(r.id, r.source, r.target, attrs);
    else graph.addUndirectedEdgeWithKey(r.id, r.source, r.target, attrs);
  }
  return graph;
}

/** Validates then compiles; throws DataValidationError on bad data, and checks the output against `compiledDataset`. */
export function compileDataset(input: DataInput, options: ValidateOptions = {}): CompiledDataset {
  const data = validDataset(input, options);
  const graph = buildGraph(data);
  const texts: Record<string, string> = {};
  for (const { record, text } of data.sources) texts[record.id] = text;
  // `stories` only when there are some, so a dataset without stories compiles to the same bytes as before them.
  const candidate: CompiledDataset = { graph: graph.export() as unknown as SerializedGraph, texts, ...(data.stories.length > 0 ? { stories: data.stories } : {}) };
  const checked = compiledDataset.safeParse(candidate);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`compiled dataset does not match its schema at ${issue?.path.map(String).join('.') ?? '?'}: ${issue?.message ?? ''}`);
  }
  return candidate;
}

/** The compiled dataset as the exact bytes written to disk: stable key order, trailing newline. */
export function serializeDataset(dataset: CompiledDataset): string {
  return `${JSON.stringify(dataset)}\n`;
}
