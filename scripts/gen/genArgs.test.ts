// `npm run gen` arguments: counts with k/m suffixes, defaults, and one-line errors for anything wrong.
import { describe, expect, it } from 'vitest';
import { GenArgsError, parseGenArgs } from './genArgs';

describe('parseGenArgs', () => {
  it('reads counts (plain, 20k, 0.3m), the seed (default 1), the output and --no-positions', () => {
    expect(parseGenArgs(['--nodes', '20k', '--edges=0.06m', '--out', 'g.json'])).toEqual({ nodes: 20000, edges: 60000, seed: 1, out: 'g.json', positions: true });
    expect(parseGenArgs(['--nodes', '100', '--edges', '300', '--seed', '9', '--out', 'x', '--no-positions'])).toMatchObject({ seed: 9, positions: false });
  });

  it('refuses unknown flags, missing values, bad numbers and impossible edge counts', () => {
    const refuse = (argv: string[]) => expect(() => parseGenArgs(argv)).toThrow(GenArgsError);
    refuse(['--nodes', '10', '--edges', '5']);
    refuse(['--nodes', '10', '--edges', '5', '--out', 'x', '--colour', 'red']);
    refuse(['--nodes', 'ten', '--edges', '5', '--out', 'x']);
    refuse(['--nodes', '10', '--edges', '--out', 'x']);
    refuse(['--nodes', '1.5', '--edges', '1', '--out', 'x']);
    refuse(['--nodes', '4', '--edges', '7', '--out', 'x']);
  });
});
