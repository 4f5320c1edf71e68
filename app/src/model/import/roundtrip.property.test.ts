// Property: our own exports (Graphology JSON, GEXF, GraphML) read back by the importers give the same ids, ends, direction and attributes.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { EvidenceGraph } from '../graph';
import { arbitraryGraph } from '../formats/arbitraryGraph';
import { EDGE_FORMS } from '../formats/edgeForm';
import { toGexf } from '../formats/gexf';
import { toGraphml } from '../formats/graphml';
import { toGraphologyJson } from '../formats/graphologyJson';
import type { DraftDataset } from './draft';
import { parseGexf } from './gexf/parseGexf';
import { parseGraphml } from './graphml/parseGraphml';
import { parseGraphologyJson } from './graphology/parseGraphologyJson';
import { DEFAULT_CAPS } from './report';

const RUNS = { numRuns: 60 };

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** What the draft must say about each node and edge of `graph` (our attribute names onto draft fields). */
function expectedDraft(graph: EvidenceGraph) {
  return {
    entities: graph.mapNodes((id, a) => ({ id, label: a.label, labelZh: a.labelZh, kind: a.kind, aliases: a.aliases, description: a.descriptionEn, descriptionZh: a.descriptionZh, x: a.x, y: a.y })),
    relations: graph.mapEdges((id, a, source, target, _sa, _ta, undirected) => ({
      id,
      source,
      target,
      directed: !undirected,
      type: a.type,
      stance: a.stance,
      date: a.date ?? undefined,
      dateEnd: a.dateEnd ?? undefined,
      status: a.status,
      claimedBy: a.claimedBy ?? undefined,
      summary: a.summaryEn,
      summaryZh: a.summaryZh,
      evidence: a.evidence.map((e) => ({ ...e, quote: e.exact })),
    })),
  };
}

/** The same projection of a draft. */
function projected(draft: DraftDataset) {
  return {
    entities: draft.entities.map((e) => ({ id: e.id, label: e.label, labelZh: e.labelZh, kind: e.kind, aliases: e.aliases, description: e.description, descriptionZh: e.descriptionZh, x: e.x, y: e.y })),
    relations: draft.relations.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      directed: r.directed,
      type: r.type,
      stance: r.stance,
      date: r.date,
      dateEnd: r.dateEnd,
      status: r.status,
      claimedBy: r.claimedBy,
      summary: r.summary,
      summaryZh: r.summaryZh,
      evidence: r.evidence.map(({ where: _where, quote, ...rest }) => ({ ...rest, quote, exact: quote })),
    })),
  };
}

describe('export → import → the same draft', () => {
  it('Graphology JSON', () => {
    fc.assert(
      fc.property(arbitraryGraph(false), (graph) => {
        const draft = parseGraphologyJson('g.json', toGraphologyJson(graph), DEFAULT_CAPS);
        expect(projected(draft)).toEqual(expectedDraft(graph));
        expect(draft.name).toBe(graph.getAttribute('name'));
        expect(draft.issues).toEqual([]);
      }),
      RUNS,
    );
  });

  it.each(EDGE_FORMS)('GEXF (%s form)', (edges) => {
    fc.assert(
      fc.property(arbitraryGraph(true), (graph) => {
        const draft = parseGexf('g.gexf', toGexf(graph, undefined, { edges }), DEFAULT_CAPS);
        expect(projected(draft)).toEqual(expectedDraft(graph));
        expect(draft.issues).toEqual([]);
      }),
      RUNS,
    );
  });

  it.each(EDGE_FORMS)('GraphML (%s form), with sources and vocabulary', (edges) => {
    fc.assert(
      fc.property(arbitraryGraph(true), (graph) => {
        const draft = parseGraphml('g.graphml', toGraphml(graph, undefined, { edges }), DEFAULT_CAPS);
        expect(projected(draft)).toEqual(expectedDraft(graph));
        expect(draft.name).toBe(graph.getAttribute('name'));
        expect(draft.sources.map((s) => s.id)).toEqual(graph.getAttribute('sources').map((s) => s.id));
        expect(draft.relationTypes?.map((t) => [t.id, t.category, t.directed])).toEqual(graph.getAttribute('vocabulary').relationTypes.map((t) => [t.id, t.category, t.directed]));
        expect(draft.issues).toEqual([]);
      }),
      RUNS,
    );
  });
});
