// Property: random graphs with safe keys go export → parse → normalise and come back with the same keys, ends, direction, kinds, types and quotes.
import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EvidenceGraph } from '../graph';
import { arbitraryGraph } from '../formats/arbitraryGraph';
import { toGexf } from '../formats/gexf';
import { toGraphml } from '../formats/graphml';
import { toGraphologyJson } from '../formats/graphologyJson';
import type { CompiledDataset, EdgeAttributes, GraphAttributes, NodeAttributes } from '../schema';
import type { DraftDataset } from './draft';
import { parseGexf } from './gexf/parseGexf';
import { parseGraphml } from './graphml/parseGraphml';
import { parseGraphologyJson } from './graphology/parseGraphologyJson';
import { normalizeDraft } from './normalize';
import { BASE_VOCABULARY } from './normalize/testVocabulary';
import { DEFAULT_CAPS, emptyReport } from './report';

const RUNS = { numRuns: 25 };
const TYPES = BASE_VOCABULARY.relationTypes.map((t) => t.id);

/** The arbitrary graph with safe keys (`n1`, `e1`…), built-in relation types and one source: what the normaliser keeps as is. */
function normalisable(xml: boolean): fc.Arbitrary<EvidenceGraph> {
  return fc.tuple(arbitraryGraph(xml), fc.array(fc.nat(), { minLength: 12, maxLength: 12 })).map(([graph, picks]) => {
    const out: EvidenceGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
    out.replaceAttributes(graph.getAttributes());
    const keys = new Map(graph.nodes().map((node, i) => [node, `n${i + 1}`]));
    // Positions within ±1e12: fitting spreads near Number.MAX_VALUE into the layout box overflows (placeNodes, reported).
    const near = (v: number): number => Math.max(-1e12, Math.min(1e12, v));
    graph.forEachNode((node, a) => out.addNode(keys.get(node) ?? node, { ...a, x: near(a.x), y: near(a.y) }));
    let i = 0;
    graph.forEachEdge((_edge, a, source, target, _sa, _ta, undirected) => {
      const type = TYPES[(picks[i % picks.length] ?? 0) % TYPES.length] ?? 'other';
      const attributes = { ...a, type, claimedBy: null, evidence: a.evidence.map((e) => ({ ...e, source: 'src' })) };
      i += 1;
      if (undirected) out.addUndirectedEdgeWithKey(`e${i}`, keys.get(source) ?? source, keys.get(target) ?? target, attributes);
      else out.addDirectedEdgeWithKey(`e${i}`, keys.get(source) ?? source, keys.get(target) ?? target, attributes);
    });
    return out;
  });
}

function expected(graph: EvidenceGraph) {
  return {
    nodes: graph.mapNodes((key, a) => [key, a.kind]),
    edges: graph.mapEdges((key, a, source, target, _sa, _ta, undirected) => [key, source, target, undirected, a.type, a.evidence.map((e) => e.exact.trim()).filter((q) => q !== '')]),
  };
}

function actual(dataset: CompiledDataset) {
  return {
    nodes: dataset.graph.nodes.map((n) => [n.key, n.attributes.kind]),
    edges: dataset.graph.edges.map((e) => [e.key, e.source, e.target, e.undirected === true, e.attributes.type, e.attributes.evidence.map((v) => v.exact)]),
  };
}

const FORMATS: [string, boolean, (g: EvidenceGraph) => DraftDataset][] = [
  ['Graphology JSON', false, (g) => parseGraphologyJson('g.json', toGraphologyJson(g), DEFAULT_CAPS)],
  ['GEXF', true, (g) => parseGexf('g.gexf', toGexf(g), DEFAULT_CAPS)],
  ['GraphML', true, (g) => parseGraphml('g.graphml', toGraphml(g), DEFAULT_CAPS)],
];

describe('export → parse → normalise → the same graph', () => {
  it.each(FORMATS)('%s', (_name, xml, read) => {
    fc.assert(
      fc.property(normalisable(xml), (graph) => {
        const dataset = normalizeDraft(read(graph), emptyReport(), { baseVocabulary: BASE_VOCABULARY });
        expect(actual(dataset)).toEqual(expected(graph));
      }),
      RUNS,
    );
  });
});
