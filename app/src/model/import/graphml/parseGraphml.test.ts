// parseGraphml: yEd, Cytoscape desktop and Gephi GraphML into drafts; hyperedges, ports, nested graphs and hostile keys handled.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPS, ImportError } from '../report';
import { parseGraphml } from './parseGraphml';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

function graphml(body: string, keys = '', edgedefault = 'directed'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}
  <graph id="G" edgedefault="${edgedefault}">
    ${body}
  </graph>
</graphml>`;
}

function refusal(text: string, caps = DEFAULT_CAPS): ImportError {
  try {
    parseGraphml('hostile.graphml', text, caps);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

const codes = (issues: { code: string }[] | undefined): string[] => (issues ?? []).map((i) => i.code);

describe('parseGraphml on a yEd file', () => {
  const draft = parseGraphml('yed.graphml', fixture('yed.graphml'), DEFAULT_CAPS);

  it('reads node labels (Chinese too), geometry centres and fill colours from y: graphics, and the description key', () => {
    expect(draft.entities.find((e) => e.id === 'n0')).toMatchObject({ label: '山姆·奧特曼', x: 130, y: 215, color: '#ffcc00', description: 'Chief executive of OpenAI' });
    expect(draft.entities.find((e) => e.id === 'n1')).toMatchObject({ label: 'Board of directors', x: 315, y: 215, color: '#99ccff' });
  });

  it('flattens a group (nested graph) with a note, keeping the group node and the first realizer label', () => {
    expect(draft.entities.map((e) => e.id)).toEqual(['n0', 'n1', 'n2', 'n2::n0']);
    expect(draft.entities.find((e) => e.id === 'n2')?.label).toBe('Investors');
    expect(codes(draft.issues)).toContain('nested-graph-flattened');
  });

  it('takes edge labels as relation types, parallel edges kept, arrowless edges undirected', () => {
    expect(draft.relations.map((r) => [r.id, r.source, r.target, r.type, r.directed])).toEqual([
      ['e0', 'n1', 'n0', 'fired', undefined],
      ['e1', 'n2::n0', 'n0', 'allied with', false],
      ['e2', 'n1', 'n0', 'rehired', undefined],
    ]);
    expect(draft.directedDefault).toBe(true);
  });
});

describe('parseGraphml on a Cytoscape desktop file', () => {
  const draft = parseGraphml('cy.graphml', fixture('cytoscape-desktop.graphml'), DEFAULT_CAPS);

  it('reads the same key id declared for graph, node and edge by scope', () => {
    expect(draft.name).toBe('Board network');
    expect(draft.entities.map((e) => [e.id, e.label, e.kind])).toEqual([
      ['101', 'Ilya Sutskever', 'person'],
      ['102', 'Sam Altman', undefined],
    ]);
    expect(draft.relations.map((r) => [r.id, r.type])).toEqual([
      [undefined, 'voted to remove'],
      [undefined, 'apologised to'],
    ]);
    expect(codes(draft.issues)).not.toContain('graphml-duplicate-key');
  });

  it('notes once each attribute it does not import (SUID, selected…)', () => {
    const unused = (draft.issues ?? []).filter((i) => i.code === 'attribute-not-used');
    expect(unused.map((i) => i.where.column)).toEqual(['SUID', 'shared name', 'selected', 'SUID', 'shared name', 'shared interaction', 'name', 'selected', 'selected']);
    expect(unused.map((i) => i.message.en.split(' ')[0])).toEqual(['node', 'node', 'node', 'edge', 'edge', 'edge', 'edge', 'edge', 'graph']);
  });
});

describe('parseGraphml on a Gephi file', () => {
  const draft = parseGraphml('gephi.graphml', fixture('gephi.graphml'), DEFAULT_CAPS);

  it('reads label, r g b, x y, size and a Chinese column name with its default', () => {
    expect(draft.entities[0]).toMatchObject({ id: 'n0', label: '微軟', kind: '公司', color: '#1f6fb8', x: -58.5, y: 20.25, size: 10 });
    expect(draft.entities[1]).toMatchObject({ id: 'n1', label: 'OpenAI', kind: 'organization' });
    expect(draft.entities[1] && 'x' in draft.entities[1]).toBe(false);
  });

  it('reports a float key holding text, naming the value, key and line', () => {
    const issue = draft.issues?.find((i) => i.code === 'invalid-attribute-value');
    expect(issue?.where).toMatchObject({ file: 'gephi.graphml', line: 27, column: 'x', element: 'n1' });
    expect(issue?.message.en).toContain('"oops"');
  });

  it('uses edgedefault and per-edge directed, Edge Label as the type, and keeps self-loops', () => {
    expect(draft.directedDefault).toBe(false);
    expect(draft.relations.map((r) => [r.source, r.target, r.type, r.directed])).toEqual([
      ['n0', 'n1', '投資', undefined],
      ['n0', 'n1', 'licenses', true],
      ['n1', 'n1', 'restructured', undefined],
    ]);
  });
});

describe('parseGraphml on unusual and hostile input', () => {
  it('skips a hyperedge and ignores ports, saying so', () => {
    const draft = parseGraphml('h.graphml', graphml('<node id="a"><port name="p"/></node><node id="b"/><node id="c"/><hyperedge id="h"><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge><edge source="a" target="b" sourceport="p"/>'), DEFAULT_CAPS);
    expect(draft.relations).toHaveLength(1);
    const hyper = draft.issues?.find((i) => i.code === 'hyperedge-skipped');
    expect(hyper?.severity).toBe('warning');
    expect(hyper?.message.en).toContain('"a", "b", "c"');
    expect(codes(draft.issues).filter((c) => c === 'port-skipped')).toHaveLength(2);
  });

  it('gives edges of a nested graph with another edgedefault their own direction', () => {
    const draft = parseGraphml('n.graphml', graphml('<node id="g"><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></node><edge source="a" target="g"/>'), DEFAULT_CAPS);
    expect(draft.relations.map((r) => r.directed)).toEqual([false, undefined]);
  });

  it('flattens a graph nested inside an edge too', () => {
    const draft = parseGraphml('e.graphml', graphml('<node id="a"/><node id="b"/><edge source="a" target="b"><graph edgedefault="directed"><node id="c"/></graph></edge>'), DEFAULT_CAPS);
    expect(draft.entities.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(draft.relations).toHaveLength(1);
    expect(codes(draft.issues)).toContain('nested-graph-flattened');
  });

  it('keeps a for="__proto__" key and an attr.name "__proto__" off Object.prototype; such ids come through as ordinary ids', () => {
    const keys = '<key id="k1" for="__proto__" attr.name="polluted" attr.type="string"/><key id="k2" for="node" attr.name="__proto__" attr.type="string"/><key id="__proto__" for="node" attr.name="constructor" attr.type="string"/>';
    const body = `<node id="__proto__"><data key="k1">yes</data><data key="k2">yes</data><data key="__proto__">yes</data></node>
      <node id="constructor"/><node id="hasOwnProperty"/><edge id="__proto__" source="constructor" target="hasOwnProperty"><data key="k1">yes</data></edge>`;
    const draft = parseGraphml('proto.graphml', graphml(body, keys), DEFAULT_CAPS);
    expect(draft.entities.map((e) => e.id)).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
    expect(draft.relations[0]).toMatchObject({ id: '__proto__', source: 'constructor', target: 'hasOwnProperty' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('refuses DOCTYPE/ENTITY, over-cap nodes and malformed XML', () => {
    expect(refusal(`<!DOCTYPE graphml [<!ENTITY a "b">]>${graphml('')}`).code).toBe('xml-doctype');
    expect(refusal(graphml('<node id="a"/><node id="b"/>'), { ...DEFAULT_CAPS, nodes: 1 }).code).toBe('too-many-nodes');
    const malformed = refusal(graphml('<node id="a">\n<data key="x">1</dat></node>'));
    expect(malformed.code).toBe('xml-malformed');
    expect(malformed.where.line).toBe(5);
  });

  it('applies a for="all" key and its default to nodes and edges alike', () => {
    const keys = '<key id="t" for="all" attr.name="type" attr.type="string"><default>unknown</default></key>';
    const draft = parseGraphml('all.graphml', graphml('<node id="a"><data key="t">Person</data></node><node id="b"/><edge source="a" target="b"/>', keys), DEFAULT_CAPS);
    expect(draft.entities.map((e) => e.kind)).toEqual(['Person', 'unknown']);
    expect(draft.relations[0]?.type).toBe('unknown');
  });

  it('refuses a depth bomb before building any tree', () => {
    const bomb = graphml(`<node id="a"><data key="d">${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}</data></node>`);
    expect(refusal(bomb).code).toBe('xml-too-deep');
  });

  it('refuses a file whose root is not <graphml>, and one without a graph', () => {
    expect(refusal('<gexf/>').code).toBe('not-graphml');
    expect(refusal('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>').code).toBe('graphml-no-graph');
  });

  it('reports an undeclared data key and an unknown key type, and reads a boolean key by its type', () => {
    const keys = '<key id="u" for="edge" attr.name="undirected" attr.type="boolean"/><key id="w" for="node" attr.name="kind" attr.type="colour"/>';
    const draft = parseGraphml('k.graphml', graphml('<node id="a"><data key="w">Person</data><data key="nope">1</data></node><edge source="a" target="a"><data key="u">true</data></edge>', keys), DEFAULT_CAPS);
    expect(draft.entities[0]?.kind).toBe('Person');
    expect(draft.relations[0]?.directed).toBe(false);
    expect(codes(draft.issues)).toEqual(expect.arrayContaining(['unknown-attribute-type', 'unknown-attribute']));
  });
});
