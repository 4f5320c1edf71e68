// Our own SVG export: draws a Scene with DOM APIs (text as text, never markup built from data).
import { arrowPolygons, arrowSize, curveMidpoint, edgePath, nodePolygon, pointsAttr, roundRectRadius, uprightAngle } from './geometry';
import { layoutFrame, type FrameLayout, type FrameText } from './frameLayout';
import type { Scene, SceneEdge, SceneNode } from './scene';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** What to draw besides the graph itself. */
export interface SvgOptions {
  /** Halo behind labels in the background colour (as on screen). svg2pdf cannot draw it well: off for PDF. */
  textOutline: boolean;
  /** Citation numbers `[n]` on the edges (the PDF figure, which lists the quotes by number). */
  numbers: boolean;
  legend: boolean;
  /** A title above the graph (published pictures), or none. */
  title?: string | null;
  /** A credit line under the legend ("Source: … · Evidence Graph"), or none. */
  credit?: string | null;
}

const INK = '#1c1c1e';
const MUTED = '#55575c';

type Attrs = Record<string, string | number>;

function el(doc: Document, name: string, attrs: Attrs = {}, text?: string): Element {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, typeof v === 'number' ? String(Math.round(v * 100) / 100) : v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function shapeElement(doc: Document, shape: string, x: number, y: number, w: number, h: number, paint: Attrs): Element {
  const poly = nodePolygon(shape, x, y, w, h);
  if (poly) return el(doc, 'polygon', { points: pointsAttr(poly), ...paint });
  if (shape === 'rectangle' || shape === 'round-rectangle') {
    const r = shape === 'round-rectangle' ? roundRectRadius(w, h) : 0;
    return el(doc, 'rect', { x: x - w / 2, y: y - h / 2, width: w, height: h, rx: r, ry: r, ...paint });
  }
  return el(doc, 'ellipse', { cx: x, cy: y, rx: w / 2, ry: h / 2, ...paint });
}

function labelAttrs(scene: Scene, opts: SvgOptions, size: number, color: string): Attrs {
  const base: Attrs = { 'font-size': size, fill: color, 'text-anchor': 'middle' };
  if (!opts.textOutline) return base;
  return { ...base, stroke: scene.background ?? '#ffffff', 'stroke-width': 2, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
}

function drawEdge(doc: Document, scene: Scene, edge: SceneEdge, opts: SvgOptions): Element {
  const g = el(doc, 'g', { class: 'edge', opacity: edge.opacity });
  g.appendChild(el(doc, 'title', {}, edge.summary ? `${edge.caption} — ${edge.summary}` : edge.caption));
  g.appendChild(el(doc, 'desc', {}, edge.quotes.map((q) => `“${q.exact}” (${q.reference})`).join('\n')));
  const d = edgePath(edge.points);
  if (edge.underlay) {
    g.appendChild(el(doc, 'path', { d, fill: 'none', stroke: edge.underlay.color, 'stroke-width': edge.width + 2 * edge.underlay.padding, 'stroke-opacity': edge.underlay.opacity, 'stroke-linecap': 'round' }));
  }
  const line: Attrs = { d, fill: 'none', stroke: edge.color, 'stroke-width': edge.width };
  if (edge.dash) line['stroke-dasharray'] = edge.dash.join(' ');
  g.appendChild(el(doc, 'path', line));
  for (const poly of arrowPolygons(edge.arrow, edge.points, arrowSize(edge.width, 0.9))) {
    g.appendChild(el(doc, 'polygon', { points: pointsAttr(poly), fill: edge.color }));
  }
  const mid = curveMidpoint(edge.points);
  const first = edge.points[0];
  const last = edge.points[edge.points.length - 1];
  if (edge.label && first && last) {
    const angle = uprightAngle(first, last);
    g.appendChild(el(doc, 'text', { ...labelAttrs(scene, opts, edge.fontSize, '#1c1c1e'), x: mid.x, y: mid.y - 3, transform: `rotate(${Math.round(angle * 100) / 100} ${Math.round(mid.x * 100) / 100} ${Math.round(mid.y * 100) / 100})` }, edge.label));
  }
  if (opts.numbers) {
    const text = String(edge.number);
    const w = 6 + text.length * 5.5;
    g.appendChild(el(doc, 'rect', { x: mid.x - w / 2, y: mid.y - 6, width: w, height: 12, rx: 6, ry: 6, fill: '#ffffff', stroke: edge.color, 'stroke-width': 0.8 }));
    g.appendChild(el(doc, 'text', { x: mid.x, y: mid.y + 3.2, 'font-size': 9, fill: '#1c1c1e', 'text-anchor': 'middle' }, text));
  }
  return g;
}

function drawNode(doc: Document, scene: Scene, node: SceneNode, opts: SvgOptions): Element {
  const g = el(doc, 'g', { class: 'node', opacity: node.opacity });
  g.appendChild(el(doc, 'title', {}, node.label));
  if (node.underlay) {
    const p = node.underlay.padding * 2;
    g.appendChild(shapeElement(doc, 'ellipse', node.x, node.y, node.width + p, node.height + p, { fill: node.underlay.color, 'fill-opacity': node.underlay.opacity }));
  }
  g.appendChild(shapeElement(doc, node.shape, node.x, node.y, node.width, node.height, { fill: node.fill, stroke: node.stroke, 'stroke-width': node.strokeWidth }));
  if (node.label) {
    const attrs = labelAttrs(scene, opts, node.fontSize, node.labelColor);
    g.appendChild(el(doc, 'text', { ...attrs, x: node.x, y: node.y + node.labelOffset + node.fontSize * 0.9, 'fill-opacity': node.labelOpacity }, node.label));
  }
  return g;
}

function drawLegend(doc: Document, scene: Scene, legend: NonNullable<FrameLayout['legend']>): Element {
  const size = legend.heading.size;
  const g = el(doc, 'g', { class: 'legend', transform: `translate(0 ${Math.round(legend.top * 100) / 100})` });
  g.appendChild(el(doc, 'rect', { x: 0, y: 0, width: scene.width, height: legend.height, fill: '#ffffff', stroke: '#d5d5d5', 'stroke-width': 1 }));
  g.appendChild(el(doc, 'text', { x: legend.heading.x, y: legend.heading.y, 'font-size': size, 'font-weight': 'bold', fill: INK }, legend.heading.text));
  for (const { x, y, item } of legend.items) {
    if (item.kind === 'shape') {
      const s = size * 1.2;
      g.appendChild(shapeElement(doc, item.value.shape, x + s / 2, y - size * 0.35, s, s, { fill: item.value.color, stroke: INK, 'stroke-width': 1 }));
      g.appendChild(el(doc, 'text', { x: x + s + 6, y, 'font-size': size, fill: INK }, item.value.label));
    } else {
      const s = size * 2.2;
      const line: Attrs = { x1: x, y1: y - size * 0.35, x2: x + s, y2: y - size * 0.35, stroke: item.value.color, 'stroke-width': 2 };
      if (item.value.dashed) line['stroke-dasharray'] = '6 4';
      g.appendChild(el(doc, 'line', line));
      g.appendChild(el(doc, 'text', { x: x + s + 6, y, 'font-size': size, fill: INK }, item.value.label));
    }
  }
  return g;
}

function drawTextLines(doc: Document, className: string, texts: readonly FrameText[], attrs: Attrs): Element {
  const g = el(doc, 'g', { class: className });
  for (const t of texts) g.appendChild(el(doc, 'text', { x: t.x, y: t.y, 'font-size': t.size, ...attrs }, t.text));
  return g;
}

/**
 * Draws `scene` as an `<svg>` element of `doc` (a browser document, or xmldom's in tests).
 * Every string from data goes through `textContent`; attribute values are numbers and colours.
 */
export function sceneToSvg(doc: Document, scene: Scene, opts: SvgOptions): Element {
  const frame = layoutFrame(scene.width, scene.height, { title: opts.title ?? null, legend: opts.legend ? scene.legend : null, credit: opts.credit ?? null });
  const totalHeight = frame.top + scene.height + frame.bottom;
  const svg = el(doc, 'svg', {
    width: scene.width,
    height: totalHeight,
    viewBox: `0 0 ${Math.round(scene.width * 100) / 100} ${Math.round(totalHeight * 100) / 100}`,
    'font-family': scene.fontFamily,
  });
  svg.appendChild(el(doc, 'title', {}, opts.title ?? scene.title));
  if (scene.background) svg.appendChild(el(doc, 'rect', { x: 0, y: 0, width: scene.width, height: totalHeight, fill: scene.background }));
  const defs = el(doc, 'defs');
  const clip = el(doc, 'clipPath', { id: 'eg-graph-clip' });
  clip.appendChild(el(doc, 'rect', { x: 0, y: 0, width: scene.width, height: scene.height }));
  defs.appendChild(clip);
  svg.appendChild(defs);
  const graphArea = el(doc, 'g', { 'clip-path': 'url(#eg-graph-clip)' });
  const { panX, panY, zoom } = scene.viewport;
  const world = el(doc, 'g', { transform: `translate(${panX} ${panY}) scale(${zoom})` });
  const edges = el(doc, 'g', { class: 'edges' });
  for (const edge of scene.edges) edges.appendChild(drawEdge(doc, scene, edge, opts));
  const nodes = el(doc, 'g', { class: 'nodes' });
  for (const node of scene.nodes) nodes.appendChild(drawNode(doc, scene, node, opts));
  world.appendChild(edges);
  world.appendChild(nodes);
  graphArea.appendChild(world);
  if (frame.top > 0) {
    const shifted = el(doc, 'g', { transform: `translate(0 ${Math.round(frame.top * 100) / 100})` });
    shifted.appendChild(graphArea);
    svg.appendChild(shifted);
  } else svg.appendChild(graphArea);
  if (frame.title.length > 0) svg.appendChild(drawTextLines(doc, 'title', frame.title, { 'font-weight': 'bold', fill: INK }));
  if (frame.legend) svg.appendChild(drawLegend(doc, scene, frame.legend));
  if (frame.credit.length > 0) svg.appendChild(drawTextLines(doc, 'credit', frame.credit, { fill: MUTED }));
  return svg;
}
