// importFiles: caps before reading, decoding, detection by content and extension, dispatch, combinations, cancel, and never a throw.
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '../../generated/dataset.json';
import { serializeBundle, toBundle } from '../bundle/toBundle';
import { ENTITIES, RELATIONS, SOURCE_TEXT, SOURCES, VOCABULARY } from '../data/fixtures/minimal';
import { compiledDataset } from '../schema';
import { buildXlsx } from './csv/xlsxFixture';
import { importFiles, type ImportFilesOptions } from './importFiles';
import { DEFAULT_CAPS, type ImportStage } from './report';

const builtIn = compiledDataset.parse(raw);
const options: ImportFilesOptions = { baseVocabulary: builtIn.graph.attributes.vocabulary };
const bundleBytes = strToU8(serializeBundle(toBundle(builtIn)));
const file = (name: string, content: string | Uint8Array) => ({ name, bytes: typeof content === 'string' ? strToU8(content) : content });
const graphDataZip = zipSync({
  'graph-data/sources.yaml': strToU8(SOURCES),
  'graph-data/vocabulary.yaml': strToU8(VOCABULARY),
  'graph-data/entities/a.yaml': strToU8(ENTITIES),
  'graph-data/relations/a.yaml': strToU8(RELATIONS),
  'graph-data/test.txt': strToU8(SOURCE_TEXT),
});

