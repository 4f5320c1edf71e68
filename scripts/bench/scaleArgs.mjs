// `npm run bench -- --scale [--sizes 1k,5k,20k,100k]`: which generated sizes to bench (nodes/edges), and the targets for each.

/** The sizes of issue 11's bench: 1k, 5k (shaped like Gephi's Power Grid sample: ≈ 5k nodes / 7k edges), 20k/60k, 100k/300k. */
export const SCALE_SIZES = [
  { key: '1k', nodes: 1000, edges: 3000, label: '1k nodes / 3k edges' },
  { key: '5k', nodes: 5000, edges: 7000, label: '5k nodes / 7k edges (Power Grid shape)' },
  { key: '20k', nodes: 20000, edges: 60000, label: '20k nodes / 60k edges' },
  { key: '100k', nodes: 100000, edges: 300000, label: '100k nodes / 300k edges' },
];

const count = (raw) => {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(raw);
  if (m === null) return NaN;
  return Math.round(Number(m[1]) * (m[2].toLowerCase() === 'k' ? 1e3 : m[2].toLowerCase() === 'm' ? 1e6 : 1));
};

/** `--sizes 1k,5k` (keys above) or `--sizes 50k/150k` (nodes/edges); default: all four. Throws on anything else. */
export function parseScaleSizes(argv) {
  const i = argv.findIndex((a) => a === '--sizes' || a.startsWith('--sizes='));
  if (i === -1) return SCALE_SIZES;
  const raw = argv[i].includes('=') ? argv[i].slice('--sizes='.length) : argv[i + 1];
  if (raw === undefined || raw === '' || raw.startsWith('--')) throw new Error(`--sizes needs a list, e.g. --sizes ${SCALE_SIZES.map((s) => s.key).join(',')}`);
  return raw.split(',').map((part) => {
    const known = SCALE_SIZES.find((s) => s.key === part.trim().toLowerCase());
    if (known) return known;
    const m = /^([^/]+)\/([^/]+)$/.exec(part.trim());
    const nodes = m ? count(m[1]) : NaN;
    const edges = m ? count(m[2]) : NaN;
    if (!Number.isInteger(nodes) || !Number.isInteger(edges) || nodes < 2 || edges < 1) {
      throw new Error(`--sizes: unknown size ${JSON.stringify(part)} (use ${SCALE_SIZES.map((s) => s.key).join(', ')} or nodes/edges such as 50k/150k)`);
    }
    return { key: part.trim(), nodes, edges, label: `${nodes} nodes / ${edges} edges` };
  });
}

/**
 * Issue 11's targets (medians, this machine). Each is {max (ms or MB)} or {maxRatio} against the bare tuned page. They
 * live in the bench only: the tests never time anything.
 */
export const SCALE_TARGETS = {
  '5k': {
    firstFrame: { maxRatio: 1.5, text: '≤ 1.5× bare' },
    panZoom: { max: 50, text: '≤ 50 ms' },
    select: { max: 100, text: '≤ 100 ms' },
    filter: { max: 300, text: '≤ 300 ms' },
    search: { max: 50, text: '≤ 50 ms' },
  },
  '20k': {
    firstFrame: { max: 3000, text: 'overview ≤ 3 s' },
    panZoom: { max: 50, text: '≤ 50 ms' },
    select: { max: 100, text: '≤ 100 ms' },
    filter: { max: 300, text: '≤ 300 ms' },
    search: { max: 50, text: '≤ 50 ms' },
  },
  '100k': {
    parsedIndexed: { max: 10_000, text: '≤ 10 s' },
    overviewAfter: { max: 3000, text: '≤ 3 s after' },
    panZoom: { max: 50, text: '≤ 50 ms' },
    select: { max: 150, text: '≤ 150 ms' },
    filter: { max: 500, text: '≤ 500 ms' },
    search: { max: 100, text: '≤ 100 ms' },
    heap: { max: 1536, text: '≤ 1.5 GB' },
  },
};
/** No main-thread task above this during import or interaction, except Cytoscape's own first draw (every size). */
export const LONG_TASK_MAX = 200;

/** 'PASS', 'MISS' or '' (no target, or nothing measured). */
export function verdict(target, value, bare) {
  if (!target || value === null || value === undefined) return '';
  if (target.maxRatio !== undefined) return bare ? (value / bare <= target.maxRatio ? 'PASS' : 'MISS') : '';
  return value <= target.max ? 'PASS' : 'MISS';
}
