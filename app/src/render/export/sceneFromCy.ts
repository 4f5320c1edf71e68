// Reads a Cytoscape core's rendered geometry and resolved style into a Scene (visible elements only).
import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import { categoryTokens, uiTokens } from '../../../../tailwind.config';
import { kindStyle } from '../../model/kindStyle';
import { isAnchored, type EdgeAttributes } from '../../model/schema';
import { typeLabelIn } from '../../model/sentences';
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import type { LegendKind, LegendLine, Scene, SceneEdge, SceneNode } from './scene';

/** What part of the graph to picture. */
export interface SceneOptions {
  /** true: the whole (visible) graph; false: what the viewport shows. */
  full: boolean;
  lang: Lang;
  /** Background colour, or null for transparent. */
  background: string | null;
  /** Margin around the whole graph, in model units. */
  padding?: number;
}

const WORDS = {
  en: { legend: 'Legend', fact: 'Fact (solid line)', claim: 'Claim (dashed line)', chars: 'characters' },
  zh: { legend: '圖例', fact: '事實(實線)', claim: '說法(虛線)', chars: '字元' },
} as const;

const num = (v: string | undefined, fallback: number): number => {
  const n = Number.parseFloat(v ?? '');
  return Number.isFinite(n) ? n : fallback;
};

function underlayOf(ele: NodeSingular | EdgeSingular): SceneNode['underlay'] {
  const opacity = num(ele.style('underlay-opacity'), 0);
  if (opacity <= 0) return null;
  return { color: ele.style('underlay-color'), padding: num(ele.style('underlay-padding'), 0), opacity };
}

function labelText(ele: NodeSingular | EdgeSingular): string {
  const value: unknown = ele.style('label');
  return typeof value === 'string' ? value : '';
}

function boxesMeet(a: { x1: number; y1: number; x2: number; y2: number }, b: { x1: number; y1: number; x2: number; y2: number }): boolean {
  return a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;
}

function renderedEdgePoints(edge: EdgeSingular): Position[] {
  const curve = edge.style('curve-style');
  let middle: Position[] = [];
  if (curve === 'segments' || curve === 'round-segments') middle = edge.segmentPoints() ?? [];
  else if (curve !== 'straight' && curve !== 'haystack') middle = edge.controlPoints() ?? [];
  return [edge.sourceEndpoint(), ...middle, edge.targetEndpoint()].map((p) => ({ x: p?.x ?? NaN, y: p?.y ?? NaN }));
}

function edgePoints(edge: EdgeSingular): Position[] {
  try {
    const points = renderedEdgePoints(edge);
    if (points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))) return points;
  } catch {
    // no renderer (headless) or no geometry yet
  }
  // Not rendered yet (headless, or exported mid-layout): no endpoints exist; draw it straight, centre to centre.
  return [edge.source().position(), edge.target().position()].map((p) => ({ x: p.x, y: p.y }));
}

function nodeName(graph: EvidenceGraph, id: string, lang: Lang): string {
  if (!graph.hasNode(id)) return id;
  const a = graph.getNodeAttributes(id);
  return lang === 'zh' ? a.labelZh || a.label : a.label;
}

/**
 * The visible picture: nodes and edges that are displayed (not `display: none`), in view or whole,
 * with their on-screen colours, opacity (faded stays faded), curves and labels, plus what each edge
 * means (caption, summary, quotes) from `graph`, and a legend of the kinds and categories shown.
 */
