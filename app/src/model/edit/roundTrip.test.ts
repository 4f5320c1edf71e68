// Round trips: the built-in dataset edited as a copy compiles to the same graph; the graph-data zip unpacks into files `npm run validate` accepts.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { compileDataset } from '../data/compile';
import { readDataFolder } from '../data/readDataFolder';
import { validateData } from '../data/validate';
import { importGraphDataZip } from '../import/graphDataZip';
import { emptyReport } from '../import/report';
import { toDataInput } from './dataFiles';
import { authoringFromCompiled } from './fromCompiled';
import { graphDataZip } from './graphDataZip';
import { builtInCompiled, smallDataset } from './testDataset';

const dir = mkdtempSync(join(tmpdir(), 'evidence-graph-edit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('editing a copy of the built-in dataset', () => {
  it('changes nothing until edited: the copy compiles to the same graph and texts', { timeout: 120_000 }, () => {
    const builtIn = builtInCompiled();
    const { dataset, notes } = authoringFromCompiled(builtIn, 'Copy');
    expect(notes).toEqual([]);
    const again = compileDataset(toDataInput(dataset));
    expect(again.graph.nodes).toEqual(builtIn.graph.nodes);
    expect(again.graph.edges).toEqual(builtIn.graph.edges);
    expect(again.texts).toEqual(builtIn.texts);
  });
});

describe('the graph-data zip', () => {
  it('is the same bytes for the same dataset', () => {
    const { dataset } = smallDataset();
    expect(graphDataZip(dataset)).toEqual(graphDataZip(dataset));
  });

  it('unpacked at a folder, is read by the validator with no error and compiles to the dataset the app showed', () => {
    const { dataset } = smallDataset();
    const entries = unzipSync(graphDataZip(dataset));
    for (const [path, bytes] of Object.entries(entries)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const input = readDataFolder(dir);
    const result = validateData(input);
    expect(result.errors).toEqual([]);
    expect(result.counts).toEqual({ sources: 1, entities: 2, relations: 1, evidence: 1 });
    expect(compileDataset(input)).toEqual(compileDataset(toDataInput(dataset)));
  });

  it('reopens through the importer (Open… a .zip) as the same dataset', async () => {
    const { dataset } = smallDataset();
    const report = emptyReport();
    const reopened = await importGraphDataZip('edited.zip', graphDataZip(dataset), report);
    expect(reopened.graph.edges).toEqual(compileDataset(toDataInput(dataset)).graph.edges);
  });
});
