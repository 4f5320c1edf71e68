// The built-in vocabulary for command-line imports: from the compiled dataset, compiled first if it is missing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDataset } from '../../app/src/model/data/compile';
import { readDataFolder } from '../../app/src/model/data/readDataFolder';
import { compiledDataset, type CompiledVocabulary } from '../../app/src/model/schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The vocabulary imported kinds and relation types are mapped onto (the app's built-in one). */
export function builtInVocabulary(): CompiledVocabulary {
  const file = resolve(ROOT, 'app/src/generated/dataset.json');
  const dataset = existsSync(file) ? compiledDataset.parse(JSON.parse(readFileSync(file, 'utf8'))) : compileDataset(readDataFolder(ROOT));
  return dataset.graph.attributes.vocabulary;
}
