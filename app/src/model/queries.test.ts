// Tests for labels, relations grouped by type, parallel relations, neighbours and evidence lookup.
import { describe, expect, it } from 'vitest';
import {
  UnknownElementError,
  categoryLabel,
  entityLabel,
  evidenceOf,
  kindLabel,
  neighbours,
  parallelRelations,
  relationLabel,
  relationsOf,
  typeInfo,
} from './queries';
import { MINI_TEXT, buildMiniGraph } from './testing/miniGraph';
import { anchoredOnly } from './testing/anchored';

const g = buildMiniGraph();

describe('labels', () => {
  it('gives entity names in the asked language', () => {
    expect(entityLabel(g, 'elon-musk', 'en')).toBe(g.getNodeAttribute('elon-musk', 'label'));
    expect(entityLabel(g, 'elon-musk', 'zh')).toBe(g.getNodeAttribute('elon-musk', 'labelZh'));
  });

  it('labels a relation with its type label from the vocabulary', () => {
    const type = g.getEdgeAttribute('musk-sued-openai', 'type');
    const record = g.getAttribute('vocabulary').relationTypes.find((t) => t.id === type);
    expect(relationLabel(g, 'musk-sued-openai', 'en')).toBe(record?.label.en);
    expect(relationLabel(g, 'musk-sued-openai', 'zh')).toBe(record?.label.zh);
  });

  it('finds type records, and returns undefined for a type the vocabulary lacks', () => {
    expect(typeInfo(g, 'partner-of')?.directed).toBe(false);
    expect(typeInfo(g, 'no-such-type')).toBeUndefined();
  });

  it('labels kinds and categories from the vocabulary, falling back to the id', () => {
    const person = g.getAttribute('vocabulary').kinds.find((k) => k.id === 'person');
    expect(kindLabel(g, 'person', 'zh')).toBe(person?.label.zh);
    expect(kindLabel(g, 'person', 'en', true)).toBe(person?.plural.en);
    const conflict = g.getAttribute('vocabulary').categories.find((c) => c.id === 'conflict');
    expect(categoryLabel(g, 'conflict', 'en')).toBe(conflict?.label.en);
  });

  it('throws UnknownElementError naming the function and the id for unknown elements', () => {
    expect(() => entityLabel(g, 'nobody', 'en')).toThrow(UnknownElementError);
    expect(() => entityLabel(g, 'nobody', 'en')).toThrow("entityLabel: unknown entity 'nobody'");
    expect(() => relationLabel(g, 'nothing', 'en')).toThrow("relationLabel: unknown relation 'nothing'");
    expect(() => evidenceOf(g, 'nothing')).toThrow(UnknownElementError);
    expect(() => relationsOf(g, '__proto__')).toThrow(UnknownElementError);
  });
});

describe('relationsOf', () => {
  it('covers every relation of the entity exactly once, grouped by type', () => {
    const groups = relationsOf(g, 'elon-musk');
    const edges = groups.flatMap((gr) => gr.relations.map((r) => r.edge));
    expect([...edges].sort()).toEqual([...g.edges('elon-musk')].sort());
    for (const gr of groups) for (const r of gr.relations) expect(r.attributes.type).toBe(gr.type);
  });

  it('orders groups as the vocabulary orders types', () => {
    const order = g.getAttribute('vocabulary').relationTypes.map((t) => t.id);
    const ranks = relationsOf(g, 'elon-musk').map((gr) => order.indexOf(gr.type));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('tells direction and the other end from the entity’s point of view', () => {
    const musk = relationsOf(g, 'elon-musk').flatMap((gr) => gr.relations);
    expect(musk.find((r) => r.edge === 'musk-sued-openai')).toMatchObject({ direction: 'out', other: 'openai' });
    expect(musk.find((r) => r.edge === 'openai-replied-musk')).toMatchObject({ direction: 'in', other: 'openai' });
    const ms = relationsOf(g, 'openai').flatMap((gr) => gr.relations);
    expect(ms.find((r) => r.edge === 'microsoft-partner-openai')).toMatchObject({ direction: 'undirected', other: 'microsoft' });
  });

  it('sorts relations inside a group by date with undated last', () => {
    const openai = relationsOf(g, 'openai');
    for (const gr of openai) {
      const dates = gr.relations.map((r) => r.attributes.date ?? '\uffff');
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('gives an entity without relations no groups', () => {
    const lonely = buildMiniGraph();
    lonely.clearEdges();
    expect(relationsOf(lonely, 'elon-musk')).toEqual([]);
  });
});

describe('parallelRelations and neighbours', () => {
  it('returns every edge between a pair in either direction, the same set from both ends', () => {
    const expected = [...new Set([...g.edges('elon-musk', 'openai'), ...g.edges('openai', 'elon-musk')])].sort();
    const ab = parallelRelations(g, 'elon-musk', 'openai');
    expect([...ab].sort()).toEqual(expected);
    expect(ab).toContain('openai-replied-musk');
    expect([...parallelRelations(g, 'openai', 'elon-musk')].sort()).toEqual(expected);
  });

  it('includes an undirected edge once and returns nothing for an unconnected pair', () => {
    const ms = parallelRelations(g, 'openai', 'microsoft');
    expect(ms.filter((e) => e === 'microsoft-partner-openai')).toHaveLength(1);
    expect(parallelRelations(g, 'grok-1', 'microsoft')).toEqual([]);
  });

  it('lists each neighbour once whatever the number of parallel edges', () => {
    const n = neighbours(g, 'elon-musk');
    expect(new Set(n).size).toBe(n.length);
    expect(n).toEqual(expect.arrayContaining(['openai', 'sam-altman', 'grok-1', 'vinod-khosla']));
    expect(n).not.toContain('elon-musk');
    expect(() => neighbours(g, 'nobody')).toThrow(UnknownElementError);
  });
});

describe('evidenceOf', () => {
  it('returns the relation’s evidence items, each a verbatim slice of its source', () => {
    const ev = anchoredOnly(evidenceOf(g, 'musk-sued-openai'));
    expect(ev.length).toBe(2);
    for (const e of ev) expect(MINI_TEXT.slice(e.start, e.end)).toBe(e.exact);
  });
});
