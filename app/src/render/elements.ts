// Model → Cytoscape elements: one node per entity (preset x/y, portrait px/py alongside), one edge per relation, one bundle edge per parallel pair, labels in the current language.
import type { ElementDefinition, Position } from 'cytoscape';
import type { EvidenceGraph } from '../model/graph';
import { pairKey, parallelPairs } from '../model/parallelEdges';
import { typeLabel } from '../model/sentences';
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
  /** The key (`a~b`) of the bundle this relation belongs to, when its pair has several relations. */
  pair?: string;
}

/** Data carried by a bundle edge: one per pair of entities joined by several relations (class `bundle`). */
export interface BundleData {
  /** The pair key `a~b` (a < b): also the element id and the `b:` selection id. */
  id: string;
  source: string;
  target: string;
  bundle: true;
  /** Visible relations inside (the viewport rewrites it as filters change); the width follows it. */
  count: number;
  /** The count badge, e.g. `×12`. */
  label: string;
  members: string[];
}

/** The count badge of a bundle of `count` relations. */
export const bundleLabel = (count: number): string => `×${count}`;

/** Which build-time layout a view draws: `landscape` (x, y) or `portrait` (px, py). */
export type Orientation = 'landscape' | 'portrait';

/** A Cytoscape element definition; nodes also carry their portrait position (absent for graphs imported without one). */
export type GraphElement = ElementDefinition & { portrait?: Position };

/** Portrait when the container is clearly taller than wide (height > 1.2 × width), else landscape. */
export function orientationFor(width: number, height: number): Orientation {
  return height > 1.2 * width ? 'portrait' : 'landscape';
}

/** The element as Cytoscape should get it for `orientation`: the portrait position swapped in when there is one. */
export function forOrientation(element: GraphElement, orientation: Orientation): ElementDefinition {
  const { portrait, ...rest } = element;
  return orientation === 'portrait' && portrait ? { ...rest, position: { ...portrait } } : rest;
}

/** Converts the Graphology model into Cytoscape element definitions (positions preset from x/y, and px/py as `portrait`), plus one `bundle` edge per pair joined by several relations. */
export function toCytoscapeElements(graph: EvidenceGraph, lang: Lang): GraphElement[] {
  const elements: GraphElement[] = [];
  graph.forEachNode((id, attrs) => {
    const data: NodeData = {
      id,
      label: lang === 'zh' ? attrs.labelZh || attrs.label : attrs.label,
      kind: attrs.kind,
      degree: graph.degree(id),
    };
    const portrait = attrs.px !== undefined && attrs.py !== undefined ? { portrait: { x: attrs.px, y: attrs.py } } : {};
    elements.push({ group: 'nodes', data: { ...data }, position: { x: attrs.x, y: attrs.y }, ...portrait });
  });
  const pairCount = new Map<string, number>();
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
      label: typeLabel(graph, attrs.type, lang),
      parallel: pairCount.get(pairKey(source, target)) ?? 1,
    };
    if (data.parallel > 1) data.pair = pairKey(source, target);
    // A pair's relations start drawn as their bundle (as with everything shown), so the first frame needs no restyle.
    elements.push({ group: 'edges', data: { ...data }, ...(data.pair ? { classes: 'bundled' } : {}) });
  });
  for (const pair of parallelPairs(graph)) {
    const data: BundleData = {
      id: pair.key,
      source: pair.a,
      target: pair.b,
      bundle: true,
      count: pair.relations.length,
      label: bundleLabel(pair.relations.length),
      members: [...pair.relations],
    };
    elements.push({ group: 'edges', data: { ...data }, classes: 'bundle' });
  }
  return elements;
}
