// `npm run validate`: checks graph-data and prints every error (exit 1) or a one-line summary.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatValidationError } from '../app/src/model/data/errors';
import { readDataFolder } from '../app/src/model/data/readDataFolder';
import { validateData } from '../app/src/model/data/validate';
import { checkStoryView } from '../app/src/state/storyViewCheck';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const result = validateData(readDataFolder(root), { checkStoryView });
for (const error of result.errors) console.error(formatValidationError(error));
for (const warning of result.warnings) console.error(`warning: ${formatValidationError(warning)}`);
if (result.errors.length > 0) {
  console.error(`graph-data: ${result.errors.length} error(s), ${result.warnings.length} warning(s)`);
  process.exit(1);
}
const c = result.counts;
console.log(`graph-data valid: ${c.sources} source(s), ${c.entities} entities, ${c.relations} relations, ${c.evidence} evidence items, ${result.dataset?.stories.length ?? 0} stories${result.warnings.length > 0 ? `, ${result.warnings.length} warning(s)` : ''}`);
