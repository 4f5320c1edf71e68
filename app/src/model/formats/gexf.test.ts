// GEXF export: re-parsed by graphology-gexf (xmldom) it gives back the same graph; hostile text stays text.
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { kindTokens } from '../../../../tailwind.config';
import { evidenceGraphFromParsed } from './fromParsed';
import { toGexf } from './gexf';
import { FormatError } from './formatError';
import { testGraph } from './testGraph';

const hostile = '<script>alert(1)</script> & "q" \'s\'\ttab\nline';

function sample() {
  return testGraph(
    [
      { id: 'musk', label: hostile, aliases: ['馬斯克', 'Elon'], x: -12.5, y: 3, px: 40.25, py: -7, mentions: [{ source: 'src', start: 1, end: 3 }] },
      { id: 'openai', kind: 'organization', label: '' },
      'altman',
    ],
    [
      { id: 'r1', source: 'musk', target: 'openai', type: 'sued', category: 'conflict', stance: 'opposes', date: '2024-03', status: 'claim', claimedBy: 'musk' },
      { id: 'r2', source: 'musk', target: 'openai', directed: false, type: 'co-founded', category: 'founding', summaryEn: '' },
      {
        id: 'r3',
        source: 'altman',
        target: 'openai',
        evidence: [
          { source: 'src', exact: hostile, prefix: 'p', suffix: 's', start: 5, end: 9 },
          { source: 'src', exact: 'second', prefix: '', suffix: '', start: 20, end: 26 },
        ],
      },
    ],
  );
}

function reparse(xml: string) {
  return parse(MultiGraph, xml);
}

describe('toGexf', () => {
  it('re-parses to the same node keys, edge keys, ends, directedness and attributes', () => {
    const graph = sample();
    const back = evidenceGraphFromParsed('GEXF', reparse(toGexf(graph)), graph.getAttributes());
    expect(back.export()).toEqual(graph.export());
  });

  it('by default writes every edge directed, marking the undirected relation with undirected=true', () => {
    const xml = toGexf(sample());
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('defaultedgetype')).toBe('directed');
    expect(Array.from(doc.getElementsByTagName('edge')).map((e) => e.getAttribute('type'))).toEqual([null, null, null]);
    const parsed = reparse(xml);
    expect(parsed.type).toBe('directed');
    expect(parsed.edges().map((e) => parsed.getEdgeAttribute(e, 'undirected'))).toEqual([false, true, false]);
  });

  it('in the mixed form writes the undirected relation as an undirected edge and round-trips', () => {
    const graph = sample();
    const xml = toGexf(graph, undefined, { edges: 'mixed' });
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const types = Array.from(doc.getElementsByTagName('edge')).map((e) => e.getAttribute('type'));
    expect(types).toEqual([null, 'undirected', null]);
    expect(reparse(xml).hasEdgeAttribute('r2', 'undirected')).toBe(false);
    expect(evidenceGraphFromParsed('GEXF', reparse(xml), graph.getAttributes()).export()).toEqual(graph.export());
  });

  it('writes GEXF 1.3 with kind colours, positions and the first quote as its own column', () => {
    const graph = sample();
    const parsed = reparse(toGexf(graph));
    const hex = kindTokens.organization.color.slice(1);
    const rgb = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(',');
    expect(parsed.getNodeAttribute('openai', 'color')).toBe(`rgb(${rgb})`);
    expect(parsed.getNodeAttribute('musk', 'x')).toBe(-12.5);
    expect(parsed.getEdgeAttribute('r3', 'quote')).toBe(hostile);
    expect(parsed.getEdgeAttribute('r1', 'label')).toBe('sued');
    const doc = new DOMParser().parseFromString(toGexf(graph), 'application/xml');
    expect(doc.documentElement?.getAttribute('version')).toBe('1.3');
    expect(doc.getElementsByTagName('description')[0]?.textContent).toBe('test graph');
  });

  it('keeps hostile text escaped: no <script> element, the label is its literal text', () => {
    const xml = toGexf(sample());
    expect(xml).not.toContain('<script');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('script').length).toBe(0);
    const musk = Array.from(doc.getElementsByTagName('node')).find((n) => n.getAttribute('id') === 'musk');
    expect(musk?.getAttribute('label')).toBe(hostile);
  });

  it('exports only the visible part when given one, dropping edges whose ends are hidden', () => {
    const parsed = reparse(toGexf(sample(), { nodes: new Set(['musk', 'openai']), edges: new Set(['r1', 'r3']) }));
    expect(parsed.nodes()).toEqual(['musk', 'openai']);
    expect(parsed.edges()).toEqual(['r1']);
  });

  it('replaces characters XML cannot carry with U+FFFD and rejects them in keys, naming the key', () => {
    const graph = testGraph([{ id: 'a', label: 'bad\u0001char' }]);
    expect(reparse(toGexf(graph)).getNodeAttribute('a', 'label')).toBe('bad\uFFFDchar');
    expect(() => toGexf(testGraph(['bad\u0002key']))).toThrow(FormatError);
    expect(() => toGexf(testGraph(['bad\u0002key']))).toThrow(/GEXF node "bad\\u0002key"/);
  });
  it('keeps NEL, U+2028 and U+2029 through xmldom, which would fold them to line feeds', () => {
    const label = 'a\u0085b\u2028c\u2029d';
    const xml = toGexf(testGraph([{ id: 'n', label }]));
    expect(xml).toContain('a&#x85;b&#x2028;c&#x2029;d');
    expect(reparse(xml).getNodeAttribute('n', 'label')).toBe(label);
  });
});
