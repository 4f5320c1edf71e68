// PDF text helpers: which text the standard fonts can encode, and line breaking for Latin and CJK.
import { describe, expect, it } from 'vitest';
import { isPdfLatin, wrapText } from './textImage';

const measure = (s: string): number => [...s].reduce((w, ch) => w + (/[\u4e00-\u9fff]/u.test(ch) ? 10 : 5), 0);

describe('isPdfLatin', () => {
  it('accepts ASCII, Latin-1 and cp1252 punctuation such as curly quotes and dashes', () => {
    expect(isPdfLatin('Musk → OpenAI')).toBe(false);
    expect(isPdfLatin('Musk sued OpenAI — “claims” café 2015–2024')).toBe(true);
  });
  it('rejects Chinese, emoji and control characters', () => {
    expect(isPdfLatin('馬斯克')).toBe(false);
    expect(isPdfLatin('hi 🙂')).toBe(false);
    expect(isPdfLatin('a\u0007b')).toBe(false);
  });
});

describe('wrapText', () => {
  it('breaks Latin text between words and never exceeds the width', () => {
    const lines = wrapText('alpha beta gamma delta epsilon', 60, measure);
    expect(lines.join(' ')).toBe('alpha beta gamma delta epsilon');
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(60);
    expect(lines.length).toBeGreaterThan(1);
  });
  it('breaks Chinese text between any two characters and keeps every character', () => {
    const text = '馬斯克起訴OpenAI違反創始協議並要求公開';
    const lines = wrapText(text, 50, measure);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(50);
  });
  it('splits a single word longer than the line instead of overflowing', () => {
    const lines = wrapText('x'.repeat(30), 40, measure);
    expect(lines.join('')).toBe('x'.repeat(30));
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(40);
  });
  it('keeps explicit line breaks', () => {
    expect(wrapText('a\nb', 100, measure)).toEqual(['a', 'b']);
  });
});
