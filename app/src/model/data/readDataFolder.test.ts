// Tests for the file-system layer: file order, repository-relative paths, source hashes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTITIES, RELATIONS, SOURCE_TEXT, SOURCES, sha256, VOCABULARY } from './fixtures/minimal';
import { readDataFolder } from './readDataFolder';
import { validateData } from './validate';

const root = mkdtempSync(join(tmpdir(), 'evidence-graph-data-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readDataFolder', () => {
  it('reads sources, vocabulary, then entities and relations in name order, with sha256 of the text files', () => {
    const dir = join(root, 'graph-data');
    mkdirSync(join(dir, 'entities'), { recursive: true });
    mkdirSync(join(dir, 'relations'), { recursive: true });
    writeFileSync(join(dir, 'sources.yaml'), SOURCES);
    writeFileSync(join(dir, 'vocabulary.yaml'), VOCABULARY);
    writeFileSync(join(dir, 'entities', '01-people.yaml'), ENTITIES);
    const cut = RELATIONS.indexOf('  - id: rel-carol-sued');
    writeFileSync(join(dir, 'relations', '01-a.yaml'), RELATIONS.slice(0, cut));
    writeFileSync(join(dir, 'relations', '02-b.yaml'), `relations:\n${RELATIONS.slice(cut)}`);
    writeFileSync(join(dir, 'relations', 'notes.md'), 'ignored');
    writeFileSync(join(dir, 'test.txt'), SOURCE_TEXT);

    const input = readDataFolder(root);
    expect(input.files.map((f) => f.path)).toEqual([
      'graph-data/sources.yaml',
      'graph-data/vocabulary.yaml',
      'graph-data/entities/01-people.yaml',
      'graph-data/relations/01-a.yaml',
      'graph-data/relations/02-b.yaml',
    ]);
    expect(input.sourceTexts).toEqual([{ path: 'graph-data/test.txt', text: SOURCE_TEXT, sha256: sha256(SOURCE_TEXT) }]);
    const result = validateData(input);
    expect(result.errors).toEqual([]);
    expect(result.counts.relations).toBe(3);
  });
});
