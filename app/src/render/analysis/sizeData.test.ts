// sizeData: score → diameter, with known answers at the ends and the square-root middle.
import { describe, expect, it } from 'vitest';
import { NODE_SIZE, sizeData } from './sizeData';

describe('sizeData', () => {
  it('gives the top score the maximum, zero the minimum, and a quarter score half the span (area ∝ score)', () => {
    const sizes = sizeData(new Map([['a', 0.8], ['b', 0.2], ['c', 0]]), { min: 20, max: 60 });
    expect(sizes.get('a')).toBe(60);
    expect(sizes.get('b')).toBe(40);
    expect(sizes.get('c')).toBe(20);
  });

  it('gives every node the minimum when all scores are zero', () => {
    const sizes = sizeData(new Map([['a', 0], ['b', 0]]));
    expect([...sizes.values()]).toEqual([NODE_SIZE.min, NODE_SIZE.min]);
  });

  it('treats negative and non-finite scores as zero', () => {
    const sizes = sizeData(new Map([['a', 1], ['b', -3], ['c', Number.NaN], ['d', Number.POSITIVE_INFINITY]]), { min: 10, max: 30 });
    expect(sizes.get('a')).toBe(30);
    expect(sizes.get('b')).toBe(10);
    expect(sizes.get('c')).toBe(10);
    expect(sizes.get('d')).toBe(10);
  });

  it('rejects an empty or reversed size range with a message naming it', () => {
    expect(() => sizeData(new Map(), { min: 0, max: 10 })).toThrow(/invalid size range 0\.\.10/);
    expect(() => sizeData(new Map(), { min: 30, max: 10 })).toThrow(RangeError);
  });
});
