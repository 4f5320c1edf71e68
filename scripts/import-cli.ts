// `npm run import -- FILE… --out bundle.json`: converts any importable data into a dataset bundle and prints the import report.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { compiledDataset } from '../app/src/model/schema';
import { importFiles } from '../app/src/model/import/importFiles';
import { checkStoryView } from '../app/src/state/storyViewCheck';
import { serializeBundle, toBundle } from '../app/src/model/bundle/toBundle';
import { DEFAULT_CAPS } from '../app/src/model/import/report';
import { CliArgsError } from './export/cliArgs';
import { parseImportArgs } from './import/importArgs';
import { builtInVocabulary } from './import/builtInVocabulary';
import { reportLines, reportMarkdown } from './import/reportLines';

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

let args;
try {
  args = parseImportArgs(process.argv.slice(2));
} catch (e) {
  if (e instanceof CliArgsError) fail(e.message);
  throw e;
}
// npm runs scripts from the project root: paths are relative to where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
const at = (path: string): string => resolve(cwd, path);
const files = args.files.map((path) => {
  let size: number;
  try {
    size = statSync(at(path)).size;
  } catch {
    fail(`cannot read ${path}: no such file`);
  }
  // Sizes are checked before reading (importFiles checks them again, with the same message).
  if (size > DEFAULT_CAPS.fileBytes) fail(`${path} is ${(size / 1048576).toFixed(1)} MB, more than the limit of ${(DEFAULT_CAPS.fileBytes / 1048576).toFixed(1)} MB per file`);
  return { name: basename(path), bytes: new Uint8Array(readFileSync(at(path))) };
});
const result = await importFiles(files, { baseVocabulary: builtInVocabulary(), checkStoryView });
for (const line of reportLines(result.report, result.ok, args.lang)) console.log(line);
if (args.report) writeFileSync(at(args.report), reportMarkdown(result.report, result.ok, args.lang));
if (!result.ok) process.exit(1);
if (args.out) {
  compiledDataset.parse(result.dataset);
  writeFileSync(at(args.out), serializeBundle(toBundle(result.dataset)));
  console.log(args.lang === 'zh' ? `已寫入 ${args.out}` : `wrote ${args.out}`);
}
