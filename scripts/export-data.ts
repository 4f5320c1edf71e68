// `npm run --silent data:export`: prints the compiled graph (Graphology serialization) as JSON on stdout, nothing else.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDataset } from '../app/src/model/data/compile';
import { DataValidationError, formatValidationError } from '../app/src/model/data/errors';
import { readDataFolder } from '../app/src/model/data/readDataFolder';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
try {
  const { graph } = compileDataset(readDataFolder(root));
  process.stdout.write(`${JSON.stringify(graph, null, 2)}\n`);
} catch (error) {
  if (!(error instanceof DataValidationError)) throw error;
  for (const e of error.errors) console.error(formatValidationError(e));
  process.exit(1);
}
