// Graphology JSON export: the full graph or exactly its visible part, in a form the loader accepts.
import { describe, expect, it } from 'vitest';
import { graphFromSerialized } from '../graph';
import { serializedGraph } from '../schema';
import { toGraphologyJson } from './graphologyJson';
import { testGraph } from './testGraph';

function sample() {
  return testGraph(['a', 'b', 'c'], [
    { id: 'ab', source: 'a', target: 'b' },
    { id: 'bc', source: 'b', target: 'c', directed: false },
    { id: 'ca', source: 'c', target: 'a' },
  ]);
}

describe('toGraphologyJson', () => {
  it('exports the whole graph, pretty-printed, loadable through the schema', () => {
    const graph = sample();
    const json = toGraphologyJson(graph);
    expect(json.split('\n')[1]).toMatch(/^ {2}"/);
    const back = graphFromSerialized(serializedGraph.parse(JSON.parse(json)));
    expect(back.export()).toEqual(graph.export());
  });

  it('exports only visible nodes and visible edges whose ends are both visible', () => {
    const data = serializedGraph.parse(JSON.parse(toGraphologyJson(sample(), { nodes: new Set(['a', 'b', 'zz']), edges: new Set(['ab', 'ca', 'zz']) })));
    expect(data.nodes.map((n) => n.key)).toEqual(['a', 'b']);
    expect(data.edges.map((e) => e.key)).toEqual(['ab']);
    expect(data.attributes.name).toBe('test graph');
  });

  it('keeps undirected relations undirected', () => {
    const data = serializedGraph.parse(JSON.parse(toGraphologyJson(sample())));
    expect(data.edges.find((e) => e.key === 'bc')?.undirected).toBe(true);
    expect(data.edges.find((e) => e.key === 'ab')?.undirected).toBeUndefined();
  });
});
