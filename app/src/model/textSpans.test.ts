// Tests for paragraphs around a span, merging overlapping spans, and cutting text into marked pieces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnknownElementError } from './modelErrors';
import { evidenceAt, evidenceSpans, mentionSpans, mergeSpans, paragraphAround, segmentText, type Span } from './textSpans';
import { MINI_SOURCE_ID, MINI_TEXT, buildMiniGraph } from './testing/miniGraph';
import { anchoredOnly } from './testing/anchored';

const g = buildMiniGraph();

describe('paragraphAround', () => {
  it('returns the line holding the span with the span’s offsets relative to it', () => {
    const text = 'first line\nsecond has the quote here\nthird';
    const start = text.indexOf('the quote');
    const p = paragraphAround(text, start, start + 'the quote'.length);
    expect(p.text).toBe('second has the quote here');
    expect(p.text.slice(p.spanStart, p.spanEnd)).toBe('the quote');
    expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('handles spans at the very start and end of the text and spans crossing lines', () => {
    const text = 'ab\ncd\nef';
    expect(paragraphAround(text, 0, 1).text).toBe('ab');
    expect(paragraphAround(text, 7, 8).text).toBe('ef');
    expect(paragraphAround(text, 4, 7).text).toBe('cd\nef');
  });

  it('drops a trailing carriage return of CRLF text', () => {
    expect(paragraphAround('ab\r\ncd', 0, 2).text).toBe('ab');
  });

  it('finds each evidence quote of the mini graph inside its paragraph', () => {
    g.forEachEdge((_e, a) => {
      for (const ev of anchoredOnly(a.evidence)) {
        const p = paragraphAround(MINI_TEXT, ev.start, ev.end);
        expect(p.text.slice(p.spanStart, p.spanEnd)).toBe(ev.exact);
        expect(p.text.includes('\n')).toBe(false);
      }
    });
  });

  it('rejects ranges outside the text, reversed or fractional, naming the range', () => {
    expect(() => paragraphAround('abc', 2, 9)).toThrow('paragraphAround: [2, 9) is not a range inside a text of length 3');
    expect(() => paragraphAround('abc', 2, 1)).toThrow(RangeError);
    expect(() => paragraphAround('abc', -1, 1)).toThrow(RangeError);
    expect(() => paragraphAround('abc', 0.5, 1)).toThrow(RangeError);
  });
});

describe('mergeSpans', () => {
  it('splits overlapping spans into segments listing every id that covers them', () => {
    expect(mergeSpans([{ start: 0, end: 10, id: 'a' }, { start: 5, end: 15, id: 'b' }])).toEqual([
      { start: 0, end: 5, ids: ['a'] },
      { start: 5, end: 10, ids: ['a', 'b'] },
      { start: 10, end: 15, ids: ['b'] },
    ]);
  });

  it('joins touching spans of one id and drops empty spans', () => {
    expect(mergeSpans([{ start: 0, end: 3, id: 'a' }, { start: 3, end: 6, id: 'a' }, { start: 8, end: 8, id: 'b' }])).toEqual([
      { start: 0, end: 6, ids: ['a'] },
    ]);
  });

  it('agrees with a character-by-character count for any spans', () => {
    const span = fc.record({ start: fc.nat(40), len: fc.nat(15), id: fc.constantFrom('a', 'b', 'c') });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (raw) => {
        const spans: Span[] = raw.map((s) => ({ start: s.start, end: s.start + s.len, id: s.id }));
        const segs = mergeSpans(spans);
        for (let i = 1; i < segs.length; i++) if (segs[i]!.start < segs[i - 1]!.end) return false;
        for (let x = 0; x < 60; x++) {
          const expected = [...new Set(spans.filter((s) => s.start <= x && x < s.end).map((s) => s.id))].sort();
          const seg = segs.find((s) => s.start <= x && x < s.end);
          if (JSON.stringify(seg?.ids ?? []) !== JSON.stringify(expected)) return false;
        }
        return true;
      }),
    );
  });

  it('rejects a reversed span, naming its index and id', () => {
    expect(() => mergeSpans([{ start: 0, end: 1, id: 'ok' }, { start: 5, end: 2, id: 'bad' }])).toThrow(/span 1 \('bad'\)/);
  });
});

