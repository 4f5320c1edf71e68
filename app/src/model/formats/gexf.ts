// GEXF 1.3 export (Gephi) through graphology-gexf's writer: flat attribute columns, viz colours and positions.
import Graph from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import type { EvidenceGraph } from '../graph';
import type { EdgeAttributes, NodeAttributes } from '../schema';
import { categoryColor, kindColor, rgbOf } from './colors';
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
}

function safeRecord(record: FlatRecord): FlatRecord {
  const out: FlatRecord = {};
  for (const [name, value] of Object.entries(record)) out[name] = typeof value === 'string' ? xmlSafe(value) : value;
  return out;
}

/**
 * GEXF 1.3 of the graph (or its visible part). Node `label` is the English name, `viz:position`
 * is x/y and `viz:color` the kind colour; edges carry `type="undirected"` when undirected, the
 * category colour and the relation type label. Every other attribute is a GEXF attribute column:
 * arrays/objects as JSON strings, `evidence` as JSON plus `quote` = the first quote; null values
 * are left out. The graph name is the `<meta><description>`.
 */
export function toGexf(graph: EvidenceGraph, visible?: VisibleSet, opts: GexfOptions = {}): string {
  const lang = opts.lang ?? 'en';
  const subset = subsetGraph(graph, visible);
  subset.forEachNode((node) => assertXmlKey('GEXF', `node ${JSON.stringify(node)}`, node));
  subset.forEachEdge((edge) => assertXmlKey('GEXF', `edge ${JSON.stringify(edge)}`, edge));
  // The writer prints scalar graph attributes as <meta> children: give it only the standard ones.
  const meta = new Graph<NodeAttributes, EdgeAttributes, GexfMeta>({ type: subset.type, multi: subset.multi, allowSelfLoops: subset.allowSelfLoops });
  meta.import({ ...subset.export(), attributes: { creator: 'Evidence Graph', description: xmlSafe(subset.getAttribute('name')) } });
  const graphAttributes = subset.getAttributes();
  const xml = writeGexf(meta, {
    version: '1.3',
    pedantic: true,
    formatNode: (_key, attributes) => {
      const { label, x, y, ...columns } = flattenNode(attributes);
      return {
        label: xmlSafe(String(label)),
        attributes: safeRecord(columns),
        viz: { color: rgbOf(kindColor(attributes.kind)), x: Number(x), y: Number(y) },
      };
    },
    formatEdge: (_key, attributes) => ({
      label: xmlSafe(relationTypeLabel(graphAttributes, attributes.type, lang)),
      attributes: safeRecord(flattenEdge(attributes)),
      viz: { color: rgbOf(categoryColor(attributes.category)) },
    }),
  });
  return referenceLineSeparators(xml);
}
