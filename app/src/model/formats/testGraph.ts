// Test helper: small hand-made EvidenceGraphs with sensible defaults for every attribute.
import Graph from 'graphology';
import type { EvidenceGraph } from '../graph';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../schema';

/** A node: its key plus any attributes to override. */
export type TestNode = { id: string } & Partial<NodeAttributes>;
/** An edge: key, ends, plus any attributes to override (`directed` also decides the Graphology edge type). */
export type TestEdge = { id: string; source: string; target: string } & Partial<EdgeAttributes>;

/** Graph attributes with a one-source, small vocabulary used by the tests. */
export function testGraphAttributes(name = 'test graph'): GraphAttributes {
  return {
    name,
    sources: [
      {
        id: 'src',
        title: { en: 'Test source', zh: '測試來源' },
        language: 'zh-Hant',
        published: '2024-03',
        sha256: '0'.repeat(64),
        length: 1000,
      },
    ],
    vocabulary: {
      kinds: [
        { id: 'person', label: { en: 'Person', zh: '人物' }, plural: { en: 'People', zh: '人物' } },
        { id: 'organization', label: { en: 'Organization', zh: '機構' }, plural: { en: 'Organizations', zh: '機構' } },
      ],
      categories: [
        { id: 'support', label: { en: 'Support', zh: '支持' } },
        { id: 'conflict', label: { en: 'Conflict', zh: '衝突' } },
        { id: 'founding', label: { en: 'Founding', zh: '創立' } },
      ],
      relationTypes: [
        { id: 'supports', label: { en: 'supports', zh: '支持' }, category: 'support', directed: true, defaultStance: 'supports' },
        { id: 'sued', label: { en: 'sued', zh: '起訴' }, category: 'conflict', directed: true, defaultStance: 'opposes' },
        { id: 'co-founded', label: { en: 'co-founded', zh: '共同創立' }, category: 'founding', directed: false, defaultStance: 'neutral' },
      ],
    },
  };
}

/** Full node attributes for `id`, with overrides. */
export function nodeAttributes(id: string, overrides: Partial<NodeAttributes> = {}): NodeAttributes {
  return {
    kind: 'person',
    label: `Label ${id}`,
    labelZh: `標籤 ${id}`,
    aliases: [],
    descriptionEn: `About ${id}`,
    descriptionZh: `關於 ${id}`,
    mentions: [],
    x: 0,
    y: 0,
    ...overrides,
  };
}

/** Full edge attributes for `id`, with overrides. */
export function edgeAttributes(id: string, overrides: Partial<EdgeAttributes> = {}): EdgeAttributes {
  return {
    type: 'supports',
    category: 'support',
    directed: true,
    stance: 'neutral',
    date: null,
    dateEnd: null,
    status: 'fact',
    claimedBy: null,
    summaryEn: `Summary ${id}`,
    summaryZh: `摘要 ${id}`,
    evidence: [{ source: 'src', exact: `quote ${id}`, prefix: '', suffix: '', start: 0, end: 10 }],
    ...overrides,
  };
}

/** Builds a mixed multi-graph (no self-loops, like the app's) from nodes and edges; plain strings are node ids. */
export function testGraph(nodes: readonly (string | TestNode)[], edges: readonly TestEdge[] = [], name?: string): EvidenceGraph {
  const graph: EvidenceGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes(testGraphAttributes(name));
  for (const n of nodes) {
    if (typeof n === 'string') graph.addNode(n, nodeAttributes(n));
    else {
      const { id, ...rest } = n;
      graph.addNode(id, nodeAttributes(id, rest));
    }
  }
  for (const e of edges) {
    const { id, source, target, ...rest } = e;
    const attributes = edgeAttributes(id, rest);
    if (attributes.directed) graph.addDirectedEdgeWithKey(id, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(id, source, target, attributes);
  }
  return graph;
}
