// GraphML export (Cytoscape desktop, yEd): our own small writer, since graphology-graphml 0.5 only parses.
import type { EvidenceGraph } from '../graph';
import { categoryColor, kindColor } from './colors';
import { EDGE_COLUMNS, NODE_COLUMNS, flattenEdge, flattenNode, type ColumnType, type FlatRecord } from './flatten';
import { UNDIRECTED_ATTRIBUTE, undirectedEdgeKeys, type EdgeForm } from './edgeForm';
import { subsetGraph, type VisibleSet } from './subset';
import { assertXmlKey, escapeXmlAttribute as attr, escapeXmlText as text, referenceLineSeparators } from './xmlText';

const GRAPH_COLUMNS: readonly (readonly [string, ColumnType])[] = [
  ['name', 'string'],
  ['sources', 'string'],
  ['vocabulary', 'string'],
];
const EXTRA_COLUMNS: readonly (readonly [string, ColumnType])[] = [['color', 'string']];

function keyLines(scope: 'graph' | 'node' | 'edge', columns: readonly (readonly [string, ColumnType])[]): string[] {
  return columns.map(([name, type]) => `  <key id="${scope[0]}_${attr(name)}" for="${scope}" attr.name="${attr(name)}" attr.type="${type}"/>`);
}

function dataLines(scope: 'graph' | 'node' | 'edge', record: FlatRecord, columns: readonly (readonly [string, ColumnType])[], indent: string): string[] {
  const lines: string[] = [];
  for (const [name] of columns) {
    if (!Object.prototype.hasOwnProperty.call(record, name)) continue;
    lines.push(`${indent}<data key="${scope[0]}_${attr(name)}">${text(String(record[name]))}</data>`);
  }
  return lines;
}

/**
 * GraphML of the graph (or its visible part). Every attribute is a declared `<key>` column
 * (arrays/objects as JSON strings; `evidence` as JSON plus `quote` = the first quote; nulls left
 * out), plus a `color` column from the design tokens. In the default `directed` form
 * `edgedefault="directed"` and a boolean `undirected` column marks the symmetric relations; in the
 * `mixed` form `edgedefault="undirected"` and directed relations carry `directed="true"`.
 * Graph-level data: name, sources and vocabulary (JSON).
 */
export function toGraphml(graph: EvidenceGraph, visible?: VisibleSet, opts: { edges?: EdgeForm } = {}): string {
  const form = opts.edges ?? 'directed';
  const subset = subsetGraph(graph, visible);
  const undirected = undirectedEdgeKeys(subset);
  const nodeColumns = [...NODE_COLUMNS, ...EXTRA_COLUMNS];
  const edgeColumns = [...EDGE_COLUMNS, ...EXTRA_COLUMNS, ...(form === 'directed' ? ([[UNDIRECTED_ATTRIBUTE, 'boolean']] as const) : [])];
  const graphAttributes = subset.getAttributes();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines('graph', GRAPH_COLUMNS),
    ...keyLines('node', nodeColumns),
    ...keyLines('edge', edgeColumns),
    `  <graph id="G" edgedefault="${form === 'directed' ? 'directed' : 'undirected'}">`,
    ...dataLines(
      'graph',
      { name: graphAttributes.name, sources: JSON.stringify(graphAttributes.sources), vocabulary: JSON.stringify(graphAttributes.vocabulary) },
      GRAPH_COLUMNS,
      '    ',
    ),
  ];
  subset.forEachNode((node, attributes) => {
    assertXmlKey('GraphML', `node ${JSON.stringify(node)}`, node);
    const record = { ...flattenNode(attributes), color: kindColor(attributes.kind, graphAttributes.vocabulary.kinds) };
    lines.push(`    <node id="${attr(node)}">`, ...dataLines('node', record, nodeColumns, '      '), '    </node>');
  });
  subset.forEachEdge((edge, attributes, source, target) => {
    assertXmlKey('GraphML', `edge ${JSON.stringify(edge)}`, edge);
    const record = { ...flattenEdge(attributes), color: categoryColor(attributes.category), [UNDIRECTED_ATTRIBUTE]: undirected.has(edge) };
    const directedAttr = form === 'directed' ? '' : ` directed="${undirected.has(edge) ? 'false' : 'true'}"`;
    const head = `    <edge id="${attr(edge)}" source="${attr(source)}" target="${attr(target)}"${directedAttr}>`;
    lines.push(head, ...dataLines('edge', record, edgeColumns, '      '), '    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return referenceLineSeparators(lines.join('\n'));
}
