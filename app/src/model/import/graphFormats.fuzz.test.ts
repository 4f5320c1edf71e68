// Property: whatever text the graph-format parsers get (damaged exports, odd JSON shapes), they return a draft or throw an ImportError: never a TypeError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testGraph } from '../formats/testGraph';
import { toGexf } from '../formats/gexf';
import { toGraphml } from '../formats/graphml';
import { toGraphologyJson } from '../formats/graphologyJson';
import { parseGexf } from './gexf/parseGexf';
import { parseGraphml } from './graphml/parseGraphml';
import { parseGraphologyJson } from './graphology/parseGraphologyJson';
import { DEFAULT_CAPS, ImportError } from './report';

const graph = testGraph(['a', 'b', 'c'], [
  { id: 'e1', source: 'a', target: 'b' },
  { id: 'e2', source: 'b', target: 'c', directed: false },
]);

/** A damaged copy of `text`: a slice replaced by random characters (markup characters likely). */
function damaged(text: string): fc.Arbitrary<string> {
  const junk = fc.string({ unit: fc.constantFrom('<', '>', '/', '"', '=', '&', ';', ' ', 'a', '\n', '!', '-', '[', ']', '{', '}', ',', ':', 'é', '\u0000'), maxLength: 12 });
  return fc.tuple(fc.nat(text.length), fc.nat(40), junk).map(([at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut));
}

function draftOrImportError(parse: () => unknown): void {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
  }
}

describe('graph-format parsers on damaged input', () => {
  it.each([
    ['GEXF', toGexf(graph), parseGexf],
    ['GraphML', toGraphml(graph), parseGraphml],
    ['Graphology JSON', toGraphologyJson(graph), parseGraphologyJson],
  ] as const)('%s: a damaged export gives a draft or an ImportError', (_name, text, parse) => {
    fc.assert(
      fc.property(damaged(text), (input) => draftOrImportError(() => parse('damaged', input, DEFAULT_CAPS))),
      { numRuns: 300 },
    );
  });

  it('Graphology JSON: any JSON value, or graph-like objects with any nodes and edges, gives a draft or an ImportError', () => {
    const graphLike = fc.record({ attributes: fc.anything(), options: fc.anything(), nodes: fc.array(fc.anything(), { maxLength: 5 }), edges: fc.array(fc.anything(), { maxLength: 5 }) }, { requiredKeys: ['nodes'] });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), graphLike), (value) => {
        const text = JSON.stringify(value) ?? 'null';
        draftOrImportError(() => parseGraphologyJson('any.json', text, DEFAULT_CAPS));
      }),
      { numRuns: 300 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
