// `npm run bench -- --scale --sizes …`: size keys and nodes/edges pairs are read; anything else is refused with the sizes it knows.
import { describe, expect, it } from 'vitest';
import { parseScaleSizes, SCALE_SIZES, verdict } from './scaleArgs.mjs';

describe('parseScaleSizes', () => {
  it('defaults to every size, and picks a subset in the order given', () => {
    expect(parseScaleSizes(['--scale'])).toBe(SCALE_SIZES);
    expect(parseScaleSizes(['--scale', '--sizes', '5k,1k']).map((s: { nodes: number; edges: number }) => [s.nodes, s.edges])).toEqual([
      [5000, 7000],
      [1000, 3000],
    ]);
    expect(parseScaleSizes(['--sizes=50k/150k'])[0]).toMatchObject({ nodes: 50000, edges: 150000 });
  });

  it('refuses an unknown size or a missing list', () => {
    expect(() => parseScaleSizes(['--sizes', '7q'])).toThrow(/unknown size "7q"/);
    expect(() => parseScaleSizes(['--sizes'])).toThrow(/needs a list/);
  });
});

describe('verdict', () => {
  it('compares with a limit or a ratio to the bare page, and says nothing without a target or a value', () => {
    expect(verdict({ max: 10 }, 10)).toBe('PASS');
    expect(verdict({ max: 10 }, 11)).toBe('MISS');
    expect(verdict({ maxRatio: 1.5 }, 160, 100)).toBe('MISS');
    expect(verdict({ maxRatio: 1.5 }, 140, 100)).toBe('PASS');
    expect(verdict(undefined, 5)).toBe('');
    expect(verdict({ max: 10 }, null)).toBe('');
  });
});
