// Model → Cytoscape elements: one node per entity (preset x/y), one edge per relation, labels in the current language.
import type { ElementDefinition } from 'cytoscape';
import type { EvidenceGraph } from '../model/graph';
import type { Lang } from '../state/types';

/** Data carried by every Cytoscape node element. */
export interface NodeData {
  id: string;
  label: string;
  kind: string;
  degree: number;
}

/** Data carried by every Cytoscape edge element. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  category: string;
  status: string;
  stance: string;
  directed: boolean;
  label: string;
  /** How many relations join this pair (either direction); the stylesheet fans them. */
  parallel: number;
}

function relationTypeLabel(graph: EvidenceGraph, type: string, lang: Lang): string {
  const record = graph.getAttribute('vocabulary').relationTypes.find((t) => t.id === type);
  return record ? record.label[lang] : type;
}

/** Converts the Graphology model into Cytoscape element definitions (positions preset from the model's x/y). */
export function toCytoscapeElements(graph: EvidenceGraph, lang: Lang): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, attrs) => {
    const data: NodeData = {
      id,
      label: lang === 'zh' ? attrs.labelZh || attrs.label : attrs.label,
      kind: attrs.kind,
      degree: graph.degree(id),
    };
    elements.push({ group: 'nodes', data: { ...data }, position: { x: attrs.x, y: attrs.y } });
  });
  const pairCount = new Map<string, number>();
  const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  graph.forEachEdge((_id, _attrs, source, target) => {
    const key = pairKey(source, target);
    pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
  });
  graph.forEachEdge((id, attrs, source, target) => {
    const data: EdgeData = {
      id,
      source,
      target,
      type: attrs.type,
      category: attrs.category,
      status: attrs.status,
      stance: attrs.stance,
      directed: attrs.directed,
      label: relationTypeLabel(graph, attrs.type, lang),
      parallel: pairCount.get(pairKey(source, target)) ?? 1,
    };
    elements.push({ group: 'edges', data: { ...data } });
  });
  return elements;
}
