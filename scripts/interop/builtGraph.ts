// The built dataset's graph for the interop tests (app/src/generated/dataset.json; compiled from graph-data/ when missing).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDataset } from '../../app/src/model/data/compile';
import { readDataFolder } from '../../app/src/model/data/readDataFolder';
import { graphFromDataset, type EvidenceGraph } from '../../app/src/model/graph';
import { compiledDataset } from '../../app/src/model/schema';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BUILT = join(ROOT, 'app/src/generated/dataset.json');

/** The graph `npm run data` wrote (what the app ships and exports). */
export function builtGraph(): EvidenceGraph {
  if (existsSync(BUILT)) return graphFromDataset(compiledDataset.parse(JSON.parse(readFileSync(BUILT, 'utf8'))));
  return graphFromDataset(compileDataset(readDataFolder(ROOT)));
}
