// fromBundle / parseBundle: every change to the data is reported (ids, hashes, moved or missing quotes, vocabulary), bad files refused.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CAPS, emptyReport, ImportError } from '../import/report';
import { isAnchored, type CompiledEvidence } from '../schema';
import { fromBundle, parseBundle } from './fromBundle';
import type { BundleInput } from './schema';
import { sha256OfText } from './sha256';

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
});

const TEXT = 'Alice met Bob. Later Alice sued Bob. Alice sued Bob again in court.';

function bundle(overrides: Partial<BundleInput> = {}): BundleInput {
  return {
    format: 'evidence-graph-bundle',
    version: 1,
    name: 'test',
    sources: [{ id: 'src', title: { en: 'Source', zh: '來源' }, language: 'en', text: TEXT }],
    vocabulary: {
      kinds: [{ id: 'person', label: { en: 'Person', zh: '人物' }, plural: { en: 'People', zh: '人物' } }],
      categories: [{ id: 'conflict', label: { en: 'Conflict', zh: '衝突' } }],
      relationTypes: [{ id: 'sued', label: { en: 'sued', zh: '起訴' }, category: 'conflict', directed: true, defaultStance: 'opposes' }],
    },
    entities: [
      { id: 'alice', kind: 'person', name: { en: 'Alice', zh: '愛麗絲' }, aliases: [], description: { en: '', zh: '' }, x: 0, y: 0 },
      { id: 'bob', kind: 'person', name: { en: 'Bob', zh: '鮑伯' }, aliases: [], description: { en: '', zh: '' }, x: 10, y: 0 },
    ],
    relations: [
      {
        id: 'r1',
        type: 'sued',
        source: 'alice',
        target: 'bob',
        directed: true,
        stance: 'opposes',
        status: 'fact',
        summary: { en: 'Alice sued Bob', zh: '愛麗絲起訴鮑伯' },
        evidence: [{ source: 'src', exact: 'sued Bob', prefix: 'Later Alice ', suffix: '. Alice', start: 27, end: 35 }],
      },
    ],
    ...overrides,
  };
}

async function open(input: BundleInput) {
  const report = emptyReport();
  const dataset = await fromBundle(parseBundle('b.json', JSON.stringify(input)), report, { file: 'b.json' });
  return { dataset, report, codes: report.issues.map((i) => i.code) };
}

const firstEvidence = (d: Awaited<ReturnType<typeof open>>['dataset']): CompiledEvidence => d.graph.edges[0]?.attributes.evidence[0] as CompiledEvidence;

