// Property: random graphs with hostile ids and text survive export → re-import (JSON, GEXF, GraphML) unchanged.
import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterEach, describe, expect, it } from 'vitest';
import { graphFromSerialized } from '../graph';
import { serializedGraph } from '../schema';
import { arbitraryGraph } from './arbitraryGraph';
import { EDGE_FORMS } from './edgeForm';
import { evidenceGraphFromParsed } from './fromParsed';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toGraphologyJson } from './graphologyJson';

const RUNS = { numRuns: 80 };

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).previous).toBeUndefined();
});

describe('export → re-import is isomorphic (ids, labels, attributes, directedness)', () => {
  it('Graphology JSON, validated by the schema on the way back in', () => {
    fc.assert(
      fc.property(arbitraryGraph(false), (graph) => {
        const back = graphFromSerialized(serializedGraph.parse(JSON.parse(toGraphologyJson(graph))));
        expect(back.export()).toEqual(graph.export());
      }),
      RUNS,
    );
  });

  it.each(EDGE_FORMS)('GEXF (%s form) through graphology-gexf and un-flattening', (edges) => {
    fc.assert(
      fc.property(arbitraryGraph(true), (graph) => {
        const back = evidenceGraphFromParsed('GEXF', parseGexf(MultiGraph, toGexf(graph, undefined, { edges })), graph.getAttributes());
        expect(back.export()).toEqual(graph.export());
      }),
      RUNS,
    );
  });

  it.each(EDGE_FORMS)('GraphML (%s form) through graphology-graphml and un-flattening, graph attributes included', (edges) => {
    fc.assert(
      fc.property(arbitraryGraph(true), (graph) => {
        const parsed = parseGraphml(MultiGraph, toGraphml(graph, undefined, { edges }));
        const back = evidenceGraphFromParsed('GraphML', parsed, graph.getAttributes());
        expect(back.export()).toEqual(graph.export());
        expect(parsed.getAttribute('name')).toBe(graph.getAttribute('name'));
      }),
      RUNS,
    );
  });
});