describe('evidence and mention spans of a source', () => {
  it('lists under each evidence segment exactly the relations whose quotes cover it', () => {
    const segs = evidenceSpans(g, MINI_SOURCE_ID);
    const quote = anchoredOnly(g.getEdgeAttribute('musk-cofounded-openai', 'evidence'))[0]!;
    const shared = segs.find((s) => s.start === quote.start && s.end === quote.end);
    expect(shared?.ids).toEqual(['altman-cofounded-openai', 'musk-cofounded-openai']);
    for (const s of segs) {
      for (const id of s.ids) {
        expect(anchoredOnly(g.getEdgeAttribute(id, 'evidence')).some((e) => e.start <= s.start && s.end <= e.end)).toBe(true);
      }
    }
  });

  it('keeps a quote nested inside another as its own segment with both relations', () => {
    const inner = anchoredOnly(g.getEdgeAttribute('musk-filed-lawsuit', 'evidence'))[0]!;
    const seg = evidenceSpans(g, MINI_SOURCE_ID).find((s) => s.start === inner.start);
    expect(seg?.ids).toEqual(['musk-filed-lawsuit', 'musk-sued-openai']);
  });

  it('lists mentions with the entity they name', () => {
    for (const s of mentionSpans(g, MINI_SOURCE_ID)) {
      for (const id of s.ids) {
        const a = g.getNodeAttributes(id);
        expect([a.label, a.labelZh, ...a.aliases].some((n) => n.includes(MINI_TEXT.slice(s.start, s.end)))).toBe(true);
      }
    }
  });

  it('finds the evidence items under an offset as relation + evidence index', () => {
    const second = anchoredOnly(g.getEdgeAttribute('musk-sued-openai', 'evidence'))[1]!;
    expect(evidenceAt(g, MINI_SOURCE_ID, second.start)).toContainEqual({ relation: 'musk-sued-openai', evidence: 1 });
    expect(evidenceAt(g, MINI_SOURCE_ID, MINI_TEXT.length)).toEqual([]);
  });

  it('throws UnknownElementError for an unknown source', () => {
    expect(() => evidenceSpans(g, 'elsewhere')).toThrow("evidenceSpans: unknown source 'elsewhere'");
    expect(() => mentionSpans(g, 'elsewhere')).toThrow(UnknownElementError);
  });
});

describe('segmentText', () => {
  it('cuts the article into pieces that join back to the exact text', () => {
    const pieces = segmentText(MINI_TEXT, { relations: evidenceSpans(g, MINI_SOURCE_ID), entities: mentionSpans(g, MINI_SOURCE_ID) });
    expect(pieces.map((p) => p.text).join('')).toBe(MINI_TEXT);
    expect(pieces.some((p) => p.marks.relations.length > 0 && p.marks.entities.length > 0)).toBe(true);
    expect(pieces.some((p) => p.marks.relations.length === 0 && p.marks.entities.length === 0)).toBe(true);
  });

  it('marks each piece with the ids of the segment covering it in every layer', () => {
    const pieces = segmentText('0123456789', {
      a: [{ start: 2, end: 6, ids: ['x'] }],
      b: [{ start: 4, end: 8, ids: ['y'] }],
    });
    expect(pieces.map((p) => [p.text, p.marks.a, p.marks.b])).toEqual([
      ['01', [], []],
      ['23', ['x'], []],
      ['45', ['x'], ['y']],
      ['67', [], ['y']],
      ['89', [], []],
    ]);
  });

  it('gives one plain piece for a text without marks and none for an empty text', () => {
    expect(segmentText('abc', {})).toEqual([{ start: 0, end: 3, text: 'abc', marks: {} }]);
    expect(segmentText('', { a: [] })).toEqual([]);
  });

  it('rejects segments past the end of the text or overlapping ones, naming layer and index', () => {
    expect(() => segmentText('abc', { a: [{ start: 1, end: 9, ids: ['x'] }] })).toThrow(/layer 'a' segment 0/);
    expect(() =>
      segmentText('abcdef', { a: [{ start: 0, end: 4, ids: ['x'] }, { start: 2, end: 5, ids: ['y'] }] }),
    ).toThrow(/layer 'a' segment 1 starts at 2/);
  });
});
