// Spans of a source text: the paragraph around a quote, evidence and mention spans merged, text cut for rendering.
import type { EvidenceGraph } from './graph';
import { isAnchored } from './enums';
import { UnknownElementError } from './modelErrors';

/** A marked range of a source text (UTF-16 offsets, end exclusive) and what it stands for. */
export interface Span {
  start: number;
  end: number;
  id: string;
}
/** A non-overlapping range and every id whose span covers all of it (sorted, unique). */
export interface MarkedSegment {
  start: number;
  end: number;
  ids: string[];
}
/** The paragraph holding a span, and the span's offsets relative to the paragraph. */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
  spanStart: number;
  spanEnd: number;
}

function checkRange(start: number, end: number, length: number, where: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new RangeError(`${where}: [${start}, ${end}) is not a range inside a text of length ${length}`);
  }
}

/** The paragraph (lines split on \n) containing [start, end); a span crossing lines gets all the lines it touches. */
export function paragraphAround(text: string, start: number, end: number): Paragraph {
  checkRange(start, end, text.length, 'paragraphAround');
  const pStart = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', Math.max(end, start));
  let pEnd = nl < 0 ? text.length : nl;
  if (pEnd > end && text[pEnd - 1] === '\r') pEnd -= 1;
  return { start: pStart, end: pEnd, text: text.slice(pStart, pEnd), spanStart: start - pStart, spanEnd: end - pStart };
}

/**
 * Cuts possibly overlapping spans into sorted, non-overlapping segments, each listing the ids covering it;
 * neighbouring segments with the same ids are joined. Empty spans are dropped.
 */
export function mergeSpans(spans: readonly Span[]): MarkedSegment[] {
  const events: Array<[at: number, delta: 1 | -1, id: string]> = [];
  spans.forEach((s, i) => {
    checkRange(s.start, s.end, Number.MAX_SAFE_INTEGER, `mergeSpans: span ${i} ('${s.id}')`);
    if (s.end > s.start) events.push([s.start, 1, s.id], [s.end, -1, s.id]);
  });
  events.sort((a, b) => a[0] - b[0]);
  const active = new Map<string, number>();
  const out: MarkedSegment[] = [];
  for (let i = 0; i < events.length; ) {
    const at = events[i]![0];
    for (; i < events.length && events[i]![0] === at; i++) {
      const [, delta, id] = events[i]!;
      const n = (active.get(id) ?? 0) + delta;
      if (n === 0) active.delete(id);
      else active.set(id, n);
    }
    const next = events[i]?.[0];
    if (next === undefined || active.size === 0) continue;
    const ids = [...active.keys()].sort();
    const prev = out[out.length - 1];
    if (prev && prev.end === at && prev.ids.join('\u0000') === ids.join('\u0000')) prev.end = next;
    else out.push({ start: at, end: next, ids });
  }
  return out;
}

function knownSource(graph: EvidenceGraph, sourceId: string, where: string): void {
  if (!graph.getAttribute('sources').some((s) => s.id === sourceId)) {
    throw new UnknownElementError(`${where}: unknown source '${sourceId}'`);
  }
}

/** Every evidence span in a source, merged; each segment lists the relation ids it backs. */
export function evidenceSpans(graph: EvidenceGraph, sourceId: string): MarkedSegment[] {
  knownSource(graph, sourceId, 'evidenceSpans');
  const spans: Span[] = [];
  graph.forEachEdge((id, a) => {
    for (const ev of a.evidence) if (ev.source === sourceId && isAnchored(ev)) spans.push({ start: ev.start, end: ev.end, id });
  });
  return mergeSpans(spans);
}

/** Every entity mention in a source, merged; each segment lists the entity ids it names. */
export function mentionSpans(graph: EvidenceGraph, sourceId: string): MarkedSegment[] {
  knownSource(graph, sourceId, 'mentionSpans');
  const spans: Span[] = [];
  graph.forEachNode((id, a) => {
    for (const m of a.mentions) if (m.source === sourceId) spans.push({ start: m.start, end: m.end, id });
  });
  return mergeSpans(spans);
}

/** The evidence items covering a character offset of a source, as {relation, evidence index}, by relation id. */
export function evidenceAt(graph: EvidenceGraph, sourceId: string, offset: number): Array<{ relation: string; evidence: number }> {
  knownSource(graph, sourceId, 'evidenceAt');
  const out: Array<{ relation: string; evidence: number }> = [];
  graph.forEachEdge((relation, a) => {
    a.evidence.forEach((ev, evidence) => {
      if (ev.source === sourceId && isAnchored(ev) && ev.start <= offset && offset < ev.end) out.push({ relation, evidence });
    });
  });
  return out.sort((x, y) => (x.relation < y.relation ? -1 : x.relation > y.relation ? 1 : x.evidence - y.evidence));
}

/** A piece of text and, per layer, the ids marking it (all empty = plain text). */
export interface TextPiece<L extends string> {
  start: number;
  end: number;
  text: string;
  marks: Record<L, string[]>;
}

/**
 * Cuts a text into consecutive pieces at every boundary of every layer (e.g. `{ relations: evidenceSpans(…),
 * entities: mentionSpans(…) }`), so each piece is plain or marked by a fixed set of ids per layer. Each layer
 * must be sorted and non-overlapping (as `mergeSpans` returns) and inside the text.
 */
export function segmentText<L extends string>(text: string, layers: Record<L, readonly MarkedSegment[]>): TextPiece<L>[] {
  const names = Object.keys(layers) as L[];
  const cuts = new Set<number>([0, text.length]);
  for (const name of names) {
    let last = 0;
    layers[name].forEach((seg, i) => {
      checkRange(seg.start, seg.end, text.length, `segmentText: layer '${name}' segment ${i}`);
      if (seg.start < last) throw new RangeError(`segmentText: layer '${name}' segment ${i} starts at ${seg.start}, before the previous end ${last}`);
      last = seg.end;
      cuts.add(seg.start).add(seg.end);
    });
  }
  const points = [...cuts].sort((a, b) => a - b);
  const cursor = new Map<L, number>(names.map((n) => [n, 0]));
  const pieces: TextPiece<L>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const marks = {} as Record<L, string[]>;
    for (const name of names) {
      const segs = layers[name];
      let c = cursor.get(name) ?? 0;
      while (c < segs.length && segs[c]!.end <= start) c++;
      cursor.set(name, c);
      const seg = segs[c];
      marks[name] = seg && seg.start <= start && end <= seg.end ? seg.ids : [];
    }
    pieces.push({ start, end, text: text.slice(start, end), marks });
  }
  return pieces;
}
