// `npm run data`: validates graph-data, compiles it (graph + layout + texts) and writes app/src/generated/dataset.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDataset, serializeDataset } from '../app/src/model/data/compile';
import { DataValidationError, formatValidationError } from '../app/src/model/data/errors';
import { readDataFolder } from '../app/src/model/data/readDataFolder';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = resolve(root, 'app/src/generated/dataset.json');
try {
  const dataset = compileDataset(readDataFolder(root));
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, serializeDataset(dataset));
  const evidence = dataset.graph.edges.reduce((n, e) => n + e.attributes.evidence.length, 0);
  console.log(`wrote app/src/generated/dataset.json: ${dataset.graph.nodes.length} nodes, ${dataset.graph.edges.length} edges, ${evidence} evidence items`);
} catch (error) {
  if (!(error instanceof DataValidationError)) throw error;
  for (const e of error.errors) console.error(formatValidationError(e));
  console.error(`graph-data: ${error.errors.length} error(s); nothing written`);
  process.exit(1);
}
