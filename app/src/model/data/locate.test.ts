// Tests for quote location (W3C selectors) and entity mention finding.
import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, evidenceSelector, findMentions, findOccurrences, locateQuote } from './locate';

describe('findOccurrences / locateQuote', () => {
  it('finds overlapping occurrences', () => {
    expect(findOccurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
  });

  it('places a unique quote and rejects an ambiguous one with its count', () => {
    expect(locateQuote('甲乙丙甲乙', '乙丙')).toEqual({ ok: true, start: 1, end: 3 });
    expect(locateQuote('甲乙丙甲乙', '甲乙')).toEqual({ ok: false, reason: 'ambiguous', count: 2 });
    expect(locateQuote('甲乙丙甲乙', '丁')).toEqual({ ok: false, reason: 'not-found', count: 0 });
  });

  it('picks the stated 1-based occurrence and rejects one beyond the count', () => {
    expect(locateQuote('甲乙丙甲乙', '甲乙', 2)).toEqual({ ok: true, start: 3, end: 5 });
    expect(locateQuote('甲乙丙甲乙', '甲乙', 3)).toEqual({ ok: false, reason: 'occurrence-out-of-range', count: 2 });
  });
});

describe('evidenceSelector', () => {
  it('gives exact = text between start and end, and up to 32 units of prefix and suffix', () => {
    const text = `${'前'.repeat(40)}引文${'後'.repeat(40)}`;
    const sel = evidenceSelector('s', text, 40, 42);
    expect(sel.exact).toBe(text.slice(sel.start, sel.end));
    expect(sel.exact).toBe('引文');
    expect(sel.prefix).toBe('前'.repeat(CONTEXT_LENGTH));
    expect(sel.suffix).toBe('後'.repeat(CONTEXT_LENGTH));
  });

  it('keeps short context at the edges of the text', () => {
    const sel = evidenceSelector('s', 'ab引文cd', 2, 4);
    expect([sel.prefix, sel.suffix]).toEqual(['ab', 'cd']);
  });

  it('never cuts a surrogate pair in the prefix or suffix', () => {
    const before = evidenceSelector('s', `${'😀'.repeat(20)}xQ`, 41, 42);
    expect(before.prefix).toBe(`${'😀'.repeat(15)}x`);
    const after = evidenceSelector('s', `Qx${'😀'.repeat(20)}`, 0, 1);
    expect(after.suffix).toBe(`x${'😀'.repeat(15)}`);
  });
});

describe('findMentions', () => {
  it('lets the longest name win where names overlap, with no overlapping mentions', () => {
    const text = '伊隆·馬斯克說,馬斯克還說';
    expect(findMentions('s', text, ['馬斯克', '伊隆·馬斯克'])).toEqual([
      { source: 's', start: 0, end: 6 },
      { source: 's', start: 8, end: 11 },
    ]);
  });

  it('skips names shorter than two characters', () => {
    expect(findMentions('s', '馬說馬', ['馬'])).toEqual([]);
  });

  it('matches Latin names only as whole words', () => {
    const text = 'Meta and Metaverse, OpenAI';
    expect(findMentions('s', text, ['Meta', 'Open'])).toEqual([{ source: 's', start: 0, end: 4 }]);
  });

  it('reports each occurrence once even when a name is listed twice', () => {
    expect(findMentions('s', '微軟與微軟', ['微軟', '微軟'])).toHaveLength(2);
  });
});
