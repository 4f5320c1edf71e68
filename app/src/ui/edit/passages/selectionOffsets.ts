// Pure mapping of a selection in the reader (line index + offset in that line's text) to a Passage's source offsets.
import type { Passage } from '../../../model/edit/passage';

/** One line of the reader: where it starts in the source (its `<p data-start>`) and its text as the source has it. */
export interface LineRecord {
  start: number;
  text: string;
}

/** A point of the selection: the line it is in and how many characters of that line's text come before it. */
export interface LinePoint {
  line: number;
  offset: number;
}

/** The source offset of a point (UTF-16), clamped to its line; a line index past the last line is the text's end. */
export function sourceOffset(lines: readonly LineRecord[], point: LinePoint): number {
  if (lines.length === 0) return 0;
  if (point.line < 0) return lines[0]!.start;
  const line = lines[point.line];
  if (line === undefined) {
    const last = lines[lines.length - 1]!;
    return last.start + last.text.length;
  }
  return line.start + Math.min(Math.max(0, point.offset), line.text.length);
}

/**
 * The passage between two points of one source (anchor and focus, either order). It is not checked here: the model's
 * `passageEvidence` refuses an empty or cross-paragraph one with its own message.
 */
export function passageBetween(source: string, lines: readonly LineRecord[], anchor: LinePoint, focus: LinePoint): Passage {
  const a = sourceOffset(lines, anchor);
  const b = sourceOffset(lines, focus);
  return { source, start: Math.min(a, b), end: Math.max(a, b) };
}

/** Where a point lies when a selection ends on a child boundary of the lines' container: before line `childIndex` (= the end of the previous line). */
export function pointBeforeLine(lines: readonly LineRecord[], childIndex: number): LinePoint {
  if (childIndex <= 0) return { line: 0, offset: 0 };
  const prev = Math.min(childIndex, lines.length) - 1;
  return { line: prev, offset: lines[prev]?.text.length ?? 0 };
}

/**
 * The offset within a line's text of a position given as text lengths: the lengths of the counted text pieces of the
 * line before the position's own piece, plus the offset inside it. Pieces not in the source (count badges) are left
 * out by the caller.
 */
export function offsetInLine(piecesBefore: readonly number[], offsetInPiece: number): number {
  return piecesBefore.reduce((n, len) => n + len, 0) + Math.max(0, offsetInPiece);
}
