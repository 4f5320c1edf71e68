// Panel test fixture: the shared mini graph (model/testing/miniGraph) plus one entity and relation with hostile text.
import { graphFromDataset, type EvidenceGraph } from '../../model/graph';
import { MINI_SOURCE_ID, MINI_TEXT, miniDataset } from '../../model/testing/miniGraph';
import type { CompiledDataset } from '../../model/schema';

export const SOURCE_ID = MINI_SOURCE_ID;
export const TEXT = MINI_TEXT;
export const HOSTILE = '<img src=x onerror=alert(1)>';

/** The mini dataset plus entity `hostile` (label HOSTILE) and relation `hostile-criticized-openai` (summary HOSTILE,
 * a claim by `hostile`) whose quote is the same span as `khosla-invested-openai`'s. */
export function testDataset(): CompiledDataset {
  const data = miniDataset();
  const { graph } = data;
  const borrowed = graph.edges.find((e) => e.key === 'khosla-invested-openai');
  if (!borrowed) throw new Error('testGraph: miniGraph no longer has khosla-invested-openai');
  graph.nodes.push({
    key: 'hostile',
    attributes: { kind: 'person', label: HOSTILE, labelZh: `${HOSTILE}中`, aliases: [HOSTILE], descriptionEn: HOSTILE, descriptionZh: HOSTILE, mentions: [], x: 0, y: 0 },
  });
  graph.edges.push({
    key: 'hostile-criticized-openai',
    source: 'hostile',
    target: 'openai',
    attributes: { ...borrowed.attributes, type: 'criticized', category: 'conflict', stance: 'opposes', status: 'claim', claimedBy: 'hostile', date: null, dateEnd: null, summaryEn: HOSTILE, summaryZh: HOSTILE },
  });
  return data;
}

/** A fresh Graphology model of the fixture. */
export function makeTestGraph(): EvidenceGraph {
  return graphFromDataset(testDataset());
}

/** Source texts keyed by source id, as in CompiledDataset.texts. */
export const testTexts: Record<string, string> = testDataset().texts;