describe('importFiles', () => {
  it('opens a bundle (found by its content whatever its name) into the identical dataset, reporting read → parse → check', async () => {
    const stages: ImportStage[] = [];
    const result = await importFiles([file('shared-by-a-friend.txt', bundleBytes)], { ...options, onProgress: (s) => stages.push(s) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.graph).toStrictEqual(builtIn.graph);
    expect(result.report.files).toEqual([{ name: 'shared-by-a-friend.txt', format: 'bundle', bytes: bundleBytes.length }]);
    expect([...new Set(stages)]).toEqual(['read', 'parse', 'check']);
  });

  it('opens a graph-data .zip with the validator, through layout', async () => {
    const stages: ImportStage[] = [];
    const result = await importFiles([file('data.zip', graphDataZip)], { ...options, onProgress: (s) => stages.push(s) });
    expect(result.ok).toBe(true);
    expect(result.report.files[0]?.format).toBe('graph-data-zip');
    expect(result.report.counts.entities).toBeGreaterThan(0);
    expect(stages).toContain('layout');
  });

  it('opens a Gephi GEXF through the GEXF parser and the normaliser', async () => {
    const gexf = readFileSync(new URL('./fixtures/gephi-0.10.gexf', import.meta.url));
    const result = await importFiles([file('board.gexf', new Uint8Array(gexf))], options);
    expect(result.report.files[0]?.format).toBe('gexf');
    expect(result.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.ok && result.dataset.graph.nodes.length).toBeGreaterThan(0);
  });

  it('opens a relations CSV with its source text, the quote anchored in it', async () => {
    const csv = 'From,To,Type,Quote,Source\r\nAlice Smith,Bob Corp,sued,Alice Smith sued Bob Corp,article.txt\r\n';
    const result = await importFiles([file('relations.csv', csv), file('article.txt', 'Yesterday Alice Smith sued Bob Corp in court.')], options);
    expect(result.report.files.map((f) => f.format)).toEqual(['csv', 'text']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.counts).toMatchObject({ entities: 2, relations: 1, anchored: 1, unanchored: 0 });
    expect(result.dataset.graph.edges[0]?.attributes.evidence[0]).toMatchObject({ exact: 'Alice Smith sued Bob Corp', start: 10 });
    expect(result.csvProposal?.files.map((f) => f.role)).toEqual(['relations', 'source-text']);
  });

  it('opens a GraphML file through the GraphML parser', async () => {
    const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <node id="n0"><data key="d0">Alice</data></node>
    <node id="n1"><data key="d0">Bob</data></node>
    <edge source="n0" target="n1"/>
  </graph>
</graphml>`;
    const result = await importFiles([file('g.graphml', graphml)], options);
    expect(result.report.files[0]?.format).toBe('graphml');
    expect(result.ok && result.dataset.graph.edges.length).toBe(1);
  });

  it('opens an Excel workbook (entities and relations sheets) through the XLSX reader and the normaliser', async () => {
    const book = buildXlsx([
      { name: 'Entities', rows: [['Label', 'Type'], ['Elon Musk', 'Person'], ['OpenAI', 'Organization']] },
      { name: 'Relations', rows: [['From', 'To', 'Type'], ['Elon Musk', 'OpenAI', 'sued']] },
    ]);
    const result = await importFiles([file('book.xlsx', book)], options);
    expect(result.report.files[0]?.format).toBe('xlsx');
    expect(result.ok && result.dataset.graph.edges.length).toBe(1);
    expect(result.csvProposal?.files.map((f) => f.role)).toEqual(['entities', 'relations']);
  });

  it('refuses a file over the size cap before reading it, naming the limit and the size', async () => {
    const result = await importFiles([file('big.gexf', new Uint8Array(2 * 1024 * 1024))], { ...options, caps: { ...DEFAULT_CAPS, fileBytes: 1024 * 1024 } });
    expect(result.ok).toBe(false);
    expect(result.report.issues).toHaveLength(1);
    expect(result.report.issues[0]).toMatchObject({ code: 'file-too-large', where: { file: 'big.gexf' } });
    expect(result.report.issues[0]?.message.en).toBe('big.gexf is 2.0 MB, more than the limit of 1.0 MB per file');
    const total = await importFiles([file('a.csv', 'x'.repeat(600)), file('b.csv', 'x'.repeat(600))], { ...options, caps: { ...DEFAULT_CAPS, totalBytes: 1000 } });
    expect(total.report.issues[0]?.code).toBe('files-too-large');
  });

  it('reports invalid UTF-8 with the byte offset', async () => {
    const result = await importFiles([file('people.csv', new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0x0a]))], options);
    expect(result.report.issues[0]).toMatchObject({ code: 'invalid-utf8', where: { file: 'people.csv' } });
    expect(result.report.issues[0]?.message.en).toContain('offset 5');
  });

  it.each([
    ['an unknown extension', [file('notes.docx', 'hello')], 'unsupported-format', /cannot tell what kind of file notes\.docx is \(\.docx\)/],
    ['XML that is neither GEXF nor GraphML', [file('a.xml', '<root/>')], 'unsupported-format', /a\.xml/],
    ['a bundle with a CSV', [file('d.json', bundleBytes), file('e.csv', 'From,To\na,b\n')], 'unsupported-combination', /d\.json \(dataset bundle\) holds a whole dataset: open it on its own/],
    ['two GEXF files', [file('a.gexf', '<gexf/>'), file('b.gexf', '<gexf/>')], 'unsupported-combination', /open it on its own/],
    ['a text file alone', [file('source.txt', 'Some text')], 'text-without-csv', /open them together with a relations CSV/],
    ['three CSV files', [file('a.csv', 'x'), file('b.csv', 'x'), file('c.tsv', 'x')], 'too-many-csv', /3 CSV files/],
    ['no file', [], 'no-files', /no file/],
  ])('refuses %s with a clear error', async (_label, files, code, message) => {
    const result = await importFiles(files, options);
    expect(result.ok).toBe(false);
    expect(result.report.issues.map((i) => i.code)).toEqual([code]);
    expect(result.report.issues[0]?.message.en).toMatch(message);
    expect(result.report.issues[0]?.message.zh).not.toBe('');
  });

  it('turns a parser ImportError into an error issue (a bundle from a newer version)', async () => {
    const result = await importFiles([file('new.json', '{"format":"evidence-graph-bundle","version":9}')], options);
    expect(result.ok).toBe(false);
    expect(result.report.issues[0]?.code).toBe('bundle-version');
  });

  it('stops with a cancelled issue when the signal is aborted', async () => {
    const signal = { aborted: false };
    const result = await importFiles([file('b.json', bundleBytes)], {
      ...options,
      signal,
      onProgress: (stage) => {
        if (stage === 'check') signal.aborted = true;
      },
    });
    expect(result.ok).toBe(false);
    expect(result.report.issues.map((i) => i.code)).toEqual(['cancelled']);
  });

  it('reports any other exception as an internal error naming the file', async () => {
    const result = await importFiles([file('b.json', bundleBytes)], {
      ...options,
      onProgress: (stage) => {
        if (stage === 'parse') throw new TypeError('boom');
      },
    });
    expect(result.ok).toBe(false);
    expect(result.report.issues[0]).toMatchObject({ code: 'internal-error', message: { en: 'internal error while reading b.json: TypeError: boom' } });
  });

  it('never throws, whatever the bytes and names (fast-check)', async () => {
    const names = fc.constantFrom('a.json', 'a.gexf', 'a.graphml', 'a.zip', 'a.csv', 'a.txt', 'a', '__proto__', 'a.xlsx');
    const starts = fc.constantFrom('', '{"format":"evidence-graph-bundle",', '<gexf', '<graphml', 'PK\u0003\u0004', '{"nodes":[', '\ufeff');
    const anyFile = fc.record({ name: names, start: starts, rest: fc.uint8Array({ maxLength: 200 }) }).map(({ name, start, rest }) => ({ name, bytes: new Uint8Array([...strToU8(start), ...rest]) }));
    await fc.assert(
      fc.asyncProperty(fc.array(anyFile, { minLength: 1, maxLength: 3 }), async (files) => {
        const result = await importFiles(files, options);
        expect(result.ok || result.report.issues.some((i) => i.severity === 'error')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
