// Tests of the selection → passage mapping: line points to source offsets, and what the model then makes of them.
import { describe, expect, test } from 'vitest';
import { passageEvidence } from '../../../model/edit/passage';
import { smallDataset, TEXT } from '../../../model/edit/testDataset';
import { EditError } from '../../../model/edit/editError';
import { offsetInLine, passageBetween, pointBeforeLine, sourceOffset, type LineRecord } from './selectionOffsets';

/** The reader's lines of a text: one per '\n'-separated line, each with its start offset (as `<p data-start>` carries). */
function linesOf(text: string): LineRecord[] {
  let at = 0;
  return text.split('\n').map((line) => {
    const record = { start: at, text: line };
    at += line.length + 1;
    return record;
  });
}

const lines = linesOf(TEXT);
const pointOf = (needle: string, from = 0): { line: number; offset: number } => {
  const at = TEXT.indexOf(needle, from);
  const line = lines.findLastIndex((l) => l.start <= at);
  return { line, offset: at - lines[line]!.start };
};

describe('selection offsets', () => {
  test('a point in any line maps to the source offset of the same character', () => {
    lines.forEach((line, i) => {
      for (let k = 0; k <= line.text.length; k++) {
        const at = sourceOffset(lines, { line: i, offset: k });
        expect(at).toBe(line.start + k);
        if (k < line.text.length) expect(TEXT[at]).toBe(line.text[k]);
      }
    });
  });

  test('an offset past its line is clamped to the line end, a line past the last is the text end', () => {
    expect(sourceOffset(lines, { line: 0, offset: 999 })).toBe(lines[0]!.text.length);
    expect(sourceOffset(lines, { line: 99, offset: 0 })).toBe(TEXT.length);
    expect(sourceOffset(lines, { line: -1, offset: 5 })).toBe(0);
  });

  test('anchor after focus (a selection made backwards) gives the same passage', () => {
    const a = pointOf('Alice Smith sued');
    const b = { ...a, offset: a.offset + 'Alice Smith sued Bob Corp'.length };
    expect(passageBetween('s', lines, b, a)).toEqual(passageBetween('s', lines, a, b));
    const p = passageBetween('s', lines, a, b);
    expect(TEXT.slice(p.start, p.end)).toBe('Alice Smith sued Bob Corp');
  });

  test('offsets are UTF-16 code units: text after an astral character keeps its place', () => {
    const text = 'A 😀 B sued C.\nNext';
    const l = linesOf(text);
    const at = text.indexOf('B sued');
    const p = passageBetween('s', l, { line: 0, offset: at }, { line: 0, offset: at + 6 });
    expect(text.slice(p.start, p.end)).toBe('B sued');
  });

  test('a position on the lines container before a line is the end of the line above', () => {
    expect(pointBeforeLine(lines, 0)).toEqual({ line: 0, offset: 0 });
    expect(pointBeforeLine(lines, 1)).toEqual({ line: 0, offset: lines[0]!.text.length });
    expect(pointBeforeLine(lines, 99)).toEqual({ line: lines.length - 1, offset: lines[lines.length - 1]!.text.length });
  });

  test('an offset inside a mark counts the text pieces before it (badges left out by the caller)', () => {
    expect(offsetInLine([9, 11], 3)).toBe(23);
    expect(offsetInLine([], 0)).toBe(0);
  });
});

describe('what the model makes of a mapped selection', () => {
  const { dataset, source } = smallDataset();
  const refusal = (run: () => unknown): string => {
    try {
      run();
    } catch (e) {
      if (e instanceof EditError) return e.code;
    }
    return 'accepted';
  };

  test('a collapsed selection is refused as empty', () => {
    const p = pointOf('sued');
    expect(refusal(() => passageEvidence(dataset, passageBetween(source, lines, p, p)))).toBe('passage-empty');
  });

  test('a selection from one paragraph into the next is refused as crossing paragraphs', () => {
    const later = pointOf('Later');
    const p = passageBetween(source, lines, pointOf('denied'), { ...later, offset: later.offset + 5 });
    expect(refusal(() => passageEvidence(dataset, p))).toBe('passage-paragraphs');
  });

  test('a whole line selected up to the start of the next (triple click) is trimmed to the line', () => {
    const p = passageBetween(source, lines, { line: 0, offset: 0 }, pointBeforeLine(lines, 1));
    expect(passageEvidence(dataset, p).evidence.quote).toBe(lines[0]!.text);
  });

  test('a repeated quote is settled by its occurrence: the second "Alice Smith sued Bob Corp" is occurrence 2', () => {
    const second = pointOf('Alice Smith sued Bob Corp', TEXT.indexOf('Later'));
    const p = passageBetween(source, lines, second, { ...second, offset: second.offset + 'Alice Smith sued Bob Corp'.length });
    expect(passageEvidence(dataset, p).evidence).toEqual({ source, quote: 'Alice Smith sued Bob Corp', occurrence: 2 });
    const first = pointOf('Alice Smith sued Bob Corp');
    expect(passageEvidence(dataset, passageBetween(source, lines, first, { ...first, offset: first.offset + 25 })).evidence.occurrence).toBe(1);
  });
});
