// graph-data .zip: same DataInput as the disk reader, same validator and compiler, same error text; hostile archives refused.
import { strToU8, Zip, ZipDeflate, zipSync, type Zippable } from 'fflate';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileDataset } from '../data/compile';
import { ENTITIES, RELATIONS, SOURCE_TEXT, SOURCES, VOCABULARY } from '../data/fixtures/minimal';
import { readDataFolder } from '../data/readDataFolder';
import { graphDataInput, importGraphDataZip } from './graphDataZip';
import { DEFAULT_CAPS, emptyReport, ImportError } from './report';
import { listZip } from './zip';

const FILES: Record<string, string> = {
  'sources.yaml': SOURCES,
  'vocabulary.yaml': VOCABULARY,
  'entities/01-people.yaml': ENTITIES,
  'relations/01-a.yaml': RELATIONS,
  'test.txt': SOURCE_TEXT,
};

function zipOf(files: Record<string, string | Uint8Array>, prefix = 'graph-data/'): Uint8Array {
  const tree: Zippable = {};
  for (const [path, content] of Object.entries(files)) tree[`${prefix}${path}`] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(tree);
}

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('accepted');
}

const root = mkdtempSync(join(tmpdir(), 'evidence-graph-zip-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('graph-data .zip', () => {
  it('reads the same DataInput as readDataFolder and compiles to the identical dataset', async () => {
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(join(root, 'graph-data', path, '..'), { recursive: true });
      writeFileSync(join(root, 'graph-data', path), text);
    }
    const disk = readDataFolder(root);
    const bytes = zipOf({ ...FILES, 'notes.md': 'ignored', '__MACOSX/graph-data/._test.txt': 'junk' });
    const input = await graphDataInput('data.zip', bytes);
    expect(input.files.map((f) => f.path)).toEqual(disk.files.map((f) => `data.zip/${f.path}`));
    expect(input.files.map((f) => f.text)).toEqual(disk.files.map((f) => f.text));
    expect(input.sourceTexts.map(({ text, sha256 }) => ({ text, sha256 }))).toEqual(disk.sourceTexts.map(({ text, sha256 }) => ({ text, sha256 })));

    const report = emptyReport();
    const dataset = await importGraphDataZip('data.zip', bytes, report);
    expect(dataset).toStrictEqual(compileDataset(disk));
    expect(report.issues).toEqual([]);
    expect(report.counts).toMatchObject({ sources: 1, entities: dataset.graph.nodes.length, relations: dataset.graph.edges.length });
  });

  it('finds the folder holding sources.yaml anywhere in the archive, even written with data descriptors', async () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      chunks.push(chunk);
    });
    for (const [path, text] of Object.entries(FILES)) {
      const entry = new ZipDeflate(`export/my data/graph-data/${path}`);
      zip.add(entry);
      entry.push(strToU8(text), true);
    }
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
    const input = await graphDataInput('x.zip', bytes);
    expect(input.files[0]?.path).toBe('x.zip/export/my data/graph-data/sources.yaml');
    expect(input.sourceTexts.map((s) => s.text)).toEqual([SOURCE_TEXT]);
  });

  it('reports every validation error with the `file:line collection[id].field: problem` text, and opens nothing', async () => {
    const broken = RELATIONS.replace('target: bob-corp', 'target: bob-crop');
    const report = emptyReport();
    const e = await refusal(importGraphDataZip('data.zip', zipOf({ ...FILES, 'relations/01-a.yaml': broken }), report));
    expect(e.code).toBe('invalid-data');
    const line = broken.split('\n').findIndex((l) => l.includes('bob-crop')) + 1;
    const errors = report.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.message.en)).toContainEqual(expect.stringMatching(new RegExp(`^data\\.zip/graph-data/relations/01-a\\.yaml:${line} relations\\[[a-z-]+\\]\\.target: .*bob-crop`)));
    expect(errors[0]?.where).toMatchObject({ file: 'data.zip/graph-data/relations/01-a.yaml' });
  });

  it('refuses an archive without sources.yaml, or with two graph-data folders side by side', async () => {
    expect((await refusal(graphDataInput('a.zip', zipOf({ 'readme.txt': 'hi' })))).code).toBe('no-graph-data');
    const two = zipSync({ 'a/sources.yaml': strToU8(SOURCES), 'b/sources.yaml': strToU8(SOURCES) });
    expect((await refusal(graphDataInput('a.zip', two))).messages.en).toContain('a/sources.yaml, b/sources.yaml');
  });

  it('names the byte offset of invalid UTF-8 in a YAML file', async () => {
    const bad = new Uint8Array([...strToU8('sources:\n  - id: x'), 0xff, 0x0a]);
    const e = await refusal(graphDataInput('a.zip', zipOf({ ...FILES, 'sources.yaml': bad })));
    expect(e.code).toBe('invalid-utf8');
    expect(e.where.file).toBe('a.zip/graph-data/sources.yaml');
    expect(e.messages.en).toContain('offset 18');
  });
});

describe('hostile archives', () => {
  const limits = { maxEntries: 100, maxTotalBytes: 1_000_000, maxEntryBytes: 1_000_000 };
  const refuse = (bytes: Uint8Array, l = limits): ImportError => {
    try {
      listZip('h.zip', bytes, l).forEach((e) => e.read());
    } catch (e) {
      if (e instanceof ImportError) return e;
      throw e;
    }
    throw new Error('accepted');
  };

  it('refuses ".." and absolute paths (zip slip)', () => {
    expect(refuse(zipSync({ '../evil.txt': strToU8('x') })).code).toBe('zip-unsafe-path');
    expect(refuse(zipSync({ 'a/../../evil.txt': strToU8('x') })).code).toBe('zip-unsafe-path');
    expect(refuse(zipSync({ '/etc/passwd': strToU8('x') })).code).toBe('zip-unsafe-path');
    expect(refuse(zipSync({ 'C:\\evil.txt': strToU8('x') })).code).toBe('zip-unsafe-path');
  });

  it('refuses too many entries and too much declared content before inflating anything', () => {
    const many: Zippable = {};
    for (let i = 0; i < 5; i += 1) many[`f${i}.txt`] = strToU8('x');
    expect(refuse(zipSync(many), { ...limits, maxEntries: 4 }).messages.en).toBe('5 entries, more than the limit of 4');
    const big = zipSync({ 'a.txt': new Uint8Array(600_000), 'b.txt': new Uint8Array(600_000) });
    expect(refuse(big).code).toBe('zip-too-large');
    expect(refuse(big, { ...limits, maxEntryBytes: 500_000 }).code).toBe('file-too-large');
  });

  it('stops inflating an entry that grows past its declared size (a zip bomb lying in its directory)', () => {
    const bytes = zipSync({ 'bomb.txt': new Uint8Array(5_000_000) });
    // Patch the central directory's uncompressed size (offset 24 in the entry) down to 1000 bytes.
    const view = new DataView(bytes.buffer);
    let cd = bytes.length - 22;
    while (view.getUint32(cd, true) !== 0x06054b50) cd -= 1;
    const entry = view.getUint32(cd + 16, true);
    view.setUint32(entry + 24, 1000, true);
    expect(refuse(bytes, { ...limits, maxTotalBytes: DEFAULT_CAPS.totalBytes }).code).toBe('zip-bomb');
  });

  it('refuses bytes that are not a zip', () => {
    expect(refuse(strToU8('PK\u0003\u0004 not really')).code).toBe('invalid-zip');
  });
});
