// normalizeDraft, rule by rule: ids, relation ends, vocabulary, dates, stance/status, quotes, self-loops, caps, cancel, positions.
import { describe, expect, it } from 'vitest';
import { graphFromDataset } from '../graph';
import { isAnchored, type CompiledDataset } from '../schema';
import type { DraftDataset, DraftEntity, DraftEvidence, DraftRelation } from './draft';
import { normalizeDraft } from './normalize';
import { CUSTOM_KIND_COLORS, CUSTOM_TYPE_COLORS } from './normalize/customColors';
import { BASE_VOCABULARY } from './normalize/testVocabulary';
import { DEFAULT_CAPS, ImportError, emptyReport, formatWhere, type ImportReport } from './report';

const ENT = 'people.csv';
const REL = 'connections.csv';

function entity(id: string, more: Partial<DraftEntity> = {}, row = 2): DraftEntity {
  return { id, label: id, where: { file: ENT, row }, ...more };
}

function relation(source: string, target: string, more: Partial<DraftRelation> = {}, row = 2): DraftRelation {
  return { source, target, type: 'sued', evidence: [], where: { file: REL, row }, ...more };
}

function run(draft: Partial<DraftDataset>, options: Partial<Parameters<typeof normalizeDraft>[2]> = {}): { data: CompiledDataset; report: ImportReport } {
  const report = emptyReport();
  const data = normalizeDraft({ sources: [], entities: [], relations: [], ...draft }, report, { baseVocabulary: BASE_VOCABULARY, ...options });
  return { data, report };
}

const codes = (report: ImportReport): string[] => report.issues.map((i) => i.code);
const nodeKeys = (data: CompiledDataset): string[] => data.graph.nodes.map((n) => n.key);
const node = (data: CompiledDataset, key: string) => data.graph.nodes.find((n) => n.key === key)?.attributes;
const edges = (data: CompiledDataset) => data.graph.edges;

