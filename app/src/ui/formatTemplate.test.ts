// The shared templating: fills known placeholders, leaves unknown and prototype names alone.
import { describe, expect, it } from 'vitest';
import { format } from './formatTemplate';

describe('format', () => {
  it('fills {name} placeholders from the values and leaves unknown ones as written', () => {
    expect(format('{n} of {total} ({x})', { n: 3, total: 10 })).toBe('3 of 10 ({x})');
  });
  it('never fills a placeholder from Object.prototype ({constructor}, {toString})', () => {
    expect(format('{constructor}/{toString}', {})).toBe('{constructor}/{toString}');
  });
  it('inserts values as plain text, markup included, without interpreting them', () => {
    expect(format('name: {v}', { v: '<img src=x onerror=alert(1)>' })).toBe('name: <img src=x onerror=alert(1)>');
  });
});
