// Pure helpers for the Reader: the text cut (by model/queries segmentText) into lines of runs, and its keyboard items.
import { segmentText, type MarkedSegment } from '../../model/queries';

/** A piece of one line; `mention` is the entity named there (the most specific one when names nest), if any. */
export interface ReaderPiece {
  start: number;
  end: number;
  text: string;
  mention: string | null;
}

/** A run of a line: plain text, or evidence (every piece backed by the same relations). */
export type LineRun = { kind: 'plain'; piece: ReaderPiece } | { kind: 'evidence'; start: number; end: number; relationIds: string[]; pieces: ReaderPiece[] };

/** An evidence run of a line. */
export type EvidenceRun = Extract<LineRun, { kind: 'evidence' }>;

export interface TextLine {
  start: number;
  end: number;
  runs: LineRun[];
}

/** Keeps segments that are non-empty integer ranges inside the text and do not overlap an earlier one. */
function usable(segments: readonly MarkedSegment[], length: number): MarkedSegment[] {
  const out: MarkedSegment[] = [];
  let last = 0;
  for (const s of [...segments].sort((a, b) => a.start - b.start)) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < last || s.end <= s.start || s.end > length) continue;
    out.push(s);
    last = s.end;
  }
  return out;
}

/** For each piece, the entity whose contiguous run of pieces is shortest (e.g. "OpenAI" inside "OpenAI董事會"). */
function pickMentions(pieces: ReadonlyArray<{ marks: { entities: string[] } }>): Array<string | null> {
  const extent = (i: number, id: string) => {
    let a = i;
    let b = i;
    while (a > 0 && pieces[a - 1]!.marks.entities.includes(id)) a--;
    while (b + 1 < pieces.length && pieces[b + 1]!.marks.entities.includes(id)) b++;
    return b - a;
  };
  return pieces.map((p, i) => {
    const ids = p.marks.entities;
    if (ids.length <= 1) return ids[0] ?? null;
    return ids.reduce((best, id) => (extent(i, id) < extent(i, best) ? id : best));
  });
}

function addPiece(line: TextLine, piece: ReaderPiece, relationIds: string[]) {
  const last = line.runs[line.runs.length - 1];
  if (relationIds.length === 0) line.runs.push({ kind: 'plain', piece });
  else if (last?.kind === 'evidence' && last.end === piece.start && last.relationIds.join('\n') === relationIds.join('\n')) {
    last.pieces.push(piece);
    last.end = piece.end;
  } else line.runs.push({ kind: 'evidence', start: piece.start, end: piece.end, relationIds, pieces: [piece] });
}

/**
 * Cuts `text` into its lines (split at '\n', which is dropped), each a list of runs, from evidence segments
 * (`evidenceSpans(graph, sourceId)`) and mention segments (`mentionSpans(graph, sourceId)`). Segments that are
 * empty, outside the text or overlapping an earlier one are ignored, so bad input never throws.
 */
export function readerLines(text: string, evidence: readonly MarkedSegment[], mentions: readonly MarkedSegment[]): TextLine[] {
  const pieces = segmentText(text, { relations: usable(evidence, text.length), entities: usable(mentions, text.length) });
  const mentionOf = pickMentions(pieces);
  const lines: TextLine[] = [];
  let line: TextLine = { start: 0, end: 0, runs: [] };
  pieces.forEach((p, i) => {
    let at = p.start;
    p.text.split('\n').forEach((part, k) => {
      if (k > 0) {
        line.end = at;
        lines.push(line);
        at += 1;
        line = { start: at, end: at, runs: [] };
      }
      if (part.length > 0) addPiece(line, { start: at, end: at + part.length, text: part, mention: mentionOf[i] ?? null }, p.marks.relations);
      at += part.length;
    });
  });
  line.end = text.length;
  lines.push(line);
  return lines;
}

/** The piece of an evidence run that selects its relations from the keyboard: the first that is not a name, else the first. */
export function quotePieceIndex(run: EvidenceRun): number {
  return Math.max(0, run.pieces.findIndex((p) => p.mention === null));
}

/** True when every piece of the run is a name: then its pieces all select its relations and none is a mention button. */
export function isQuoteOnly(run: EvidenceRun): boolean {
  return run.pieces.every((p) => p.mention !== null);
}

/**
 * Start offsets of the reader's keyboard items in text order: each mention button and one quote piece per
 * evidence run (these are the roving tab stops; an item is named by the start of its piece).
 */
export function itemStarts(lines: readonly TextLine[]): number[] {
  const out: number[] = [];
  for (const line of lines) {
    for (const run of line.runs) {
      if (run.kind === 'plain') {
        if (run.piece.mention !== null) out.push(run.piece.start);
        continue;
      }
      const quote = quotePieceIndex(run);
      const quoteOnly = isQuoteOnly(run);
      run.pieces.forEach((p, i) => {
        if (i === quote || (!quoteOnly && p.mention !== null)) out.push(p.start);
      });
    }
  }
  return out;
}

/** Where the single Tab stop starts: the quote piece of the first run backing an active relation, else the first item; null if none. */
export function initialTabStop(lines: readonly TextLine[], active: ReadonlySet<string>): number | null {
  if (active.size > 0) {
    for (const line of lines) {
      for (const run of line.runs) {
        if (run.kind === 'evidence' && run.relationIds.some((id) => active.has(id))) return run.pieces[quotePieceIndex(run)]?.start ?? null;
      }
    }
  }
  return itemStarts(lines)[0] ?? null;
}

/**
 * The item index a navigation key moves to from `index` among `count` items (ArrowDown/Right next, ArrowUp/Left
 * previous, Home first, End last; no wrapping), or null when the key is not a navigation key or there are no items.
 */
export function movedIndex(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
