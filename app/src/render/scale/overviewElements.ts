// Overview → Cytoscape elements: the drawn entities and relations as usual, plus group nodes and group links (classes, no bypasses).
import type { EvidenceGraph } from '../../model/graph';
import { drawnSubgraph } from '../../model/scale/drawnSubgraph';
import type { DrawnGroup, DrawnView } from '../../model/scale/drawnView';
import { groupSize, layoutScale, type GroupLayout } from '../../model/scale/groupPositions';
import type { Lang } from '../../state/types';
import { toCytoscapeElements, type GraphElement } from '../elements';

/** Data of a community's group node (class `group`). */
export interface GroupNodeData {
  id: string;
  label: string;
  kind: 'community';
  community: string;
  members: number;
  /** Diameter in model units, growing with the square root of the members it stands for (scaled to the layout). */
  size: number;
  /** Label font size and wrap width in model units (scaled to the layout, so labels read at the zoom that fits it). */
  font: number;
  wrap: number;
  degree: number;
}

/** Data of a link standing for several relations (class `group-link`). */
export interface GroupLinkData {
  id: string;
  source: string;
  target: string;
  weight: number;
  width: number;
}

// Sizes live with the group positions (the model lays groups out by them so their circles never overlap).
export { groupSize, layoutScale } from '../../model/scale/groupPositions';
/** A group link's width for `weight` relations. */
export const linkWidth = (weight: number): number => Math.min(14, 1 + 1.5 * Math.log2(weight));

/**
 * The elements of an overview: entities and relations exactly as `toCytoscapeElements` draws them (degree from the
 * whole graph), then one `group` node per drawn community at its members' centre, and one `group-link` edge per link.
 */
export function toOverviewElements(
  graph: EvidenceGraph,
  view: DrawnView,
  lang: Lang,
  layout: GroupLayout,
  groupLabel: (group: DrawnGroup) => string,
): GraphElement[] {
  const elements = toCytoscapeElements(drawnSubgraph(graph, view.nodes, view.relations), lang);
  for (const el of elements) if (el.group === 'nodes') el.data.degree = graph.degree(String(el.data.id));
  const scale = layoutScale(layout.extent);
  for (const g of view.groups) {
    const p = layout.positions.get(g.id) ?? { x: 0, y: 0 };
    const data: GroupNodeData = {
      id: g.key,
      label: groupLabel(g),
      kind: 'community',
      community: g.id,
      members: g.size,
      size: groupSize(g.size) * scale,
      font: (10 + 0.1 * groupSize(g.size)) * scale,
      wrap: 200 * scale,
      degree: 0,
    };
    elements.push({ group: 'nodes', data: { ...data }, position: { x: p.x, y: p.y }, classes: 'group', ...(p.portrait ? { portrait: { ...p.portrait } } : {}) });
  }
  for (const l of view.links) {
    const data: GroupLinkData = { id: l.id, source: l.source, target: l.target, weight: l.weight, width: linkWidth(l.weight) * Math.sqrt(scale) };
    elements.push({ group: 'edges', data: { ...data }, classes: 'group-link' });
  }
  return elements;
}