describe('fromBundle', () => {
  it('reads a well-formed bundle without issues: hash computed, quote anchored, mentions found', async () => {
    const { dataset, report } = await open(bundle());
    expect(report.issues).toEqual([]);
    expect(dataset.graph.attributes.sources[0]?.sha256).toBe(await sha256OfText(TEXT));
    expect(dataset.graph.attributes.sources[0]?.length).toBe(TEXT.length);
    expect(firstEvidence(dataset)).toMatchObject({ start: 27, end: 35, exact: 'sued Bob' });
    expect(dataset.graph.nodes[0]?.attributes.mentions.map((m) => m.start)).toEqual([0, 21, 37]);
    expect(report.counts).toMatchObject({ sources: 1, entities: 2, relations: 1, evidence: 1, anchored: 1, unanchored: 0 });
  });

  it('re-anchors a moved quote from exact + prefix + suffix, choosing the occurrence whose context matches', async () => {
    const b = bundle();
    // Positions point at nothing useful; the context names the second "sued Bob" (after "Alice ", before " again").
    b.relations[0]!.evidence = [{ source: 'src', exact: 'sued Bob', prefix: '. Alice ', suffix: ' again', start: 0, end: 8 }];
    const { dataset, codes } = await open(b);
    expect(codes).toEqual(['quote-moved']);
    const e = firstEvidence(dataset);
    expect(isAnchored(e) && TEXT.slice(e.start, e.end)).toBe('sued Bob');
    expect(isAnchored(e) && e.start).toBe(TEXT.indexOf('sued Bob again'));
  });

  it('keeps a quote that is not in its text, unanchored, with a warning naming it', async () => {
    const b = bundle();
    b.relations[0]!.evidence = [{ source: 'src', exact: 'sued Carol', prefix: '', suffix: '', start: 27, end: 37 }];
    const { dataset, report } = await open(b);
    expect(firstEvidence(dataset)).toEqual({ source: 'src', exact: 'sued Carol', anchored: false });
    expect(report.issues[0]).toMatchObject({ severity: 'warning', code: 'quote-not-found', where: { file: 'b.json', column: 'relations[0].evidence[0]' } });
    expect(report.issues[0]?.message.en).toContain('"sued Carol"');
    expect(report.counts.unanchored).toBe(1);
  });

  it('warns about a sha256 that does not match the text and replaces it', async () => {
    const b = bundle();
    b.sources[0]!.sha256 = 'a'.repeat(64);
    const { dataset, codes } = await open(b);
    expect(codes).toEqual(['sha256-mismatch']);
    expect(dataset.graph.attributes.sources[0]?.sha256).toBe(await sha256OfText(TEXT));
  });

  it('keeps an anchored quote of a source without text as unanchored, and drops a hash that has no text', async () => {
    const b = bundle();
    b.sources[0] = { id: 'src', title: { en: 'Source', zh: '來源' }, language: 'en', sha256: 'b'.repeat(64), url: 'https://example.org/a' };
    const { dataset, codes } = await open(b);
    expect(codes).toEqual(['sha256-without-text', 'no-source-text']);
    expect(dataset.graph.attributes.sources[0]).toEqual({ id: 'src', title: { en: 'Source', zh: '來源' }, language: 'en', url: 'https://example.org/a' });
    expect(dataset.texts).toEqual({});
    expect(isAnchored(firstEvidence(dataset))).toBe(false);
  });

  it('renames __proto__, constructor and prototype ids (entities, relations, sources) and follows the references', async () => {
    const b = bundle();
    b.sources[0]!.id = '__proto__';
    b.entities[0]!.id = '__proto__';
    b.entities[1]!.id = 'constructor';
    b.entities.push({ id: 'id-__proto__', kind: 'person', name: { en: 'X', zh: 'X' }, aliases: [], description: { en: '', zh: '' }, x: 5, y: 5 });
    b.relations[0] = { ...b.relations[0]!, id: 'prototype', source: '__proto__', target: 'constructor', status: 'claim', claimedBy: 'constructor' };
    b.relations[0].evidence = [{ ...(b.relations[0].evidence[0] as { source: string }), source: '__proto__' } as never];
    const { dataset, report } = await open(b);
    expect(dataset.graph.nodes.map((n) => n.key)).toEqual(['id-__proto__-2', 'id-constructor', 'id-__proto__']);
    expect(dataset.graph.edges[0]).toMatchObject({ key: 'id-prototype', source: 'id-__proto__-2', target: 'id-constructor' });
    expect(dataset.graph.edges[0]?.attributes.claimedBy).toBe('id-constructor');
    expect(Object.keys(dataset.texts)).toEqual(['id-__proto__']);
    expect(isAnchored(firstEvidence(dataset))).toBe(true);
    expect(report.issues.filter((i) => i.code === 'renamed-id')).toHaveLength(4);
  });

  it('skips self-loops, relations to missing entities and repeated ids, each reported and counted', async () => {
    const b = bundle();
    const r = b.relations[0]!;
    b.relations.push({ ...r, id: 'r2', target: 'alice' }, { ...r, id: 'r3', target: 'Bobb' }, { ...r }, { ...r, id: 'r4' });
    b.entities.push({ ...b.entities[0]! });
    const { dataset, report, codes } = await open(b);
    expect(dataset.graph.edges.map((e) => e.key)).toEqual(['r1', 'r4']);
    expect(codes).toEqual(['duplicate-id', 'self-loop', 'unknown-entity', 'duplicate-id']);
    expect(report.counts).toMatchObject({ relations: 2, skippedRelations: 3, skippedEntities: 1 });
  });

  it('adds unknown kinds and relation types to the vocabulary (type in category "other") with a warning', async () => {
    const b = bundle();
    b.entities[0]!.kind = 'vessel';
    b.relations[0]!.type = 'chartered';
    const { dataset, codes } = await open(b);
    expect(codes).toEqual(['unknown-kind', 'unknown-type']);
    const v = dataset.graph.attributes.vocabulary;
    expect(v.kinds.map((k) => k.id)).toContain('vessel');
    expect(v.relationTypes.find((t) => t.id === 'chartered')).toMatchObject({ category: 'other' });
    expect(v.categories.map((c) => c.id)).toContain('other');
    expect(dataset.graph.edges[0]?.attributes.category).toBe('other');
  });

  it('lays the graph out when an entity has no position, and says so', async () => {
    const b = bundle();
    delete b.entities[0]!.x;
    const { dataset, codes } = await open(b);
    expect(codes).toEqual(['laid-out']);
    const [a, c] = dataset.graph.nodes.map((n) => n.attributes);
    expect(a?.px).toBeTypeOf('number');
    expect(a?.x).not.toBe(c?.x);
  });
});

describe('parseBundle refuses what it cannot read, with one clear fatal error', () => {
  const refuse = (text: string): ImportError => {
    try {
      parseBundle('b.json', text);
    } catch (e) {
      if (e instanceof ImportError) return e;
      throw e;
    }
    throw new Error('accepted');
  };
  it('invalid JSON', () => {
    expect(refuse('{"format": ').code).toBe('invalid-json');
  });
  it('a newer version, naming both versions', () => {
    const e = refuse(JSON.stringify({ ...bundle(), version: 2 }));
    expect(e.code).toBe('bundle-version');
    expect(e.messages.en).toMatch(/version 2 .*version 1/);
  });
  it('stories that are not stories (their shape), each problem with its JSON path', () => {
    const e = refuse(JSON.stringify({ ...bundle(), stories: [{ id: 'Bad Id', title: { en: 'T', zh: 'T' }, steps: [] }, { id: 's' }] }));
    expect(e.code).toBe('bundle-schema');
    expect(e.messages.en).toContain('stories[0].id: expected a story id');
    expect(e.messages.en).toContain('stories[1].title');
  });
  it('schema problems, each with its JSON path', () => {
    const b = bundle();
    (b.relations[0] as { date?: string }).date = '2024-13';
    (b.entities[1] as { extra?: number }).extra = 1;
    const e = refuse(JSON.stringify(b));
    expect(e.code).toBe('bundle-schema');
    expect(e.messages.en).toContain('relations[0].date');
    expect(e.messages.en).toContain('entities[1]');
    expect(e.messages.zh).toContain('不是有效的資料包');
  });
  it('more entities than the cap, naming limit and count', async () => {
    const b = parseBundle('b.json', JSON.stringify(bundle()));
    await expect(fromBundle(b, emptyReport(), { caps: { ...DEFAULT_CAPS, nodes: 1 } })).rejects.toThrow(/2 entities, more than the limit of 1/);
  });
});
