// parseGexf: Gephi 0.10 (GEXF 1.3) and 0.9 (1.2draft) files into drafts, hostile GEXF refused or reported.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPS, ImportError } from '../report';
import { parseGexf } from './parseGexf';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

function gexf(body: string, attributes = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">${attributes}
    ${body}
  </graph>
</gexf>`;
}

function refusal(text: string, caps = DEFAULT_CAPS): ImportError {
  try {
    parseGexf('hostile.gexf', text, caps);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('parseGexf on Gephi 0.10 (GEXF 1.3)', () => {
  const draft = parseGexf('board.gexf', fixture('gephi-0.10.gexf'), DEFAULT_CAPS);
  const entity = (id: string) => draft.entities.find((e) => e.id === id);

  it('reads the title and the default edge direction', () => {
    expect(draft.name).toBe('OpenAI 董事會');
    expect(draft.directedDefault).toBe(true);
  });

  it('maps attribute columns by title (Type, 描述, Aliases), fills defaults, reads viz size, position and colour (rgb and hex)', () => {
    expect(entity('musk')).toMatchObject({ label: 'Elon Musk', kind: 'Person', description: 'Co-founder of OpenAI', aliases: ['Musk', '馬斯克'], x: -120.5, y: 33.25, size: 12.5, color: '#f4a261' });
    expect(entity('openai')).toMatchObject({ kind: 'Organization', color: '#1d6fb8', x: 80, y: -10 });
    expect(entity('musk')?.where).toMatchObject({ file: 'board.gexf', line: 25, element: 'musk' });
  });

  it('keeps Chinese labels and leaves a missing position missing', () => {
    const altman = entity('altman');
    expect(altman?.label).toBe('山姆·奧特曼');
    expect(altman?.kind).toBe('Person');
    expect(altman && 'x' in altman).toBe(false);
  });

  it('keeps parallel edges, edges without id and self-loops, with their type from a column, the GEXF 1.3 edge kind, or the label', () => {
    expect(draft.relations.map((r) => [r.id, r.source, r.target, r.type])).toEqual([
      ['0', 'musk', 'openai', 'co-founded'],
      ['1', 'musk', 'openai', 'sued'],
      [undefined, 'musk', 'openai', 'investment'],
      ['3', 'altman', 'openai', 'leads'],
      ['4', 'openai', 'openai', 'restructured'],
    ]);
  });

  it('takes direction from the edge type and leaves the rest to the file default', () => {
    expect(draft.relations.map((r) => r.directed)).toEqual([undefined, undefined, undefined, false, undefined]);
  });

  it('turns Quote, Source and URL columns into evidence, and Date into the date', () => {
    const first = draft.relations[0];
    expect(first?.date).toBe('2015-12');
    expect(first?.evidence).toEqual([{ quote: '馬斯克與奧特曼共同創立 OpenAI', source: '報導', url: 'https://example.com/article', where: expect.objectContaining({ column: 'Quote' }) as unknown }]);
    expect(draft.relations[1]?.evidence).toEqual([]);
  });

  it('says which attributes it did not use (once each), including a weight other than 1', () => {
    const unused = (draft.issues ?? []).filter((i) => i.code === 'attribute-not-used').map((i) => i.where.column);
    expect(unused).toEqual(['Modularity Class', 'weight']);
  });
});

describe('parseGexf on Gephi 0.9 (GEXF 1.2draft)', () => {
  const draft = parseGexf('board-1.2.gexf', fixture('gephi-0.9-1.2draft.gexf'), DEFAULT_CAPS);

  it('reads the 1.2draft namespace, an undirected default and per-edge directed', () => {
    expect(draft.name).toBe('Board fight');
    expect(draft.directedDefault).toBe(false);
    expect(draft.relations.map((r) => [r.type, r.directed, r.stance])).toEqual([
      ['member of', undefined, 'opposes'],
      ['voted against', true, undefined],
    ]);
    expect(draft.entities.map((e) => [e.id, e.kind, e.color, e.x, e.y])).toEqual([
      ['a', 'person', '#0a141e', 1.5, 2.5],
      ['b', 'group', undefined, 3, 4],
    ]);
  });

  it('reports a value that does not fit its declared type, naming value, column and line', () => {
    const issue = draft.issues?.find((i) => i.code === 'invalid-attribute-value');
    expect(issue?.severity).toBe('warning');
    expect(issue?.where).toMatchObject({ file: 'board-1.2.gexf', line: 20, column: 'score', element: 'a' });
    expect(issue?.message.en).toContain('"not-a-number"');
    expect(issue?.message.zh).toContain('"not-a-number"');
  });
});

describe('parseGexf on other shapes', () => {
  it('flattens a GEXF hierarchy (nested nodes) with a note, and reads mutual edges as undirected', () => {
    const draft = parseGexf('h.gexf', gexf('<nodes><node id="g" label="Group"><nodes><node id="c" label="Child"/></nodes></node></nodes><edges><edge source="c" target="g" type="mutual"/></edges>'), DEFAULT_CAPS);
    expect(draft.entities.map((e) => e.id)).toEqual(['g', 'c']);
    expect(draft.relations[0]?.directed).toBe(false);
    expect(draft.issues?.map((i) => i.code)).toContain('nested-graph-flattened');
  });

  it('skips an edge without target and a node without id, saying which', () => {
    const draft = parseGexf('m.gexf', gexf('<nodes><node label="nameless"/><node id="a"/></nodes><edges><edge id="x" source="a"/></edges>'), DEFAULT_CAPS);
    expect(draft.entities.map((e) => e.id)).toEqual(['a']);
    expect(draft.relations).toEqual([]);
    expect(draft.issues?.map((i) => [i.code, i.where.line])).toEqual([
      ['missing-id', 4],
      ['missing-end', 4],
    ]);
  });
});

describe('parseGexf on hostile input', () => {
  it('refuses a DOCTYPE (XXE) before parsing', () => {
    expect(refusal(`<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY x SYSTEM "file:///etc/passwd">]>${gexf('<nodes><node id="a" label="&x;"/></nodes>')}`).code).toBe('xml-doctype');
  });

  it('refuses more nodes than the cap, naming the cap', () => {
    const error = refusal(gexf('<nodes><node id="a"/><node id="b"/><node id="c"/></nodes>'), { ...DEFAULT_CAPS, nodes: 2 });
    expect(error.code).toBe('too-many-nodes');
    expect(error.messages.en).toContain('2');
  });

  it('refuses more edges than the cap', () => {
    const body = '<nodes><node id="a"/></nodes><edges><edge source="a" target="a"/><edge source="a" target="a"/></edges>';
    expect(refusal(gexf(body), { ...DEFAULT_CAPS, edges: 1 }).code).toBe('too-many-edges');
  });

  it('refuses an attribute value over the length cap', () => {
    const error = refusal(gexf(`<nodes><node id="a" label="${'x'.repeat(50)}"/></nodes>`), { ...DEFAULT_CAPS, attributeLength: 10 });
    expect(error.code).toBe('attribute-too-long');
    expect(error.where).toMatchObject({ element: 'a', column: 'label' });
  });

  it('refuses malformed XML naming the line of the unclosed element', () => {
    const error = refusal(gexf('<nodes>\n<node id="a">\n</nodes>'));
    expect(error.code).toBe('xml-malformed');
    expect(error.where.line).toBe(5);
    expect(error.messages.en).toMatch(/line 5, column \d+\): .*"node" != "nodes"/);
  });

  it('refuses a file whose root is not <gexf>', () => {
    expect(refusal('<graphml/>').code).toBe('not-gexf');
  });

  it('reads an unknown attribute type as text and says so', () => {
    const draft = parseGexf('t.gexf', gexf('<nodes><node id="a"><attvalues><attvalue for="k" value="Person"/></attvalues></node></nodes>', '<attributes class="node"><attribute id="k" title="kind" type="colour"/></attributes>'), DEFAULT_CAPS);
    expect(draft.entities[0]?.kind).toBe('Person');
    expect(draft.issues?.map((i) => i.code)).toContain('unknown-attribute-type');
  });

  it('passes ids __proto__, constructor and hasOwnProperty through as ordinary draft ids without touching Object.prototype', () => {
    const attributes = '<attributes class="node"><attribute id="__proto__" title="__proto__" type="string"/><attribute id="constructor" title="polluted" type="string"/></attributes>';
    const body = `<nodes>
      <node id="__proto__" label="p"><attvalues><attvalue for="__proto__" value="yes"/><attvalue for="constructor" value="yes"/></attvalues></node>
      <node id="constructor"/><node id="hasOwnProperty"/>
    </nodes><edges><edge id="__proto__" source="__proto__" target="constructor"/></edges>`;
    const draft = parseGexf('proto.gexf', gexf(body, attributes), DEFAULT_CAPS);
    expect(draft.entities.map((e) => e.id)).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
    expect(draft.relations[0]).toMatchObject({ id: '__proto__', source: '__proto__', target: 'constructor' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'yes')).toBe(false);
  });
});
