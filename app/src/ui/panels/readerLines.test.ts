// Tests of the Reader's line/run cutting (exact text, lines, nested names, bad segments, random input) and its keyboard items.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { evidenceSpans, mentionSpans, mergeSpans, type MarkedSegment } from '../../model/queries';
import { initialTabStop, itemStarts, movedIndex, readerLines } from './readerLines';
import { makeTestGraph, SOURCE_ID, TEXT } from './testGraph';

const graph = makeTestGraph();

function rebuilt(text: string, ev: readonly MarkedSegment[], me: readonly MarkedSegment[] = []): string {
  return readerLines(text, ev, me)
    .map((line) => line.runs.map((r) => (r.kind === 'plain' ? r.piece.text : r.pieces.map((p) => p.text).join(''))).join(''))
    .join('\n');
}

describe('readerLines', () => {
  test('pieces joined line by line give back the exact article text', () => {
    expect(rebuilt(TEXT, evidenceSpans(graph, SOURCE_ID), mentionSpans(graph, SOURCE_ID))).toBe(TEXT);
  });

  test('gives one line per line of the text, with its offsets', () => {
    const lines = readerLines(TEXT, [], []);
    expect(lines.map((l) => TEXT.slice(l.start, l.end))).toEqual(TEXT.split('\n'));
  });

  test('an evidence segment crossing a line break becomes one evidence run on each line', () => {
    const lines = readerLines('ab\ncd', [{ start: 1, end: 4, ids: ['r'] }], []);
    expect(lines.map((l) => l.runs.filter((r) => r.kind === 'evidence').map((r) => (r.kind === 'evidence' ? r.pieces[0]?.text : '')))).toEqual([['b'], ['c']]);
  });

  test('a piece named by nested mentions goes to the most specific entity', () => {
    const mentions = mergeSpans([
      { start: 0, end: 9, id: 'board' },
      { start: 0, end: 6, id: 'openai' },
    ]);
    const pieces = readerLines('OpenAI董事會', [], mentions)[0]!.runs.map((r) => (r.kind === 'plain' ? [r.piece.text, r.piece.mention] : null));
    expect(pieces).toEqual([['OpenAI', 'openai'], ['董事會', 'board']]);
  });

  test('empty, out-of-range, fractional and overlapping segments are ignored instead of throwing', () => {
    const bad: MarkedSegment[] = [
      { start: 2, end: 2, ids: ['empty'] },
      { start: 3, end: 99, ids: ['beyond'] },
      { start: -1, end: 1, ids: ['negative'] },
      { start: 0.5, end: 1, ids: ['fraction'] },
      { start: 1, end: 3, ids: ['kept'] },
      { start: 2, end: 4, ids: ['overlaps-kept'] },
    ];
    const runs = readerLines('hello', bad, [{ start: 4, end: 9, ids: ['x'] }])[0]!.runs;
    expect(runs.filter((r) => r.kind === 'evidence').map((r) => (r.kind === 'evidence' ? r.relationIds : []))).toEqual([['kept']]);
    expect(runs.every((r) => r.kind === 'evidence' || r.piece.mention === null)).toBe(true);
    expect(rebuilt('hello', bad)).toBe('hello');
  });

  test('for random text and spans, the text survives and a character is in evidence exactly when a span covers it', () => {
    const input = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '馬'), maxLength: 40 }).chain((text) =>
      fc.tuple(fc.constant(text), fc.array(fc.record({ start: fc.nat(text.length), end: fc.nat(text.length), id: fc.constantFrom('r1', 'r2') }), { maxLength: 6 })),
    );
    fc.assert(
      fc.property(input, ([text, raw]) => {
        const spans = raw.filter((s) => s.start <= s.end);
        const segments = mergeSpans(spans);
        expect(rebuilt(text, segments)).toBe(text);
        for (const line of readerLines(text, segments, [])) {
          for (const run of line.runs) {
            const at = run.kind === 'plain' ? run.piece.start : run.start;
            const covering = [...new Set(spans.filter((s) => s.start <= at && at < s.end).map((s) => s.id))].sort();
            expect(run.kind === 'evidence' ? run.relationIds : []).toEqual(covering);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('reader keyboard items', () => {
  // "Ann met Bob.\nCal": "Ann met" backs r1 and starts with the name Ann; "Bob" alone backs r2; Cal is a plain name.
  const text = 'Ann met Bob.\nCal';
  const evidence: MarkedSegment[] = [
    { start: 0, end: 7, ids: ['r1'] },
    { start: 8, end: 11, ids: ['r2'] },
  ];
  const mentions: MarkedSegment[] = [
    { start: 0, end: 3, ids: ['ann'] },
    { start: 8, end: 11, ids: ['bob'] },
    { start: 13, end: 16, ids: ['cal'] },
  ];
  const lines = readerLines(text, evidence, mentions);

  test('items are, in text order: names, one quote piece per passage, and a passage made only of a name once (as its quote)', () => {
    // Ann (name, 0), " met" (quote of r1, 3), Bob (quote-only passage r2, 8), Cal (name, 13).
    expect(itemStarts(lines)).toEqual([0, 3, 8, 13]);
  });

  test('the Tab stop starts at the first item, or at the quote piece of the first passage of an active relation', () => {
    expect(initialTabStop(lines, new Set())).toBe(0);
    expect(initialTabStop(lines, new Set(['r1']))).toBe(3);
    expect(initialTabStop(lines, new Set(['r2', 'r1']))).toBe(3);
    expect(initialTabStop(lines, new Set(['r2']))).toBe(8);
  });

  test('an active relation absent from the text falls back to the first item; a text without marks has no Tab stop', () => {
    expect(initialTabStop(lines, new Set(['nowhere']))).toBe(0);
    expect(initialTabStop(readerLines('plain text', [], []), new Set(['r1']))).toBeNull();
    expect(itemStarts(readerLines('', [], []))).toEqual([]);
  });

  test('the built test article lists every name and passage in increasing text order', () => {
    const starts = itemStarts(readerLines(TEXT, evidenceSpans(graph, SOURCE_ID), mentionSpans(graph, SOURCE_ID)));
    expect(starts.length).toBeGreaterThan(5);
    expect(starts.every((s, i) => i === 0 || s > starts[i - 1]!)).toBe(true);
  });

  test('arrow keys step to the next or previous item without wrapping; Home and End go to the ends', () => {
    expect(movedIndex('ArrowDown', 1, 4)).toBe(2);
    expect(movedIndex('ArrowRight', 1, 4)).toBe(2);
    expect(movedIndex('ArrowUp', 1, 4)).toBe(0);
    expect(movedIndex('ArrowLeft', 1, 4)).toBe(0);
    expect(movedIndex('ArrowDown', 3, 4)).toBe(3);
    expect(movedIndex('ArrowUp', 0, 4)).toBe(0);
    expect(movedIndex('Home', 2, 4)).toBe(0);
    expect(movedIndex('End', 0, 4)).toBe(3);
  });

  test('other keys, no items, or an unknown current item (-1) never move out of range', () => {
    expect(movedIndex('Enter', 1, 4)).toBeNull();
    expect(movedIndex('a', 1, 4)).toBeNull();
    expect(movedIndex('ArrowDown', 0, 0)).toBeNull();
    expect(movedIndex('ArrowDown', -1, 4)).toBe(0);
    expect(movedIndex('ArrowUp', -1, 4)).toBe(0);
  });
});
