// SVG export: hostile labels and quotes stay text; the re-parsed file has no script, foreignObject, on* or external href.
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { Scene, SceneEdge, SceneNode } from './scene';
import { SVG_NS, sceneToSvg, type SvgOptions } from './svg';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<foreignObject><a href="javascript:alert(1)">x</a></foreignObject>',
  ']]><![CDATA[',
  '&amp; &lt; "quoted" \'single\'',
  '\u202Eevil\u202C 馬斯克 👩‍👩‍👧',
];

function node(id: string, label: string, shape: string): SceneNode {
  return { id, shape, x: 10, y: 20, width: 30, height: 30, fill: 'rgb(1,2,3)', stroke: '#000', strokeWidth: 1, opacity: 1, label, fontSize: 11, labelColor: '#111', labelOpacity: 1, labelOffset: 18, underlay: null };
}

function edge(id: string, text: string, n: number): SceneEdge {
  return {
    id,
    number: n,
    points: [
      { x: 0, y: 0 },
      { x: 50, y: 20 },
      { x: 100, y: 0 },
    ],
    color: '#c0262d',
    width: 1.6,
    dash: [6, 4],
    arrow: 'triangle',
    opacity: 0.9,
    label: text,
    fontSize: 10,
    caption: `A → ${text} → B`,
    summary: text,
    quotes: [{ exact: text, reference: 'Source, 1–5' }],
    underlay: null,
  };
}

function scene(): Scene {
  const shapes = ['ellipse', 'round-rectangle', 'diamond', 'rectangle', 'hexagon', 'octagon'];
  return {
    title: HOSTILE[0] ?? '',
    width: 400,
    height: 300,
    viewport: { panX: 5, panY: 6, zoom: 1.5 },
    background: '#fbfaf7',
    fontFamily: 'system-ui, "Noto Sans CJK TC", sans-serif',
    nodes: HOSTILE.map((label, i) => node(`n${i}`, label, shapes[i % shapes.length] ?? 'ellipse')),
    edges: HOSTILE.map((text, i) => edge(`e${i}`, text, i + 1)),
    legend: { heading: 'Legend', kinds: [{ label: HOSTILE[1] ?? '', color: '#f4a261', shape: 'ellipse' }], lines: [{ label: 'Claim', color: '#555', dashed: true }] },
  };
}

function render(s: Scene, opts: Partial<SvgOptions> = {}): string {
  const doc = new DOMImplementation().createDocument(SVG_NS, 'svg', null) as unknown as Document;
  const svg = sceneToSvg(doc, s, { textOutline: true, numbers: true, legend: true, ...opts });
  return new XMLSerializer().serializeToString(svg as unknown as Parameters<XMLSerializer['serializeToString']>[0]);
}

function reparse(text: string) {
  return new DOMParser().parseFromString(text, 'image/svg+xml');
}

function allElements(doc: ReturnType<typeof reparse>) {
  return Array.from(doc.getElementsByTagName('*'));
}

