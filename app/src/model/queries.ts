// Read-only questions about the model: labels, relations of an entity, parallel edges, evidence and its text spans.
import type { EvidenceGraph } from './graph';
import type { Category, CompiledEvidence, EdgeAttributes, RelationTypeRecord } from './schema';
import { UnknownElementError } from './modelErrors';
import { typeLabel } from './sentences';

export type Lang = 'en' | 'zh';

export { UnknownElementError };

function needNode(graph: EvidenceGraph, id: string, where: string): void {
  if (!graph.hasNode(id)) throw new UnknownElementError(`${where}: unknown entity '${id}'`);
}
function needEdge(graph: EvidenceGraph, id: string, where: string): void {
  if (!graph.hasEdge(id)) throw new UnknownElementError(`${where}: unknown relation '${id}'`);
}

/** The entity's name in the given language. */
export function entityLabel(graph: EvidenceGraph, id: string, lang: Lang): string {
  needNode(graph, id, 'entityLabel');
  const a = graph.getNodeAttributes(id);
  return lang === 'zh' ? a.labelZh : a.label;
}

/** The vocabulary record of a relation type, or undefined when the vocabulary has no such type. */
export function typeInfo(graph: EvidenceGraph, typeId: string): RelationTypeRecord | undefined {
  return graph.getAttribute('vocabulary').relationTypes.find((t) => t.id === typeId);
}

/** The label of a kind from the vocabulary (falls back to the kind id). */
export function kindLabel(graph: EvidenceGraph, kind: string, lang: Lang, plural = false): string {
  const k = graph.getAttribute('vocabulary').kinds.find((x) => x.id === kind);
  return k ? (plural ? k.plural : k.label)[lang] : kind;
}

/** The label of a relation category from the vocabulary (falls back to the category id). */
export function categoryLabel(graph: EvidenceGraph, cat: Category, lang: Lang): string {
  const c = graph.getAttribute('vocabulary').categories.find((x) => x.id === cat);
  return c ? c.label[lang] : cat;
}

/** The relation's type label ("sued", "起訴") read from source to target; the type id if the vocabulary lacks it. */
export function relationLabel(graph: EvidenceGraph, edgeId: string, lang: Lang): string {
  needEdge(graph, edgeId, 'relationLabel');
  return typeLabel(graph, graph.getEdgeAttribute(edgeId, 'type'), lang);
}

/** One relation seen from one of its ends. */
export interface RelationEnd {
  edge: string;
  /** 'out': the entity is the source; 'in': the target; 'undirected': no direction. */
  direction: 'out' | 'in' | 'undirected';
  other: string;
  attributes: EdgeAttributes;
}
export interface RelationGroup {
  type: string;
  relations: RelationEnd[];
}

function byDateThenId(g: EvidenceGraph) {
  return (x: string, y: string): number => {
    const dx = g.getEdgeAttribute(x, 'date');
    const dy = g.getEdgeAttribute(y, 'date');
    if (dx !== dy) return dx === null ? 1 : dy === null ? -1 : dx < dy ? -1 : 1;
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/**
 * An entity's relations grouped by type. Groups follow the vocabulary's type order (unknown types last, by id);
 * inside a group relations go by date (undated last), then id.
 */
export function relationsOf(graph: EvidenceGraph, entityId: string): RelationGroup[] {
  needNode(graph, entityId, 'relationsOf');
  const order = new Map(graph.getAttribute('vocabulary').relationTypes.map((t, i) => [t.id, i]));
  const groups = new Map<string, string[]>();
  graph.forEachEdge(entityId, (edge, a) => {
    const list = groups.get(a.type) ?? [];
    list.push(edge);
    groups.set(a.type, list);
  });
  const rank = (t: string) => order.get(t) ?? Number.MAX_SAFE_INTEGER;
  return [...groups.keys()]
    .sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0))
    .map((type) => ({
      type,
      relations: (groups.get(type) ?? []).sort(byDateThenId(graph)).map((edge) => {
        const source = graph.source(edge);
        const direction = graph.isUndirected(edge) ? 'undirected' : source === entityId ? 'out' : 'in';
        return { edge, direction, other: graph.opposite(entityId, edge), attributes: graph.getEdgeAttributes(edge) };
      }),
    }));
}

/** Every relation between a and b, in either direction, by date (undated last) then id. */
export function parallelRelations(graph: EvidenceGraph, a: string, b: string): string[] {
  needNode(graph, a, 'parallelRelations');
  needNode(graph, b, 'parallelRelations');
  return graph.filterEdges(a, (_e, _attr, s, t) => (s === a && t === b) || (s === b && t === a)).sort(byDateThenId(graph));
}

/** The entity's neighbours (either direction, each once), in graph order. */
export function neighbours(graph: EvidenceGraph, id: string): string[] {
  needNode(graph, id, 'neighbours');
  return graph.neighbors(id);
}

/** The evidence items of a relation (W3C quote + position selectors). */
export function evidenceOf(graph: EvidenceGraph, edgeId: string): CompiledEvidence[] {
  needEdge(graph, edgeId, 'evidenceOf');
  return graph.getEdgeAttribute(edgeId, 'evidence');
}

export { evidenceAt, evidenceSpans, mentionSpans, mergeSpans, paragraphAround, segmentText } from './textSpans';
export type { MarkedSegment, Paragraph, Span, TextPiece } from './textSpans';
