// Compiler tests: graph shape and attributes per schema, located evidence, mentions, deterministic output.
import { describe, expect, it } from 'vitest';
import { graphFromDataset } from '../graph';
import { compiledDataset, edgeAttributes, graphAttributes, nodeAttributes } from '../schema';
import { fileURLToPath } from 'node:url';
import { compileDataset, graphOf, serializeDataset } from './compile';
import { findMentions } from './locate';
import { readDataFolder } from './readDataFolder';
import { validDataset } from './validate';
import { DataValidationError } from './errors';
import { edit, fixture, RELATIONS, SOURCE_TEXT } from './fixtures/minimal';
import { anchoredOnly } from '../testing/anchored';

describe('compileDataset', () => {
  const dataset = compileDataset(fixture());
  const graph = dataset.graph;

  it('produces a mixed multi-graph without self-loops that passes the compiledDataset schema', () => {
    expect(compiledDataset.safeParse(dataset).success).toBe(true);
    expect(graph.options).toEqual({ type: 'mixed', multi: true, allowSelfLoops: false });
    for (const node of graph.nodes) expect(Object.keys(node.attributes).sort()).toEqual(Object.keys(nodeAttributes.shape).sort());
    for (const edge of graph.edges) expect(Object.keys(edge.attributes).sort()).toEqual(Object.keys(edgeAttributes.shape).sort());
    expect(Object.keys(graph.attributes).sort()).toEqual(Object.keys(graphAttributes.shape).sort());
  });

  it('keys nodes by entity id and edges by relation id, in file order', () => {
    expect(graph.nodes.map((n) => n.key)).toEqual(['alice', 'bob-corp', 'carol']);
    expect(graph.edges.map((e) => e.key)).toEqual(['rel-alice-founded-bob', 'rel-carol-sued-bob', 'rel-carol-competes-bob']);
  });

  it('stores an undirected type as an undirected edge with source/target as written, others as directed', () => {
    const competes = graph.edges.find((e) => e.key === 'rel-carol-competes-bob');
    expect(competes).toMatchObject({ source: 'carol', target: 'bob-corp', undirected: true });
    expect(competes?.attributes.directed).toBe(false);
    const sued = graph.edges.find((e) => e.key === 'rel-carol-sued-bob');
    expect(sued?.undirected).toBeUndefined();
    expect(sued?.attributes).toMatchObject({ directed: true, category: 'conflict', status: 'claim', claimedBy: 'carol', date: null, dateEnd: null });
  });

  it("uses the type's default stance unless the relation states one", () => {
    const stances = Object.fromEntries(graph.edges.map((e) => [e.key, e.attributes.stance]));
    expect(stances).toEqual({ 'rel-alice-founded-bob': 'neutral', 'rel-carol-sued-bob': 'opposes', 'rel-carol-competes-bob': 'neutral' });
  });

  it('locates every evidence quote so that exact equals the source text between start and end', () => {
    for (const edge of graph.edges) {
      for (const ev of anchoredOnly(edge.attributes.evidence)) {
        const text = dataset.texts[ev.source] ?? '';
        expect(text.slice(ev.start, ev.end)).toBe(ev.exact);
        expect(text.slice(0, ev.start).endsWith(ev.prefix)).toBe(true);
        expect(text.slice(ev.end).startsWith(ev.suffix)).toBe(true);
      }
    }
    expect(graph.edges[1]?.attributes.evidence[0]?.exact).toBe('卡羅爾起訴鮑勃公司');
  });

  it('records node names, aliases and every non-overlapping mention of the names', () => {
    const alice = graph.nodes.find((n) => n.key === 'alice')?.attributes;
    expect(alice).toMatchObject({ kind: 'person', label: 'Alice Smith', labelZh: '愛麗絲', aliases: ['Alice', '愛麗', '爱丽丝'] });
    const mentioned = alice?.mentions.map((m) => SOURCE_TEXT.slice(m.start, m.end));
    expect(mentioned).toEqual(['愛麗絲', 'Alice Smith']);
    const bob = graph.nodes.find((n) => n.key === 'bob-corp')?.attributes;
    expect(bob?.mentions).toHaveLength(SOURCE_TEXT.split('鮑勃公司').length - 1);
  });

  it('carries the sources (without file name, with text length) and the vocabulary as graph attributes', () => {
    expect(graph.attributes.sources).toEqual([
      expect.objectContaining({ id: 'test-source', language: 'zh-Hant', published: '2024-03-18', length: SOURCE_TEXT.length }),
    ]);
    expect(graph.attributes.sources[0]).not.toHaveProperty('file');
    expect(graph.attributes.vocabulary.relationTypes.map((t) => t.id)).toEqual(['co-founded', 'sued', 'competes-with']);
    expect(dataset.texts).toEqual({ 'test-source': SOURCE_TEXT });
  });

  it('loads back into a Graphology graph with graphFromDataset', () => {
    const model = graphFromDataset(dataset);
    expect([model.order, model.size, model.undirectedSize]).toEqual([3, 3, 1]);
  });

  it('writes byte-identical output for the same input', () => {
    expect(serializeDataset(compileDataset(fixture()))).toBe(serializeDataset(compileDataset(fixture())));
  });

  it('throws a DataValidationError (matched by name) on invalid data', () => {
    expect(() => compileDataset(fixture({ relations: edit(RELATIONS, 'type: sued', 'type: sues') }))).toThrow(
      expect.objectContaining({ name: 'DataValidationError' }) as DataValidationError,
    );
  });
});

describe('graphOf mentions in one pass', () => {
  it('gives every entity of the real graph-data/ the same mentions as the finder run entity by entity', () => {
    const data = validDataset(readDataFolder(fileURLToPath(new URL('../../../..', import.meta.url))));
    // A wrapper is not `findMentions` itself, so graphOf asks it entity by entity, as it did before the one pass.
    const byEntity = graphOf(data, (source, text, names) => findMentions(source, text, names));
    const onePass = graphOf(data);
    expect(onePass.order).toBe(data.entities.length);
    let mentioned = 0;
    onePass.forEachNode((id, attrs) => {
      expect(attrs.mentions, id).toEqual(byEntity.getNodeAttribute(id, 'mentions'));
      mentioned += attrs.mentions.length;
    });
    expect(mentioned).toBeGreaterThan(100);
  });
});
