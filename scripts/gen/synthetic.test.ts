// The generator: same arguments give the same bytes; the bundle opens without any issue; every feature has material; communities and hubs.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { describe, expect, it } from 'vitest';
import { fromBundle, parseBundle } from '../../app/src/model/bundle/fromBundle';
import { toBundle } from '../../app/src/model/bundle/toBundle';
import { emptyReport } from '../../app/src/model/import/report';
import { isAnchored, type CompiledDataset } from '../../app/src/model/schema';
import { bundleChunks } from './bundleChunks';
import { prng } from './prng';
import { makeShape } from './shape';
import { quotedCount, syntheticDataset } from './synthetic';

const text = async (nodes: number, edges: number, seed: number): Promise<string> =>
  [...bundleChunks(toBundle(await syntheticDataset({ nodes, edges, seed })), { positions: true })].join('');

describe('determinism', () => {
  it('writes byte-identical bundles for the same arguments, and different ones for another seed', async () => {
    const a = await text(400, 1000, 7);
    const b = await text(400, 1000, 7);
    expect(a).toBe(b);
    expect(await text(400, 1000, 8)).not.toBe(a);
  });
});

describe('bundle', () => {
  const options = { nodes: 600, edges: 1500, seed: 3 };

  it('is the dataset as toBundle writes it, one element per line, and --no-positions leaves out x/y only', async () => {
    const dataset = await syntheticDataset(options);
    const bundle = toBundle(dataset);
    const written = [...bundleChunks(bundle, { positions: true, batch: 7 })].join('');
    expect(JSON.parse(written)).toStrictEqual(JSON.parse(JSON.stringify(bundle)));
    expect(written.split('\n').length).toBeGreaterThan(options.nodes + options.edges);
    const bare = JSON.parse([...bundleChunks(bundle, { positions: false })].join('')) as { entities: Record<string, unknown>[] };
    expect(bare.entities.every((e) => !('x' in e) && !('y' in e))).toBe(true);
    expect(bare.entities.map((e) => e['id'])).toEqual(bundle.entities.map((e) => e.id));
  });

  it('opens with fromBundle without a single issue: every quote anchored where it was written, the same graph back', async () => {
    const dataset = await syntheticDataset(options);
    const written = [...bundleChunks(toBundle(dataset), { positions: true })].join('');
    const report = emptyReport();
    const opened = await fromBundle(parseBundle('g.json', written), report, { file: 'g.json' });
    expect(report.issues).toEqual([]);
    const quotes = dataset.graph.edges.reduce((n, e) => n + e.attributes.evidence.length, 0);
    expect(quotes).toBeGreaterThanOrEqual(quotedCount(options.edges));
    expect(report.counts).toMatchObject({ entities: options.nodes, relations: options.edges, anchored: quotes, unanchored: 0, skippedRelations: 0 });
    // Mentions are the one thing opening adds (the generator leaves them to the app).
    const withoutMentions = (d: CompiledDataset) => d.graph.nodes.map((n) => ({ ...n, attributes: { ...n.attributes, mentions: [] } }));
    expect(withoutMentions(opened)).toStrictEqual(withoutMentions(dataset));
    expect(opened.graph.edges).toStrictEqual(dataset.graph.edges);
    expect(opened.texts).toStrictEqual(dataset.texts);
    expect(opened.graph.nodes.filter((n) => n.attributes.mentions.length > 0).length).toBeGreaterThan(100);
  });

  it('has material for every feature: kinds incl. a custom one, categories, partial dates, ranges, claims, stances, sources', async () => {
    const { graph, texts } = await syntheticDataset(options);
    const kinds = new Set(graph.nodes.map((n) => n.attributes.kind));
    for (const k of ['person', 'organization', 'product', 'event', 'document', 'group', 'vessel']) expect(kinds).toContain(k);
    expect(graph.attributes.vocabulary.kinds.find((k) => k.id === 'vessel')?.color).toMatch(/^#[0-9a-f]{6}$/);
    const edges = graph.edges.map((e) => e.attributes);
    expect(new Set(edges.map((e) => e.category)).size).toBeGreaterThanOrEqual(9);
    expect(new Set(edges.map((e) => e.type)).size).toBeGreaterThanOrEqual(20);
    const precisions = new Set(edges.map((e) => (e.date === null ? 'none' : e.date.length)));
    expect([...precisions].sort()).toEqual([10, 4, 7, 'none'].sort());
    expect(edges.some((e) => e.dateEnd !== null && e.date !== null && e.dateEnd > e.date)).toBe(true);
    const claims = edges.filter((e) => e.status === 'claim');
    expect(claims.length).toBeGreaterThan(edges.length * 0.05);
    expect(claims.some((e) => e.claimedBy !== null) && claims.some((e) => e.claimedBy === null)).toBe(true);
    expect(new Set(edges.map((e) => e.stance))).toEqual(new Set(['supports', 'opposes', 'neutral']));
    expect(graph.edges.some((e) => e.undirected === true)).toBe(true);
    expect(edges.some((e) => e.evidence.length > 1)).toBe(true);
    // Several sources, English and Chinese, each holding quotes; every quote is anchored in its own source's text.
    expect(graph.attributes.sources.length).toBeGreaterThanOrEqual(4);
    expect(new Set(graph.attributes.sources.map((s) => s.language))).toEqual(new Set(['en', 'zh-Hant']));
    for (const s of graph.attributes.sources) expect(edges.some((e) => e.evidence.some((q) => q.source === s.id))).toBe(true);
    for (const q of edges.flatMap((e) => e.evidence)) {
      expect(isAnchored(q)).toBe(true);
      if (isAnchored(q)) expect(texts[q.source]?.slice(q.start, q.end)).toBe(q.exact);
    }
  });

  it('keeps the texts readable in size as the graph grows', async () => {
    const { graph, texts } = await syntheticDataset({ nodes: 3000, edges: 9000, seed: 1 });
    const lengths = Object.values(texts).map((t) => t.length);
    expect(lengths.length).toBe(graph.attributes.sources.length);
    expect(Math.max(...lengths)).toBeLessThan(80_000);
    expect(Math.min(...lengths)).toBeGreaterThan(2_000);
  });
});

describe('shape', () => {
  it('gives exactly the asked number of edges, no self-loop or repeated pair, connected when edges ≥ nodes − 1', () => {
    const { edges } = makeShape(prng(1), 2000, 5000);
    expect(edges.length).toBe(5000);
    const pairs = new Set(edges.map(([a, b]) => (a < b ? `${a}-${b}` : `${b}-${a}`)));
    expect(pairs.size).toBe(5000);
    expect(edges.every(([a, b]) => a !== b)).toBe(true);
    const adjacency = Array.from({ length: 2000 }, () => [] as number[]);
    for (const [a, b] of edges) {
      adjacency[a]?.push(b);
      adjacency[b]?.push(a);
    }
    const seen = new Set([0]);
    const queue = [0];
    while (queue.length > 0) {
      for (const n of adjacency[queue.pop() as number] ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        queue.push(n);
      }
    }
    expect(seen.size).toBe(2000);
  });

  it('has communities Louvain finds (high modularity) and hubs (a power-law-ish degree spread)', () => {
    const { edges } = makeShape(prng(5), 3000, 9000);
    const graph = new Graph({ type: 'undirected' });
    for (let i = 0; i < 3000; i += 1) graph.addNode(String(i));
    for (const [a, b] of edges) graph.addEdge(String(a), String(b));
    const result = louvain.detailed(graph, { rng: prng(1) });
    expect(result.count).toBeGreaterThanOrEqual(10);
    expect(result.modularity).toBeGreaterThan(0.6);
    const degrees = graph.mapNodes((n) => graph.degree(n)).sort((a, b) => a - b);
    const median = degrees[Math.floor(degrees.length / 2)] as number;
    expect(degrees[degrees.length - 1]).toBeGreaterThan(median * 10);
  });
});
