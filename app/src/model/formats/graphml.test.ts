// GraphML export: re-parsed by graphology-graphml (xmldom) it gives back the same graph; hostile text stays text.
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { categoryTokens } from '../../../../tailwind.config';
import { evidenceGraphFromParsed } from './fromParsed';
import { FormatError } from './formatError';
import { toGraphml } from './graphml';
import { testGraph } from './testGraph';

const hostile = '<script>alert(1)</script> & "q" \'s\'\ttab\r\nline]]>';

function sample() {
  return testGraph(
    [
      { id: 'musk', label: hostile, aliases: ['馬斯克', 'Elon'], x: -12.5, y: 3, px: 40.25, py: -7, mentions: [{ source: 'src', start: 1, end: 3 }] },
      { id: 'openai', kind: 'organization', label: '' },
      'altman',
      // Isolated on purpose: graphology 0.26 cannot hold edges at a node keyed like an Object.prototype property.
      'constructor',
    ],
    [
      { id: '__proto__', source: 'musk', target: 'openai', type: 'sued', category: 'conflict', stance: 'opposes', date: '2024-03', status: 'claim', claimedBy: 'musk' },
      { id: 'r2', source: 'musk', target: 'openai', directed: false, type: 'co-founded', category: 'founding', summaryEn: '' },
      { id: 'r3', source: 'altman', target: 'musk', evidence: [{ source: 'src', exact: hostile, prefix: 'p', suffix: 's', start: 5, end: 9 }] },
    ],
  );
}

function reparse(xml: string) {
  return parse(MultiGraph, xml);
}

describe('toGraphml', () => {
  it('re-parses to the same node keys, edge keys, ends, directedness and attributes', () => {
    const graph = sample();
    const parsed = parse(MultiGraph, toGraphml(graph));
    const back = evidenceGraphFromParsed('GraphML', parsed, graph.getAttributes());
    expect(back.export()).toEqual(graph.export());
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('by default sets edgedefault="directed" with no per-edge direction, marking the undirected relation with undirected=true', () => {
    const xml = toGraphml(sample());
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('edgedefault')).toBe('directed');
    expect(Array.from(doc.getElementsByTagName('edge')).map((e) => e.hasAttribute('directed'))).toEqual([false, false, false]);
    const parsed = reparse(xml);
    expect(parsed.type).toBe('directed');
    expect(['__proto__', 'r2', 'r3'].map((e) => parsed.getEdgeAttribute(e, 'undirected'))).toEqual([false, true, false]);
  });

  it('in the mixed form sets edgedefault="undirected" with directed="true" on directed relations, and round-trips', () => {
    const graph = sample();
    const xml = toGraphml(graph, undefined, { edges: 'mixed' });
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('edgedefault')).toBe('undirected');
    expect(Array.from(doc.getElementsByTagName('edge')).map((e) => e.getAttribute('directed'))).toEqual(['true', 'false', 'true']);
    expect(xml).not.toContain('attr.name="undirected"');
    expect(evidenceGraphFromParsed('GraphML', reparse(xml), graph.getAttributes()).export()).toEqual(graph.export());
  });

  it('carries the graph name, sources and vocabulary as graph data, and category colours on edges', () => {
    const graph = sample();
    const parsed = parse(MultiGraph, toGraphml(graph));
    expect(parsed.getAttribute('name')).toBe('test graph');
    expect(JSON.parse(String(parsed.getAttribute('vocabulary')))).toEqual(graph.getAttribute('vocabulary'));
    expect(JSON.parse(String(parsed.getAttribute('sources')))).toEqual(graph.getAttribute('sources'));
    expect(parsed.getEdgeAttribute('__proto__', 'color')).toBe(categoryTokens.conflict.color);
    expect(parsed.getEdgeAttribute('r3', 'quote')).toBe(hostile);
  });

  it('keeps hostile text escaped: no <script> element, the label data is its literal text', () => {
    const xml = toGraphml(sample());
    expect(xml).not.toContain('<script');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('script').length).toBe(0);
    const labels = Array.from(doc.getElementsByTagName('data')).filter((d) => d.getAttribute('key') === 'n_label');
    expect(labels.map((d) => d.textContent)).toContain(hostile);
  });

  it('exports only the visible part when given one', () => {
    const parsed = parse(MultiGraph, toGraphml(sample(), { nodes: new Set(['musk', 'altman']), edges: new Set(['__proto__', 'r3']) }));
    expect(parsed.nodes()).toEqual(['musk', 'altman']);
    expect(parsed.hasEdge('__proto__')).toBe(false);
    expect(parsed.edges()).toEqual(['r3']);
  });

  it('rejects a key holding a character XML cannot carry, naming it', () => {
    expect(() => toGraphml(testGraph(['ok', 'bad\u0000']))).toThrow(FormatError);
    expect(() => toGraphml(testGraph(['ok', 'bad\u0000']))).toThrow(/GraphML node "bad\\u0000"/);
  });
  it('keeps NEL, U+2028 and U+2029 through xmldom, which would fold them to line feeds', () => {
    const label = 'a\u0085b\u2028c\u2029d';
    const xml = toGraphml(testGraph([{ id: 'n', label }]));
    expect(xml).toContain('a&#x85;b&#x2028;c&#x2029;d');
    expect(reparse(xml).getNodeAttribute('n', 'label')).toBe(label);
  });
});