export function sceneFromCy(cy: Core, graph: EvidenceGraph, opts: SceneOptions): Scene {
  const words = WORDS[opts.lang];
  const shown = cy.elements().filter((e) => e.visible());
  const extent = cy.extent();
  const inView = opts.full ? shown : shown.filter((e) => boxesMeet(e.boundingBox(), extent));
  const pad = opts.padding ?? 24;
  const bb = opts.full ? shown.boundingBox() : extent;
  const width = opts.full ? Math.max(1, bb.w + 2 * pad) : cy.width();
  const height = opts.full ? Math.max(1, bb.h + 2 * pad) : cy.height();
  const viewport = opts.full ? { panX: pad - bb.x1, panY: pad - bb.y1, zoom: 1 } : { panX: cy.pan().x, panY: cy.pan().y, zoom: cy.zoom() };
  const vocabulary = graph.getAttribute('vocabulary');
  const sources = graph.getAttribute('sources');

  const nodes: SceneNode[] = inView.nodes().map((n) => {
    const pos = n.position();
    const h = n.height();
    return {
      id: n.id(),
      shape: n.style('shape'),
      x: pos.x,
      y: pos.y,
      width: n.width(),
      height: h,
      fill: n.style('background-color'),
      stroke: n.style('border-color'),
      strokeWidth: num(n.style('border-width'), 0),
      opacity: n.effectiveOpacity(),
      label: labelText(n),
      fontSize: num(n.style('font-size'), 11),
      labelColor: n.style('color'),
      labelOpacity: num(n.style('text-opacity'), 1),
      labelOffset: h / 2 + num(n.style('text-margin-y'), 0) + num(n.style('border-width'), 0) / 2,
      underlay: underlayOf(n),
    };
  });

  const edges: SceneEdge[] = inView.edges().map((e, i) => {
    const id = e.id();
    const a = graph.hasEdge(id) ? graph.getEdgeAttributes(id) : null;
    const typeLabel = typeLabelIn(vocabulary, a?.type ?? '', opts.lang);
    const arrow = e.style('target-arrow-shape');
    const dashed = e.style('line-style') === 'dashed';
    const dash = String(e.style('line-dash-pattern') ?? '')
      .split(/[\s,]+/)
      .map(Number)
      .filter((x) => Number.isFinite(x) && x > 0);
    const source = e.source().id();
    const target = e.target().id();
    const meaning: Partial<Pick<SceneEdge, 'caption' | 'summary' | 'quotes'>> = {};
    // A bundle edge stands for its pair's relations that the filters show: it says and cites all of them.
    const members = e.hasClass('bundle') ? ((e.data('members') as string[] | undefined) ?? []).filter((m) => graph.hasEdge(m) && !cy.getElementById(m).hasClass('hidden')) : null;
    const quoteOf = (ev: EdgeAttributes['evidence'][number]) => {
      const title = sources.find((s) => s.id === ev.source)?.title[opts.lang] ?? ev.source;
      return { exact: ev.exact, reference: isAnchored(ev) ? `${title}, ${words.chars} ${ev.start}–${ev.end}` : title };
    };
    if (members) {
      const attrs = members.map((m) => graph.getEdgeAttributes(m));
      const types = [...new Set(attrs.map((m) => typeLabelIn(vocabulary, m.type, opts.lang)))].join(', ');
      Object.assign(meaning, {
        caption: `${nodeName(graph, source, opts.lang)} — ${types} — ${nodeName(graph, target, opts.lang)}`,
        summary: attrs.map((m) => (opts.lang === 'zh' ? m.summaryZh : m.summaryEn)).join('\n'),
        quotes: attrs.flatMap((m) => m.evidence.map(quoteOf)),
      });
    }
    return {
      id,
      number: i + 1,
      points: edgePoints(e),
      color: e.style('line-color'),
      width: num(e.style('width'), 1),
      dash: dashed ? (dash.length > 0 ? dash : [6, 4]) : null,
      arrow: arrow === 'none' ? 'none' : arrow,
      opacity: e.effectiveOpacity(),
      label: labelText(e),
      fontSize: num(e.style('font-size'), 10),
      caption: `${nodeName(graph, source, opts.lang)} ${a?.directed === false ? '—' : '→'} ${typeLabel} ${a?.directed === false ? '—' : '→'} ${nodeName(graph, target, opts.lang)}`,
      summary: a ? (opts.lang === 'zh' ? a.summaryZh : a.summaryEn) : '',
      quotes: (a?.evidence ?? []).map(quoteOf),
      ...meaning,
      underlay: underlayOf(e),
    };
  });

  const kindIds = new Set(inView.nodes().map((n) => String(n.data('kind'))));
  const kinds: LegendKind[] = vocabulary.kinds
    .filter((k) => kindIds.has(k.id))
    .map((k) => ({ label: k.label[opts.lang], ...kindStyle(k.id, vocabulary.kinds) }));
  const categoryIds = new Set(inView.edges().map((e) => String(e.data('category'))));
  const lines: LegendLine[] = vocabulary.categories
    .filter((c) => categoryIds.has(c.id))
    .map((c) => ({ label: c.label[opts.lang], color: categoryTokens[c.id].color, dashed: false }));
  lines.push({ label: words.fact, color: uiTokens.muted, dashed: false }, { label: words.claim, color: uiTokens.muted, dashed: true });

  return {
    title: graph.getAttribute('name'),
    width,
    height,
    viewport,
    background: opts.background,
    fontFamily: String(cy.nodes().first().style('font-family') ?? 'sans-serif'),
    nodes,
    edges,
    legend: { heading: words.legend, kinds, lines },
  };
}
