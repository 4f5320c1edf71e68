// Export → parse → normalise on the built-in dataset: our own JSON, GEXF and GraphML come back as the same graph.
import { describe, expect, it } from 'vitest';
import raw from '../../generated/dataset.json';
import { graphFromSerialized } from '../graph';
import { toGexf } from '../formats/gexf';
import { toGraphml } from '../formats/graphml';
import { toGraphologyJson } from '../formats/graphologyJson';
import { compiledDataset, isAnchored, type CompiledDataset } from '../schema';
import type { DraftDataset } from './draft';
import { parseGexf } from './gexf/parseGexf';
import { parseGraphml } from './graphml/parseGraphml';
import { parseGraphologyJson } from './graphology/parseGraphologyJson';
import { normalizeDraft } from './normalize';
import { DEFAULT_CAPS, emptyReport } from './report';

const builtIn = compiledDataset.parse(raw);
const graph = graphFromSerialized(builtIn.graph);
const baseVocabulary = builtIn.graph.attributes.vocabulary;

const FORMATS: [string, () => DraftDataset][] = [
  ['Graphology JSON', () => parseGraphologyJson('data.json', toGraphologyJson(graph), DEFAULT_CAPS)],
  ['GEXF (directed form)', () => parseGexf('data.gexf', toGexf(graph), DEFAULT_CAPS)],
  ['GEXF (mixed form)', () => parseGexf('data.gexf', toGexf(graph, undefined, { edges: 'mixed' }), DEFAULT_CAPS)],
  ['GraphML (directed form)', () => parseGraphml('data.graphml', toGraphml(graph), DEFAULT_CAPS)],
  ['GraphML (mixed form)', () => parseGraphml('data.graphml', toGraphml(graph, undefined, { edges: 'mixed' }), DEFAULT_CAPS)],
];

/** Keys, ends, direction, kinds, types, labels and quotes: what must survive any of our formats. */
function shape(dataset: CompiledDataset) {
  const g = dataset.graph;
  return {
    // Positions: the draft keeps the file's exactly (roundtrip.property.test.ts); the normaliser fits them to its box.
    nodes: g.nodes.map((n) => [n.key, n.attributes.kind, n.attributes.label, n.attributes.labelZh, n.attributes.aliases, n.attributes.descriptionEn]),
    edges: g.edges.map((e) => [e.key, e.source, e.target, e.undirected === true, e.attributes.type, e.attributes.category, e.attributes.stance, e.attributes.status, e.attributes.claimedBy, e.attributes.date, e.attributes.dateEnd, e.attributes.summaryEn, e.attributes.summaryZh, e.attributes.evidence.map((v) => [v.source, v.exact])]),
  };
}

describe('our exports → parse → normalise give the built-in graph back', () => {
  it.each(FORMATS)('%s: same keys, ends, direction, kinds, types, statuses and quotes (kept unanchored without texts)', (_name, read) => {
    const report = emptyReport();
    const dataset = normalizeDraft(read(), report, { baseVocabulary });
    expect(shape(dataset)).toEqual(shape(builtIn));
    expect(dataset.graph.attributes.vocabulary.relationTypes.map((t) => t.id)).toEqual(baseVocabulary.relationTypes.map((t) => t.id));
    expect(dataset.graph.edges.flatMap((e) => e.attributes.evidence).every((e) => !isAnchored(e))).toBe(true);
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it.each(FORMATS.filter(([name]) => !name.startsWith('GEXF')))('%s with the source texts along: every evidence selector exactly as compiled', (_name, read) => {
    const draft = read();
    for (const source of draft.sources) if (source.id !== undefined) source.text = builtIn.texts[source.id];
    const report = emptyReport();
    const dataset = normalizeDraft(draft, report, { baseVocabulary });
    expect(dataset.graph.edges.map((e) => e.attributes.evidence)).toEqual(builtIn.graph.edges.map((e) => e.attributes.evidence));
    expect(dataset.graph.attributes.sources.map((s) => [s.id, s.sha256])).toEqual(builtIn.graph.attributes.sources.map((s) => [s.id, s.sha256]));
  });
});
