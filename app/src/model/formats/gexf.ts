// GEXF 1.3 export (Gephi) through graphology-gexf's writer: flat attribute columns, viz colours and positions.
import Graph from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import type { EvidenceGraph } from '../graph';
import type { EdgeAttributes, NodeAttributes } from '../schema';
import { categoryColor, kindColor, rgbOf } from './colors';
import { UNDIRECTED_ATTRIBUTE, undirectedEdgeKeys, type EdgeForm } from './edgeForm';
import { flattenEdge, flattenNode, type FlatRecord } from './flatten';
import { relationTypeLabel } from './relationLabel';
import { subsetGraph, type VisibleSet } from './subset';
import { assertXmlKey, referenceLineSeparators, xmlSafe } from './xmlText';

interface GexfMeta {
  creator: string;
  description: string;
}

export interface GexfOptions {
  /** Language of edge labels (relation type labels). Default `en`. */
  lang?: 'en' | 'zh';
  /** `directed` (default): every edge directed, `undirected` attribute on each; `mixed`: undirected edges as such. */
  edges?: EdgeForm;
}

function safeRecord(record: FlatRecord): FlatRecord {
  const out: FlatRecord = {};
  for (const [name, value] of Object.entries(record)) out[name] = typeof value === 'string' ? xmlSafe(value) : value;
  return out;
}

/**
 * GEXF 1.3 of the graph (or its visible part). Node `label` is the English name, `viz:position`
 * is x/y and `viz:color` the kind colour; edges carry the category colour and the relation type
 * label. In the default `directed` form `defaultedgetype="directed"`, every edge is directed and a
 * boolean `undirected` column marks the symmetric relations; in the `mixed` form undirected
 * relations are `type="undirected"` edges instead. Every other attribute is a GEXF attribute column:
 * arrays/objects as JSON strings, `evidence` as JSON plus `quote` = the first quote; null values
 * are left out. The graph name is the `<meta><description>`.
 */
export function toGexf(graph: EvidenceGraph, visible?: VisibleSet, opts: GexfOptions = {}): string {
  const lang = opts.lang ?? 'en';
  const subset = subsetGraph(graph, visible);
  subset.forEachNode((node) => assertXmlKey('GEXF', `node ${JSON.stringify(node)}`, node));
  subset.forEachEdge((edge) => assertXmlKey('GEXF', `edge ${JSON.stringify(edge)}`, edge));
  // The writer prints scalar graph attributes as <meta> children: give it only the standard ones.
  const form = opts.edges ?? 'directed';
  const undirected = undirectedEdgeKeys(subset);
  const meta = new Graph<NodeAttributes, EdgeAttributes, GexfMeta>({ type: form === 'directed' ? 'directed' : subset.type, multi: subset.multi, allowSelfLoops: subset.allowSelfLoops });
  const attributes = { creator: 'Evidence Graph', description: xmlSafe(subset.getAttribute('name')) };
  if (form === 'mixed') meta.import({ ...subset.export(), attributes });
  else {
    meta.replaceAttributes(attributes);
    subset.forEachNode((node, a) => meta.addNode(node, a));
    subset.forEachEdge((edge, a, source, target) => meta.addDirectedEdgeWithKey(edge, source, target, a));
  }
  const graphAttributes = subset.getAttributes();
  const xml = writeGexf(meta, {
    version: '1.3',
    pedantic: true,
    formatNode: (_key, attributes) => {
      const { label, x, y, ...columns } = flattenNode(attributes);
      return {
        label: xmlSafe(String(label)),
        attributes: safeRecord(columns),
        viz: { color: rgbOf(kindColor(attributes.kind, graphAttributes.vocabulary.kinds)), x: Number(x), y: Number(y) },
      };
    },
    formatEdge: (key, attributes) => ({
      label: xmlSafe(relationTypeLabel(graphAttributes, attributes.type, lang)),
      attributes: safeRecord(form === 'directed' ? { ...flattenEdge(attributes), [UNDIRECTED_ATTRIBUTE]: undirected.has(key) } : flattenEdge(attributes)),
      viz: { color: rgbOf(categoryColor(attributes.category)) },
    }),
  });
  return referenceLineSeparators(xml);
}