function thrown(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('normalizeDraft: ids', () => {
  it('renames __proto__, constructor, prototype, duplicates and unsafe ids, reports each, and pollutes nothing', () => {
    const { data, report } = run({
      entities: [entity('__proto__', {}, 2), entity('constructor', {}, 3), entity('prototype', {}, 4), entity('a', {}, 5), entity('a', { label: 'A again' }, 6), entity('Elon Musk', {}, 7)],
      relations: [relation('__proto__', 'constructor')],
    });
    expect(nodeKeys(data)).toEqual(['id-__proto__', 'id-constructor', 'id-prototype', 'a', 'a-2', 'elon-musk']);
    expect(codes(report).filter((c) => c === 'renamed-id')).toHaveLength(4);
    expect(report.issues.find((i) => i.code === 'duplicate-id')?.message.en).toBe('entity id "a" is used twice: renamed "a-2"');
    expect(report.issues.find((i) => i.code === 'renamed-id')?.message.en).toBe('entity id "__proto__" is not a safe id: renamed "id-__proto__"');
    expect(edges(data)[0]).toMatchObject({ source: 'id-__proto__', target: 'id-constructor' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('normalizeDraft: relation ends', () => {
  const people = [entity('elon-musk', { label: 'Elon Musk', labelZh: '馬斯克', aliases: ['Musk'] }), entity('openai', { label: 'OpenAI' }, 3)];

  it('resolves ends by id, by label case-insensitively, by full-width name and by alias', () => {
    const { data } = run({
      entities: people,
      relations: [relation('elon-musk', 'openai'), relation('ELON MUSK', 'ＯｐｅｎＡＩ', {}, 3), relation('馬斯克', 'openai', {}, 4), relation('musk', 'OpenAI', {}, 5)],
    });
    expect(edges(data).map((e) => [e.source, e.target])).toEqual(Array(4).fill(['elon-musk', 'openai']));
  });

  it('skips a relation naming an unknown entity and suggests the closest name', () => {
    const { data, report } = run({ entities: people, relations: [relation('Elon Muks', 'OpenAI', {}, 3)] });
    expect(edges(data)).toHaveLength(0);
    const issue = report.issues.find((i) => i.code === 'unknown-entity');
    expect(issue && `${formatWhere(issue.where)}: ${issue.message.en}`).toBe('connections.csv row 3, From: no entity "Elon Muks" (did you mean "Elon Musk"?): relation skipped');
    expect(issue?.message.zh).toContain('是否指 "Elon Musk"');
    expect(report.counts.skippedRelations).toBe(1);
  });

  it('links a name two entities share to the first, with a warning', () => {
    const { data, report } = run({ entities: [entity('js-1', { label: 'John Smith' }), entity('js-2', { label: 'John Smith' }, 3), entity('x', {}, 4)], relations: [relation('john smith', 'x')] });
    expect(edges(data)[0]?.source).toBe('js-1');
    expect(report.issues.find((i) => i.code === 'ambiguous-entity')?.message.en).toBe('2 entities are named "john smith": linked to the first (id "js-1")');
  });

  it('offers no suggestion when nothing is close', () => {
    const { report } = run({ entities: people, relations: [relation('Satya Nadella', 'OpenAI')] });
    expect(report.issues.find((i) => i.code === 'unknown-entity')?.message.en).toBe('no entity "Satya Nadella": relation skipped');
  });

  it('creates implied entities once each and reports them as one info line with the count', () => {
    const { data, report } = run({ impliedEntities: true, relations: [relation('Elon Musk', 'OpenAI'), relation('elon musk', 'Microsoft', { type: 'invested-in' }, 3)] });
    expect(data.graph.nodes.map((n) => n.attributes.label)).toEqual(['Elon Musk', 'OpenAI', 'Microsoft']);
    const infos = report.issues.filter((i) => i.code === 'implied-entities');
    expect(infos).toHaveLength(1);
    expect(infos[0]?.message.en).toContain('3 entities');
  });

  it('skips self-loops with a warning and keeps parallel edges', () => {
    const { data, report } = run({ entities: people, relations: [relation('openai', 'OpenAI'), relation('elon-musk', 'openai', {}, 3), relation('elon-musk', 'openai', {}, 4)] });
    expect(edges(data)).toHaveLength(2);
    expect(report.issues.find((i) => i.code === 'self-loop')?.where.row).toBe(2);
    expect(report.counts.skippedRelations).toBe(1);
  });
});

describe('normalizeDraft: vocabulary', () => {
  it.each([
    ['Person', 'person'],
    ['people', 'person'],
    ['人物', 'person'],
    ['人', 'person'],
    ['Company', 'organization'],
    ['organisation', 'organization'],
    ['公司', 'organization'],
    ['組織', 'organization'],
    ['产品', 'product'],
    ['文件', 'document'],
    ['事件', 'event'],
    ['團體', 'group'],
  ])('maps kind %s onto %s', (kind, expected) => {
    const { data, report } = run({ entities: [entity('x', { kind })] });
    expect(node(data, 'x')?.kind).toBe(expected);
    expect(codes(report)).not.toContain('custom-kind');
  });

  it('makes unknown kinds custom, coloured from the palette in order of appearance, labelled in both languages, and reports each once', () => {
    const { data, report } = run({ entities: [entity('a', { kind: 'Investor' }), entity('b', { kind: '律師' }, 3), entity('c', { kind: 'investor' }, 4)] });
    const kinds = data.graph.attributes.vocabulary.kinds;
    expect(kinds.slice(0, 6).map((k) => k.id)).toEqual(BASE_VOCABULARY.kinds.map((k) => k.id));
    expect(kinds.slice(6)).toEqual([
      { id: 'investor', label: { en: 'Investor', zh: 'Investor' }, plural: { en: 'Investor', zh: 'Investor' }, color: CUSTOM_KIND_COLORS[0] },
      { id: '律師', label: { en: '律師', zh: '律師' }, plural: { en: '律師', zh: '律師' }, color: CUSTOM_KIND_COLORS[1] },
    ]);
    expect(node(data, 'c')?.kind).toBe('investor');
    expect(codes(report).filter((c) => c === 'custom-kind')).toHaveLength(2);
  });

  it("colours a custom kind as its first entity's file colour, without using up a palette colour", () => {
    const { data } = run({ entities: [entity('a', { kind: 'Lawyer', color: '#123ABC' }), entity('b', { kind: 'Judge' }, 3)] });
    expect(data.graph.attributes.vocabulary.kinds.slice(6).map((k) => [k.id, k.color])).toEqual([
      ['lawyer', '#123abc'],
      ['judge', CUSTOM_KIND_COLORS[0]],
    ]);
  });

  it('maps relation types by id, English label and Chinese label; others become custom types with a category from synonyms', () => {
    const { data, report } = run({
      entities: [entity('a'), entity('b', {}, 3)],
      relations: [
        relation('a', 'b', { type: 'sued' }),
        relation('a', 'b', { type: 'Invested In' }, 3),
        relation('a', 'b', { type: '起訴' }, 4),
        relation('a', 'b', { type: 'funds' }, 5),
        relation('a', 'b', { type: 'frobnicates', directed: false }, 6),
      ],
    });
    expect(edges(data).map((e) => e.attributes.type)).toEqual(['sued', 'invested-in', 'sued', 'funds', 'frobnicates']);
    const custom = data.graph.attributes.vocabulary.relationTypes.slice(BASE_VOCABULARY.relationTypes.length);
    expect(custom).toEqual([
      { id: 'funds', label: { en: 'funds', zh: 'funds' }, category: 'funding', directed: true, defaultStance: 'neutral', color: CUSTOM_TYPE_COLORS[0] },
      { id: 'frobnicates', label: { en: 'frobnicates', zh: 'frobnicates' }, category: 'other', directed: false, defaultStance: 'neutral', color: CUSTOM_TYPE_COLORS[1] },
    ]);
    expect(edges(data)[4]?.undirected).toBe(true);
    expect(codes(report).filter((c) => c === 'custom-type')).toHaveLength(2);
  });

  it('takes a custom type direction from the file default when the relation gives none', () => {
    const { data } = run({ directedDefault: false, entities: [entity('a'), entity('b', {}, 3)], relations: [relation('a', 'b', { type: 'knows' })] });
    expect(data.graph.attributes.vocabulary.relationTypes.at(-1)?.directed).toBe(false);
    expect(edges(data)[0]?.attributes.directed).toBe(false);
  });
});

describe('normalizeDraft: dates, stance, status, summaries', () => {
  const two = [entity('Elon Musk'), entity('OpenAI', {}, 3), entity('Sam Altman', {}, 4)];

  it('reads dates, drops a bad one naming the value, keeps only the year of an ambiguous one, and drops an end before the start', () => {
    const { data, report } = run({
      entities: two,
      relations: [
        relation('Elon Musk', 'OpenAI', { date: '2015年12月', dateEnd: '2016/2/1' }),
        relation('Elon Musk', 'OpenAI', { date: 'soon' }, 3),
        relation('Elon Musk', 'OpenAI', { date: '12/11/2015' }, 4),
        relation('Elon Musk', 'OpenAI', { date: '2018', dateEnd: '2017-05' }, 5),
      ],
    });
    expect(edges(data).map((e) => [e.attributes.date, e.attributes.dateEnd])).toEqual([
      ['2015-12', '2016-02-01'],
      [null, null],
      ['2015', null],
      ['2018', null],
    ]);
    expect(report.issues.find((i) => i.code === 'bad-date')).toMatchObject({ where: { row: 3, column: 'Date' }, message: { en: 'date "soon" is not a date: left out' } });
    expect(report.issues.find((i) => i.code === 'ambiguous-date')?.where.row).toBe(4);
    expect(report.issues.find((i) => i.code === 'end-before-start')?.where.row).toBe(5);
  });

  it('reads stance words and signs in both languages, defaulting to the type, and warns on an unknown one', () => {
    const { data, report } = run({
      entities: two,
      relations: [
        relation('Elon Musk', 'OpenAI', { stance: '+' }),
        relation('Elon Musk', 'OpenAI', { stance: '反對' }, 3),
        relation('Elon Musk', 'OpenAI', { stance: 'support' }, 4),
        relation('Elon Musk', 'OpenAI', { type: 'founded' }, 5),
        relation('Elon Musk', 'OpenAI', { stance: 'meh', type: 'founded' }, 6),
      ],
    });
    expect(edges(data).map((e) => e.attributes.stance)).toEqual(['supports', 'opposes', 'supports', 'neutral', 'neutral']);
    expect(report.issues.find((i) => i.code === 'bad-stance')?.where.row).toBe(6);
  });

  it('reads claims with their claimant resolved like an entity, keeps a claim without claimant with a warning', () => {
    const { data, report } = run({
      entities: two,
      relations: [
        relation('Elon Musk', 'OpenAI', { status: 'alleged', claimedBy: 'sam altman' }),
        relation('Elon Musk', 'OpenAI', { status: '聲稱' }, 3),
        relation('Elon Musk', 'OpenAI', { claimedBy: 'Sam Altman' }, 4),
        relation('Elon Musk', 'OpenAI', { status: 'fact' }, 5),
      ],
    });
    expect(edges(data).map((e) => [e.attributes.status, e.attributes.claimedBy])).toEqual([
      ['claim', 'sam-altman'],
      ['claim', null],
      ['claim', 'sam-altman'],
      ['fact', null],
    ]);
    expect(report.issues.filter((i) => i.code === 'claim-without-claimant').map((i) => i.where.row)).toEqual([3]);
  });

  it('writes a summary from the ends and the type in both languages when the file has none, and copies a one-language summary', () => {
    const { data } = run({
      entities: [entity('a', { label: 'Elon Musk', labelZh: '馬斯克' }), entity('b', { label: 'OpenAI' }, 3)],
      relations: [relation('a', 'b'), relation('a', 'b', { summary: 'Musk sued OpenAI in 2024.' }, 3)],
    });
    expect(edges(data).map((e) => [e.attributes.summaryEn, e.attributes.summaryZh])).toEqual([
      ['Elon Musk sued OpenAI', '馬斯克 起訴 OpenAI'],
      ['Musk sued OpenAI in 2024.', 'Musk sued OpenAI in 2024.'],
    ]);
  });

  it('copies a name given in one language to the other', () => {
    const { data } = run({ entities: [entity('a', { label: undefined, labelZh: '馬斯克', description: 'CEO' })] });
    expect(node(data, 'a')).toMatchObject({ label: '馬斯克', labelZh: '馬斯克', descriptionEn: 'CEO', descriptionZh: 'CEO' });
  });
});

describe('normalizeDraft: quotes', () => {
  const text = 'Musk sued OpenAI. Later, Musk sued OpenAI again, said the filing. The board met.';
  const source = { id: 'filing', title: 'The filing', text, where: { file: 'filing.txt' } };
  const ends = [entity('Musk'), entity('OpenAI', {}, 3)];
  const ev = (quote: string, more: Partial<DraftEvidence> = {}): DraftEvidence => ({ quote, source: 'filing.txt', where: { file: REL, row: 2, column: 'Quote' }, ...more });

  it('anchors a quote found once in its source text, with exact === text.slice(start, end) and mentions of entity names', () => {
    const { data, report } = run({ sources: [source], entities: ends, relations: [relation('Musk', 'OpenAI', { evidence: [ev('The board met.')] })] });
    const e = edges(data)[0]?.attributes.evidence[0];
    expect(e && isAnchored(e)).toBe(true);
    if (!e || !isAnchored(e)) return;
    expect(e.exact).toBe(text.slice(e.start, e.end));
    expect(e.source).toBe('filing');
    expect(report.counts).toMatchObject({ evidence: 1, anchored: 1, unanchored: 0 });
    expect(node(data, 'Musk')?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Musk', 'Musk']);
    expect(data.texts.filing).toBe(text);
    expect(data.graph.attributes.sources[0]).toMatchObject({ id: 'filing', length: text.length });
    expect(data.graph.attributes.sources[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('uses prefix, suffix or start to pick among repeated occurrences; without a hint takes the first and warns', () => {
    const second = text.indexOf('Musk sued OpenAI', 1);
    const { data, report } = run({
      sources: [source],
      entities: ends,
      relations: [
        relation('Musk', 'OpenAI', { evidence: [ev('Musk sued OpenAI', { prefix: 'Later, ' })] }),
        relation('Musk', 'OpenAI', { evidence: [ev('Musk sued OpenAI', { start: second })] }, 3),
        relation('Musk', 'OpenAI', { evidence: [ev('Musk sued OpenAI')] }, 4),
      ],
    });
    const starts = edges(data).map((e) => {
      const item = e.attributes.evidence[0];
      return item && isAnchored(item) ? item.start : -1;
    });
    expect(starts).toEqual([second, second, 0]);
    expect(report.issues.filter((i) => i.code === 'quote-ambiguous').map((i) => i.where.row)).toEqual([2]);
  });

  it('keeps quotes it cannot anchor, word for word, with a source made from the reference or URL, and counts them', () => {
    const { data, report } = run({
      sources: [source],
      entities: ends,
      relations: [
        relation('Musk', 'OpenAI', { evidence: [ev('Not in the text at all'), ev('An outside quote', { source: 'NYT, 2023-11-18', url: 'https://example.com/story' })] }),
        relation('Musk', 'OpenAI', { evidence: [ev('Another outside quote', { source: 'NYT, 2023-11-18' })] }, 3),
      ],
    });
    const evidence = edges(data).flatMap((e) => e.attributes.evidence);
    expect(evidence).toEqual([
      { source: 'filing', exact: 'Not in the text at all', anchored: false },
      { source: 'nyt-2023-11-18', exact: 'An outside quote', anchored: false },
      { source: 'nyt-2023-11-18', exact: 'Another outside quote', anchored: false },
    ]);
    expect(data.graph.attributes.sources[1]).toEqual({ id: 'nyt-2023-11-18', title: { en: 'NYT, 2023-11-18', zh: 'NYT, 2023-11-18' }, language: 'en', url: 'https://example.com/story' });
    expect(report.counts).toMatchObject({ evidence: 3, anchored: 0, unanchored: 3, sources: 2 });
    expect(codes(report)).toContain('quote-not-found');
  });
});

describe('normalizeDraft: caps, cancel, progress', () => {
  it('refuses more entities than the cap, naming the limit and the count', () => {
    const error = thrown(() => run({ entities: [entity('a'), entity('b'), entity('c')] }, { caps: { ...DEFAULT_CAPS, nodes: 2 } }));
    expect(error.code).toBe('too-many-nodes');
    expect(error.messages.en).toBe('3 entities: more than the limit of 2');
  });

  it('refuses more relations than the cap, counting implied entities against the node cap too', () => {
    expect(thrown(() => run({ entities: [entity('a'), entity('b')], relations: [relation('a', 'b'), relation('b', 'a')] }, { caps: { ...DEFAULT_CAPS, edges: 1 } })).code).toBe('too-many-edges');
    expect(thrown(() => run({ impliedEntities: true, relations: [relation('a', 'b'), relation('c', 'd')] }, { caps: { ...DEFAULT_CAPS, nodes: 3 } })).code).toBe('too-many-nodes');
  });

  it('refuses an attribute longer than the cap, naming where, the limit and the length', () => {
    const error = thrown(() => run({ entities: [entity('a', { description: 'x'.repeat(101) }, 7)] }, { caps: { ...DEFAULT_CAPS, attributeLength: 100 } }));
    expect(error.code).toBe('attribute-too-long');
    expect(error.where).toMatchObject({ file: ENT, row: 7, column: 'description' });
    expect(error.messages.en).toBe('description is 101 characters long: more than the limit of 100');
  });

  it('stops with ImportError("cancelled") when the signal is set before or during the work', () => {
    expect(thrown(() => run({ entities: [entity('a')] }, { signal: { aborted: true } })).code).toBe('cancelled');
    const signal = { aborted: false };
    const stages: string[] = [];
    const error = thrown(() =>
      run(
        { entities: [entity('a'), entity('b')], relations: [relation('a', 'b')] },
        {
          signal,
          onProgress: (stage) => {
            stages.push(stage);
            if (stage === 'layout') signal.aborted = true;
          },
        },
      ),
    );
    expect(error.code).toBe('cancelled');
    expect(stages).toEqual(['check', 'check', 'layout']);
  });

  it('reports progress through check and layout, ending at 1', () => {
    const calls: [string, number | undefined][] = [];
    run({ entities: [entity('a'), entity('b')], relations: [relation('a', 'b')] }, { onProgress: (s, f) => calls.push([s, f]) });
    expect(calls[0]).toEqual(['check', 0]);
    expect(calls).toContainEqual(['layout', 1]);
    expect(calls.at(-1)).toEqual(['check', 1]);
  });
});

describe('normalizeDraft: positions and output', () => {
  it('keeps the file positions, fitted into the layout box with their aspect kept', () => {
    const { data } = run({ entities: [entity('a', { x: 0, y: 0 }), entity('b', { x: 100, y: 50 }), entity('c', { x: 200, y: 0 })] });
    const [a, b, c] = ['a', 'b', 'c'].map((k) => node(data, k) as { x: number; y: number });
    expect(((c?.x ?? 0) - (a?.x ?? 0)) / ((b?.y ?? 0) - (a?.y ?? 0))).toBeCloseTo(200 / 50, 1);
    for (const p of [a, b, c]) {
      expect(p?.x).toBeGreaterThanOrEqual(0);
      expect(p?.x).toBeLessThanOrEqual(1600);
      expect(p?.y).toBeGreaterThanOrEqual(0);
      expect(p?.y).toBeLessThanOrEqual(520);
    }
  });

  it('lays out deterministically when positions are missing, and reports when only some have them', () => {
    const draft = { entities: [entity('a', { x: 1, y: 1 }), entity('b'), entity('c')], relations: [relation('a', 'b'), relation('b', 'c')] };
    const first = run(draft), second = run(draft);
    expect(first.data.graph.nodes.map((n) => [n.attributes.x, n.attributes.y])).toEqual(second.data.graph.nodes.map((n) => [n.attributes.x, n.attributes.y]));
    expect(new Set(first.data.graph.nodes.map((n) => `${n.attributes.x},${n.attributes.y}`)).size).toBe(3);
    expect(codes(first.report)).toContain('positions-partial');
  });

  it('produces a dataset the app loads, with counts in the report', () => {
    const { data, report } = run({ entities: [entity('a'), entity('b')], relations: [relation('a', 'b')] });
    const graph = graphFromDataset(data);
    expect([graph.order, graph.size]).toEqual([2, 1]);
    expect(report.counts).toMatchObject({ entities: 2, relations: 1, sources: 0, skippedRelations: 0 });
  });
});
