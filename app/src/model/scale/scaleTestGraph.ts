// Test support: small EvidenceGraphs of given shape (entity kinds, relations) for the overview's unit tests.
import Graph from 'graphology';
import type { EvidenceGraph } from '../graph';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../schema';

/** A graph with `nodes` ([id, kind], at x = index) and one directed relation per `[source, target]` pair (ids r0, r1, …). */
export function scaleTestGraph(nodes: ReadonlyArray<readonly [string, string]>, relations: ReadonlyArray<readonly [string, string]>): EvidenceGraph {
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ vocabulary: { kinds: [], categories: [], relationTypes: [] } } as unknown as GraphAttributes);
  nodes.forEach(([id, kind], i) => graph.addNode(id, { label: id, labelZh: id, kind, x: i * 10, y: 0 } as unknown as NodeAttributes));
  relations.forEach(([s, t], i) => graph.addDirectedEdgeWithKey(`r${i}`, s, t, { type: 'knows', category: 'other', directed: true } as unknown as EdgeAttributes));
  return graph;
}

/** Three cliques (a, b, c) of `size` people each, joined in a chain by one relation a0–b0 and two b0–c0. */
export function threeCliques(size = 8): EvidenceGraph {
  const nodes: Array<[string, string]> = [];
  const relations: Array<[string, string]> = [];
  for (const c of ['a', 'b', 'c']) {
    for (let i = 0; i < size; i++) nodes.push([`${c}${i}`, i % 2 === 0 ? 'person' : 'organization']);
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) relations.push([`${c}${i}`, `${c}${j}`]);
  }
  relations.push(['a0', 'b0'], ['b0', 'c0'], ['c0', 'b0']);
  return scaleTestGraph(nodes, relations);
}
