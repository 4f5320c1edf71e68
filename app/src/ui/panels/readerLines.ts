// Pure helper for the Reader: the text cut (by model/queries segmentText) into lines of plain and evidence runs.
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
