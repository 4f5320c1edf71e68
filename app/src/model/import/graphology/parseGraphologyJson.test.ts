// parseGraphologyJson: graphology/sigma exports into drafts; broken JSON located; __proto__ keys stay ordinary data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPS, ImportError } from '../report';
import { parseGraphologyJson } from './parseGraphologyJson';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

function refusal(text: string, caps = DEFAULT_CAPS): ImportError {
  try {
    parseGraphologyJson('hostile.json', text, caps);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('parseGraphologyJson on a sigma/graphology export', () => {
  const draft = parseGraphologyJson('board.json', fixture('graphology-sigma.json'), DEFAULT_CAPS);

  it('reads the name, labels (Chinese too), positions, sizes and colours; sigma render types are not kinds', () => {
    expect(draft.name).toBe('董事會風波');
    expect(draft.entities.map((e) => [e.id, e.label, e.kind, e.x, e.y, e.size, e.color])).toEqual([
      ['altman', 'Sam Altman', 'Person', 12.5, -3, 15, '#d8482d'],
      ['board', '董事會', 'Group', 0, 0, 10, '#1d6fb8'],
      ['42', undefined, undefined, undefined, undefined, undefined, undefined],
    ]);
  });

  it('keeps parallel edges, edges without key, undirected edges and self-loops; an edge label is the type when no column names one', () => {
    expect(draft.relations.map((r) => [r.id, r.source, r.target, r.type, r.directed])).toEqual([
      ['geid_0', 'board', 'altman', 'fired', true],
      ['geid_1', 'board', 'altman', 'rehired', true],
      [undefined, 'altman', '42', 'knows', false],
      [undefined, 'board', 'board', undefined, true],
    ]);
  });

  it('turns quote, source and url into evidence and date into the date', () => {
    expect(draft.relations[0]?.date).toBe('2023-11-17');
    expect(draft.relations[0]?.evidence).toEqual([
      { quote: 'the board no longer has confidence in his ability', source: 'OpenAI blog', url: 'https://openai.com/blog/openai-announces-leadership-transition', where: { file: 'board.json', element: 'geid_0', column: 'quote' } },
    ]);
  });

  it('notes the attributes it does not import, once each', () => {
    const unused = (draft.issues ?? []).filter((i) => i.code === 'attribute-not-used').map((i) => i.where.column);
    expect(unused).toEqual(['size', 'createdWith']);
  });
});

describe('parseGraphologyJson on hostile input', () => {
  it('locates a JSON syntax error by line and column', () => {
    const error = refusal('{\n  "nodes": [\n    {"key": "a",}\n  ]\n}');
    expect(error.code).toBe('json-malformed');
    expect(error.where).toMatchObject({ line: 3, column: 'column 17' });
    expect(error.messages.en).toContain('line 3, column 17');
    expect(error.messages.zh).toContain('第 3 行第 17 欄');
  });

  it('refuses JSON that is not a graph', () => {
    expect(refusal('[1, 2]').code).toBe('not-graphology');
    expect(refusal('{"nodes": {"a": 1}}').code).toBe('not-graphology');
  });

  it('refuses more nodes than the cap and over-long attributes (inside evidence too)', () => {
    expect(refusal('{"nodes": [{"key": "a"}, {"key": "b"}]}', { ...DEFAULT_CAPS, nodes: 1 }).code).toBe('too-many-nodes');
    const long = JSON.stringify({ nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'a', attributes: { evidence: [{ exact: 'x'.repeat(20) }] } }] });
    const error = refusal(long, { ...DEFAULT_CAPS, attributeLength: 10 });
    expect(error.code).toBe('attribute-too-long');
    expect(error.where.column).toBe('evidence');
  });

  it('keeps "__proto__" keys as ordinary data: ids come through, Object.prototype is untouched', () => {
    const text = `{"attributes": {"__proto__": {"polluted": 1}},
      "nodes": [{"key": "__proto__", "attributes": {"__proto__": {"polluted": 1}, "label": "p"}}, {"key": "constructor"}, {"key": "hasOwnProperty"}],
      "edges": [{"key": "__proto__", "source": "constructor", "target": "hasOwnProperty", "attributes": {"__proto__": {"polluted": 1}}}]}`;
    const draft = parseGraphologyJson('proto.json', text, DEFAULT_CAPS);
    expect(draft.entities.map((e) => e.id)).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
    expect(draft.entities[0]?.label).toBe('p');
    expect(draft.relations[0]).toMatchObject({ id: '__proto__', source: 'constructor', target: 'hasOwnProperty' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('reads an undirected graph as undirected edges, and reports an unknown graph type', () => {
    const draft = parseGraphologyJson('u.json', '{"options": {"type": "undirected"}, "nodes": [{"key": "a"}, {"key": "b"}], "edges": [{"source": "a", "target": "b"}]}', DEFAULT_CAPS);
    expect(draft.directedDefault).toBe(false);
    expect(draft.relations[0]?.directed).toBe(false);
    const odd = parseGraphologyJson('o.json', '{"options": {"type": "hyper"}, "nodes": []}', DEFAULT_CAPS);
    expect(odd.issues?.[0]?.code).toBe('invalid-graph-type');
  });
});