describe('sceneToSvg', () => {
  it('re-parses with no script, foreignObject, on* attribute or non-fragment href even for hostile labels', () => {
    const doc = reparse(render(scene()));
    const elements = allElements(doc);
    expect(elements.length).toBeGreaterThan(20);
    const names = elements.map((e) => e.localName);
    expect(names).not.toContain('script');
    expect(names).not.toContain('foreignObject');
    expect(names).not.toContain('img');
    for (const e of elements) {
      for (const attr of Array.from(e.attributes)) {
        expect(attr.name.toLowerCase().startsWith('on'), `${e.localName}@${attr.name}`).toBe(false);
        if (attr.localName === 'href') expect(attr.value.startsWith('#')).toBe(true);
      }
    }
  });

  it('keeps every node label, edge label, title and quote as text equal to the data', () => {
    const s = scene();
    const doc = reparse(render(s));
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    for (const n of s.nodes) expect(texts).toContain(n.label);
    for (const e of s.edges) expect(texts).toContain(e.label);
    const titles = Array.from(doc.getElementsByTagName('title')).map((t) => t.textContent);
    expect(titles[0]).toBe(s.title);
    for (const e of s.edges) expect(titles).toContain(`${e.caption} — ${e.summary}`);
    const descs = Array.from(doc.getElementsByTagName('desc')).map((t) => t.textContent);
    for (const e of s.edges) expect(descs).toContain(`“${e.summary}” (Source, 1–5)`);
  });

  it('declares the SVG namespace once and a viewBox covering the graph plus the legend', () => {
    const text = render(scene());
    expect(text.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1);
    const root = reparse(text).documentElement;
    const [, , w, h] = (root?.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(w).toBe(400);
    expect(h).toBeGreaterThan(300);
    expect(Number(root?.getAttribute('height'))).toBe(h);
  });

  it('draws each node shape with its own element kind and the dashed claim line with a dash array', () => {
    const doc = reparse(render(scene(), { legend: false }));
    const nodes = Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'node');
    const shapeOf = (g: (typeof nodes)[number]) => Array.from(g.getElementsByTagName('*')).map((c) => c.localName)[1];
    expect(nodes.map(shapeOf).slice(0, 6)).toEqual(['ellipse', 'rect', 'polygon', 'rect', 'polygon', 'polygon']);
    const hexagon = Array.from(nodes[4]?.getElementsByTagName('polygon') ?? [])[0];
    expect(hexagon?.getAttribute('points')?.split(' ')).toHaveLength(6);
    const paths = Array.from(doc.getElementsByTagName('path'));
    expect(paths[0]?.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(paths[0]?.getAttribute('d')).toMatch(/^M0 0 Q50 20 100 0$/);
  });

  it('leaves the background out when the export is transparent, and the legend out when asked', () => {
    const s = { ...scene(), background: null };
    const doc = reparse(render(s, { legend: false }));
    const rects = Array.from(doc.getElementsByTagName('rect')).filter((r) => r.parentNode === doc.documentElement);
    expect(rects).toHaveLength(0);
    expect(Array.from(doc.getElementsByTagName('g')).some((g) => g.getAttribute('class') === 'legend')).toBe(false);
  });

  it('frames a published picture: the title above the graph, legend and credit below, all as text', () => {
    const s = scene();
    const credit = 'Source: 馬斯克 <b>report</b>, 2024-03-18 · Evidence Graph';
    const doc = reparse(render(s, { numbers: false, title: HOSTILE[2] ?? '', credit }));
    const group = (cls: string) => Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('class') === cls);
    const textsOf = (cls: string) => Array.from(group(cls)?.getElementsByTagName('text') ?? []).map((t) => t.textContent);
    expect(textsOf('title').join(' ')).toBe(HOSTILE[2]);
    expect(textsOf('credit').join(' ')).toBe(credit);
    expect(textsOf('legend')).toEqual(['Legend', HOSTILE[1], 'Claim']);
    expect(Array.from(group('legend')?.getElementsByTagName('line') ?? []).map((l) => l.getAttribute('stroke-dasharray'))).toEqual(['6 4']);
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe(HOSTILE[2]);
    const titleY = Number(group('title')?.getElementsByTagName('text')[0]?.getAttribute('y'));
    const creditY = Number(group('credit')?.getElementsByTagName('text')[0]?.getAttribute('y'));
    const legendTop = Number(/translate\(0 ([\d.]+)\)/.exec(group('legend')?.getAttribute('transform') ?? '')?.[1]);
    const graphShift = Number(/translate\(0 ([\d.]+)\)/.exec(doc.documentElement?.getElementsByTagName('g')[0]?.getAttribute('transform') ?? '')?.[1]);
    expect(titleY).toBeLessThan(graphShift);
    expect(legendTop).toBeCloseTo(graphShift + s.height, 1);
    expect(creditY).toBeGreaterThan(legendTop);
    expect(Number(doc.documentElement?.getAttribute('height'))).toBeGreaterThan(creditY);
  });

  it('wraps a title wider than the picture onto several lines instead of cutting it', () => {
    const long = 'A very long title about who is connected to whom in the dispute '.repeat(3).trim();
    const doc = reparse(render({ ...scene(), width: 200 }, { legend: false, title: long }));
    const title = Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('class') === 'title');
    const lines = Array.from(title?.getElementsByTagName('text') ?? []).map((t) => t.textContent ?? '');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(long);
  });
});
