// CSV export: RFC 4180 round trip through papaparse, evidence columns, and formula-injection guard.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ENTITY_COLUMNS, RELATION_COLUMNS, toCsv } from './csv';
import { guardFormula } from './csvEncode';
import { testGraph } from './testGraph';

const tricky = 'comma, "quoted"\r\nnew line 中文 🙂 \u202Eevil';
const injections = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', '\0NUL'];

function sample() {
  return testGraph(
    [
      { id: 'musk', label: tricky, aliases: ['馬斯克', 'Elon Musk'], x: -12.5, y: 3 },
      ...injections.map((text, i) => ({ id: `n${i}`, label: text, descriptionEn: text })),
    ],
    [
      {
        id: 'r1',
        source: 'musk',
        target: 'n0',
        date: '2015-12',
        claimedBy: 'musk',
        status: 'claim',
        evidence: [
          { source: 'src', exact: tricky, prefix: '', suffix: '', start: 3, end: 9 },
          { source: 'src', exact: '=cmd|calc', prefix: '', suffix: '', start: 20, end: 29 },
        ],
      },
      { id: 'r2', source: 'n1', target: 'n2', directed: false },
    ],
  );
}

function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

function column(rows: string[][], header: readonly string[], name: string): string[] {
  const index = header.indexOf(name);
  return rows.slice(1).map((row) => row[index] ?? '');
}

describe('toCsv', () => {
  it('round-trips every entity cell through papaparse, formula-looking text aside', () => {
    const graph = sample();
    const rows = parseCsv(toCsv(graph).entities);
    expect(rows[0]).toEqual([...ENTITY_COLUMNS]);
    expect(column(rows, ENTITY_COLUMNS, 'id')).toEqual(graph.nodes());
    expect(column(rows, ENTITY_COLUMNS, 'label')).toEqual(graph.nodes().map((n) => guardFormula(graph.getNodeAttribute(n, 'label'))));
    expect(column(rows, ENTITY_COLUMNS, 'aliases')[0]).toBe('馬斯克 | Elon Musk');
    expect(column(rows, ENTITY_COLUMNS, 'x')[0]).toBe('-12.5');
  });

  it("prefixes cells starting with = + - @, tab, CR or NUL with ' and leaves the rest of the text intact", () => {
    const labels = column(parseCsv(toCsv(sample()).entities), ENTITY_COLUMNS, 'label').slice(1);
    expect(labels).toEqual(injections.map((text) => `'${text}`));
    expect(guardFormula('safe = text')).toBe('safe = text');
  });

  it('writes evidence columns: count, quotes, sources and offsets joined with " | "', () => {
    const rows = parseCsv(toCsv(sample()).relations);
    expect(rows[0]).toEqual([...RELATION_COLUMNS]);
    expect(column(rows, RELATION_COLUMNS, 'evidence_count')).toEqual(['2', '1']);
    expect(column(rows, RELATION_COLUMNS, 'quote')[0]).toBe(`${tricky} | =cmd|calc`);
    expect(column(rows, RELATION_COLUMNS, 'quote')[1]).toBe('quote r2');
    expect(column(rows, RELATION_COLUMNS, 'evidence_start')[0]).toBe('3 | 20');
    expect(column(rows, RELATION_COLUMNS, 'evidence_end')[0]).toBe('9 | 29');
    expect(column(rows, RELATION_COLUMNS, 'claimed_by')).toEqual(['musk', '']);
    expect(column(rows, RELATION_COLUMNS, 'directed')).toEqual(['true', 'false']);
    expect(column(rows, RELATION_COLUMNS, 'source_label')[1]).toBe("'+1+1");
  });

  it('follows RFC 4180: CRLF line ends, quoted fields with doubled quotes, a BOM unless turned off', () => {
    const csv = toCsv(sample());
    expect(csv.entities.startsWith('\uFEFFid,kind,')).toBe(true);
    expect(toCsv(sample(), undefined, { bom: false }).entities.startsWith('id,kind,')).toBe(true);
    expect(csv.entities).toContain('"comma, ""quoted""\r\nnew line');
    expect(csv.entities.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(csv.entities.endsWith('\r\n')).toBe(true);
  });

  it('exports only visible entities, and relations whose both ends are visible', () => {
    const csv = toCsv(sample(), { nodes: new Set(['musk', 'n1']), edges: new Set(['r1', 'r2']) });
    expect(column(parseCsv(csv.entities), ENTITY_COLUMNS, 'id')).toEqual(['musk', 'n1']);
    expect(parseCsv(csv.relations)).toEqual([[...RELATION_COLUMNS]]);
  });
});
