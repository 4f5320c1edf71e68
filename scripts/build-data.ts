// `npm run data`: validates graph-data, compiles it (graph + layout + texts) and writes app/src/generated/dataset.json
// (`npm run data -- --bundle FILE`: writes it as a dataset bundle to FILE instead).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDataset, serializeDataset } from '../app/src/model/data/compile';
import { DataValidationError, formatValidationError } from '../app/src/model/data/errors';
import { readDataFolder } from '../app/src/model/data/readDataFolder';
import { serializeBundle, toBundle } from '../app/src/model/bundle/toBundle';
import { checkStoryView } from '../app/src/state/storyViewCheck';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = resolve(root, 'app/src/generated/dataset.json');
const argv = process.argv.slice(2);
const bundleAt = argv.findIndex((a) => a === '--bundle' || a.startsWith('--bundle='));
const bundleArg = bundleAt < 0 ? undefined : (argv[bundleAt] as string).startsWith('--bundle=') ? (argv[bundleAt] as string).slice(9) : argv[bundleAt + 1];
if (argv.length > 0 && (bundleAt < 0 || !bundleArg || bundleArg.startsWith('--') || argv.length !== (argv[bundleAt]?.includes('=') ? 1 : 2))) {
  console.error('usage: npm run data [-- --bundle FILE]');
  process.exit(1);
}
try {
  const dataset = compileDataset(readDataFolder(root), { checkStoryView });
  if (bundleArg !== undefined) {
    // npm runs scripts from the project root; a relative FILE is relative to where the user typed the command.
    const bundleFile = resolve(process.env.INIT_CWD ?? process.cwd(), bundleArg);
    mkdirSync(dirname(bundleFile), { recursive: true });
    writeFileSync(bundleFile, serializeBundle(toBundle(dataset)));
    console.log(`wrote ${bundleArg}: dataset bundle v1, ${dataset.graph.nodes.length} entities, ${dataset.graph.edges.length} relations`);
    process.exit(0);
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, serializeDataset(dataset));
  const evidence = dataset.graph.edges.reduce((n, e) => n + e.attributes.evidence.length, 0);
  console.log(`wrote app/src/generated/dataset.json: ${dataset.graph.nodes.length} nodes, ${dataset.graph.edges.length} edges, ${evidence} evidence items, ${dataset.stories?.length ?? 0} stories`);
} catch (error) {
  if (!(error instanceof DataValidationError)) throw error;
  for (const e of error.errors) console.error(formatValidationError(e));
  console.error(`graph-data: ${error.errors.length} error(s); nothing written`);
  process.exit(1);
}
