// Compiles the dataset being edited for drawing after every edit: never throws, skips (and names) what cannot be drawn, keeps known positions and places new nodes near their neighbours.
import type { EvidenceGraph } from '../graph';
import { graphOf, type DrawableData } from '../data/compile';
import { isRealDate } from '../data/dates';
import { applyLayout } from '../data/layout';
import { evidenceSelector } from '../data/locate';
import type { Point } from '../data/fitBox';
import type { CompiledDataset, CompiledEvidence, EntityRecord, RelationRecord, RelationTypeRecord, SerializedGraph } from '../schema';
import type { AuthoringDataset } from './authoring';
import { nodeBoxes, placeNodes } from './placeNodes';
import { SourceLookups } from './sourceLookups';

// Where names and quotes were found by the last compile: an edit rarely changes a source text, so most lookups are reused.
const lookups = new SourceLookups();

/** A node's drawn position: landscape x/y and, when the graph has one, the portrait px/py. */
export interface NodePosition {
  x: number;
  y: number;
  px?: number;
  py?: number;
}

/** The dataset to draw, and one line per thing left out or changed because it could not be drawn as written. */
export interface EditingCompile {
  dataset: CompiledDataset;
  skipped: string[];
}

/** Every node's position in a compiled dataset (what to pass back as `previous` on the next compile). */
export function positionsOf(dataset: CompiledDataset): Map<string, NodePosition> {
  return new Map(
    dataset.graph.nodes.map(({ key, attributes: a }) => [key, { x: a.x, y: a.y, ...(a.px !== undefined && a.py !== undefined ? { px: a.px, py: a.py } : {}) }]),
  );
}

/** The records as the compiler's input, leaving out what `graphOf` could not add and noting it in `skipped`. */
function drawable(ds: AuthoringDataset, skipped: string[]): DrawableData {
  const sources: DrawableData['sources'] = [];
  const texts = new Map<string, string>();
  for (const { record, text } of ds.sources) {
    if (texts.has(record.id)) {
      skipped.push(`source '${record.id}': duplicate id, left out`);
      continue;
    }
    texts.set(record.id, text);
    sources.push({ record, text });
  }
  const types = new Map<string, RelationTypeRecord>();
  for (const t of ds.vocabulary.relationTypes) if (!types.has(t.id)) types.set(t.id, t);

  const entities: EntityRecord[] = [];
  const entityIds = new Set<string>();
  for (const e of ds.entities) {
    if (entityIds.has(e.id)) {
      skipped.push(`entity '${e.id}': duplicate id, left out`);
      continue;
    }
    entityIds.add(e.id);
    entities.push(e);
  }

  const relations: { record: RelationRecord; evidence: CompiledEvidence[] }[] = [];
  const relationIds = new Set<string>();
  for (const r of ds.relations) {
    const why =
      relationIds.has(r.id) ? 'duplicate id'
      : !types.has(r.type) ? `unknown relation type '${r.type}'`
      : !entityIds.has(r.source) ? `unknown entity '${r.source}'`
      : !entityIds.has(r.target) ? `unknown entity '${r.target}'`
      : r.source === r.target ? 'same source and target'
      : null;
    if (why !== null) {
      skipped.push(`relation '${r.id}': ${why}, left out`);
      continue;
    }
    relationIds.add(r.id);
    let record = r;
    if (r.claimedBy !== undefined && !entityIds.has(r.claimedBy)) {
      skipped.push(`relation '${r.id}': unknown claimant '${r.claimedBy}', drawn without it`);
      const { claimedBy: _c, ...rest } = record;
      record = rest;
    }
    for (const field of ['date', 'dateEnd'] as const) {
      const date = record[field];
      if (date !== undefined && !isRealDate(date)) {
        skipped.push(`relation '${r.id}': '${date}' is not a real calendar date, drawn undated`);
        const { date: _d, dateEnd: _e, ...rest } = record;
        record = rest;
      }
    }
    const evidence: CompiledEvidence[] = r.evidence.map((item, i) => {
      const text = texts.get(item.source);
      const found = text === undefined ? null : lookups.quote(item.source, text, item.quote, item.occurrence);
      if (text !== undefined && found?.ok === true) return evidenceSelector(item.source, text, found.start, found.end);
      skipped.push(`relation '${r.id}': quote ${i + 1} ${text === undefined ? `cites unknown source '${item.source}'` : 'is not found in its source as written'}, shown unanchored`);
      return { source: item.source, exact: item.quote, anchored: false };
    });
    relations.push({ record, evidence });
  }
  return { sources, vocabulary: ds.vocabulary, entities, relations };
}

/** Keeps `previous` positions and places the rest (landscape and portrait separately); false when no node has a previous position. */
function keepAndPlace(graph: EvidenceGraph, previous: ReadonlyMap<string, NodePosition>): boolean {
  const wide = new Map<string, Point>();
  const tall = new Map<string, Point>();
  graph.forEachNode((key) => {
    const p = previous.get(key);
    if (p === undefined) return;
    wide.set(key, { x: p.x, y: p.y });
    if (p.px !== undefined && p.py !== undefined) tall.set(key, { x: p.px, y: p.py });
  });
  if (wide.size === 0) return false;
  const boxes = wide.size === graph.order && (tall.size === 0 || tall.size === graph.order) ? new Map() : nodeBoxes(graph);
  const landscape = wide.size === graph.order ? wide : placeNodes(graph, wide, boxes);
  // No portrait positions at all (a graph imported without them): none are made up, the view draws x/y in both orientations.
  const portrait = tall.size === 0 ? null : tall.size === graph.order ? tall : placeNodes(graph, tall, boxes);
  graph.updateEachNodeAttributes((key, a) => {
    const w = landscape.get(key) as Point;
    const t = portrait?.get(key);
    const { px: _px, py: _py, ...rest } = a;
    return { ...rest, x: w.x, y: w.y, ...(t !== undefined ? { px: t.x, py: t.y } : {}) };
  });
  return true;
}

/**
 * The dataset being edited, compiled as `compileDataset` would (same nodes, edges and attributes) but for every edit:
 * nodes in `previous` keep their positions exactly, new nodes go near their neighbours without overlapping any
 * node+label box, and only a dataset with no known positions gets the regular (slower) layout. Never throws on data
 * the validator rejects: relations that cannot be drawn (unknown type or entity, self-loop, duplicate id) are left
 * out, quotes that cannot be located are kept unanchored, and each is named in `skipped`.
 */
export function compileForEditing(ds: AuthoringDataset, previous?: ReadonlyMap<string, NodePosition>): EditingCompile {
  const skipped: string[] = [];
  lookups.begin();
  const data = drawable(ds, skipped);
  const graph = graphOf(data, lookups.mentions);
  if (graph.order > 0 && !keepAndPlace(graph, previous ?? new Map())) applyLayout(graph);
  const texts: Record<string, string> = {};
  for (const { record, text } of data.sources) texts[record.id] = text;
  const dataset: CompiledDataset = { graph: graph.export() as unknown as SerializedGraph, texts, ...(ds.stories.length > 0 ? { stories: ds.stories } : {}) };
  return { dataset, skipped };
}
