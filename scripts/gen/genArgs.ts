// Command-line arguments of `npm run gen`: --nodes N --edges M [--seed S] --out FILE [--no-positions], each problem in one line.

export class GenArgsError extends Error {
  override readonly name = 'GenArgsError';
}

export interface GenArgs {
  nodes: number;
  edges: number;
  seed: number;
  out: string;
  positions: boolean;
}

export const GEN_USAGE = 'usage: npm run gen -- --nodes N --edges M [--seed S] --out FILE [--no-positions]   (N, M: integers; 1k, 20k, 0.3m allowed)';

const VALUE_FLAGS = new Set(['nodes', 'edges', 'seed', 'out']);

/** "5000", "5k", "0.3m", "300_000" → an integer; anything else is an error naming the flag. */
export function count(flag: string, raw: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(raw.replace(/[_,]/g, ''));
  const n = m === null ? NaN : Number(m[1]) * (m[2]?.toLowerCase() === 'k' ? 1e3 : m[2]?.toLowerCase() === 'm' ? 1e6 : 1);
  if (!Number.isInteger(n) || n < 0) throw new GenArgsError(`--${flag}: expected a whole number (e.g. 5000 or 5k), got ${JSON.stringify(raw)}`);
  return n;
}

export function parseGenArgs(argv: readonly string[]): GenArgs {
  const values = new Map<string, string>();
  let positions = true;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--no-positions') {
      positions = false;
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    const name = m?.[1];
    if (m === null || name === undefined || !VALUE_FLAGS.has(name)) throw new GenArgsError(`unknown argument ${JSON.stringify(arg)}; ${GEN_USAGE}`);
    const value = m[2] ?? argv[(i += 1)];
    if (value === undefined || value.startsWith('--')) throw new GenArgsError(`--${name} needs a value; ${GEN_USAGE}`);
    values.set(name, value);
  }
  for (const required of ['nodes', 'edges', 'out']) if (!values.has(required)) throw new GenArgsError(`--${required} is required; ${GEN_USAGE}`);
  const nodes = count('nodes', values.get('nodes') as string);
  const edges = count('edges', values.get('edges') as string);
  const seed = values.has('seed') ? count('seed', values.get('seed') as string) : 1;
  if (nodes < 2 || nodes > 1_000_000) throw new GenArgsError(`--nodes: expected 2 to 1,000,000, got ${nodes}`);
  if (edges > (nodes * (nodes - 1)) / 2) throw new GenArgsError(`--edges: ${edges} is more than ${nodes} nodes can hold without repeating a pair`);
  if (seed > 0xffffffff) throw new GenArgsError(`--seed: expected at most ${0xffffffff}, got ${seed}`);
  return { nodes, edges, seed, out: values.get('out') as string, positions };
}
