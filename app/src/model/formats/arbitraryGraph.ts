// Test helper: fast-check arbitraries for small random EvidenceGraphs with hostile ids and text.
import fc from 'fast-check';
import Graph from 'graphology';
import type { EvidenceGraph } from '../graph';
import { CATEGORIES, ENTITY_KINDS, STANCES, STATUSES, type EdgeAttributes, type GraphAttributes, type NodeAttributes } from '../schema';
import { testGraphAttributes } from './testGraph';
import { xmlSafe } from './xmlText';

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'prototype'];
const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', ']]>', '&amp;', '"\'', '\u202Eevil\u202C', '👩‍👩‍👧', 'مرحبا', 'שלום', 'e\u0301', '馬斯克', ' ', '=1+1', '\t\r\n'];

/** Any text, including hostile markup, RTL overrides, emoji and line breaks; XML-representable when `xml`. */
export function arbitraryText(xml: boolean): fc.Arbitrary<string> {
  const raw = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 6 }));
  return xml ? raw.map(xmlSafe) : raw;
}

const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const partialDate = fc.constantFrom('2015', '2015-12', '2015-12-11', '2024-03');

function nodeAttributesArb(text: fc.Arbitrary<string>): fc.Arbitrary<NodeAttributes> {
  return fc.record({
    kind: fc.constantFrom(...ENTITY_KINDS),
    label: text,
    labelZh: text,
    aliases: fc.array(text, { maxLength: 3 }),
    descriptionEn: text,
    descriptionZh: text,
    mentions: fc.array(fc.record({ source: text, start: fc.integer(), end: fc.integer() }), { maxLength: 2 }),
    x: finite,
    y: finite,
  });
}

function edgeAttributesArb(text: fc.Arbitrary<string>): fc.Arbitrary<Omit<EdgeAttributes, 'directed'>> {
  const nonEmpty = text.filter((t) => t !== '');
  return fc.record({
    type: text,
    category: fc.constantFrom(...CATEGORIES),
    stance: fc.constantFrom(...STANCES),
    date: fc.option(partialDate, { nil: null }),
    dateEnd: fc.option(partialDate, { nil: null }),
    status: fc.constantFrom(...STATUSES),
    claimedBy: fc.option(nonEmpty, { nil: null }),
    summaryEn: text,
    summaryZh: text,
    evidence: fc.array(fc.record({ source: text, exact: text, prefix: text, suffix: text, start: fc.nat(), end: fc.nat() }), { minLength: 1, maxLength: 3 }),
  });
}

/**
 * Small random mixed multi-graphs. Node and edge keys include Object.prototype names, but nodes
 * so named stay isolated: graphology 0.26 corrupts its adjacency (and, for `__proto__` in a
 * multi-graph, Object.prototype) when an edge touches them.
 */
export function arbitraryGraph(xml: boolean): fc.Arbitrary<EvidenceGraph> {
  const text = arbitraryText(xml);
  const key = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), text.filter((t) => t !== ''));
  return fc
    .record({
      nodes: fc.uniqueArray(fc.tuple(key, nodeAttributesArb(text)), { selector: ([k]) => k, maxLength: 7 }),
      edges: fc.uniqueArray(fc.tuple(key, fc.nat(), fc.nat(), fc.boolean(), edgeAttributesArb(text)), { selector: ([k]) => k, maxLength: 9 }),
      name: text,
    })
    .map(({ nodes, edges, name }) => {
      const graph: EvidenceGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
      graph.replaceAttributes(testGraphAttributes(name));
      for (const [k, attributes] of nodes) graph.addNode(k, attributes);
      const linkable = nodes.map(([k]) => k).filter((k) => !(k in Object.prototype));
      for (const [k, s, t, directed, attributes] of edges) {
        if (linkable.length < 2) break;
        const source = linkable[s % linkable.length] as string;
        const target = linkable[(s + 1 + (t % (linkable.length - 1))) % linkable.length] as string;
        const full: EdgeAttributes = { ...attributes, directed };
        if (directed) graph.addDirectedEdgeWithKey(k, source, target, full);
        else graph.addUndirectedEdgeWithKey(k, source, target, full);
      }
      return graph;
    });
}
