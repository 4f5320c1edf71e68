// Command-line arguments of `npm run import`: input files, --out, --lang, --report; each problem reported in one line.
import { CliArgsError } from '../export/cliArgs';

export interface ImportArgs {
  /** Input files, in the order given. */
  files: string[];
  /** Bundle to write; null = check and report only. */
  out: string | null;
  lang: 'en' | 'zh';
  /** Markdown report to write, if asked. */
  report: string | null;
}

export const IMPORT_USAGE = 'usage: npm run import -- FILE… [--out bundle.json] [--lang en|zh] [--report report.md]';

const VALUE_FLAGS = new Set(['out', 'lang', 'report']);

/** Parses `argv` (without node and script); throws CliArgsError naming the flag at fault. */
export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const values = new Map<string, string>();
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (onlyFiles || !arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    const name = m?.[1] ?? arg;
    if (!m || !VALUE_FLAGS.has(name)) throw new CliArgsError(`unknown option ${arg}; ${IMPORT_USAGE}`);
    const value = m[2] ?? argv[i + 1];
    if (value === undefined || value === '' || (m[2] === undefined && value.startsWith('--'))) throw new CliArgsError(`--${name} needs a value`);
    if (m[2] === undefined) i += 1;
    if (values.has(name)) throw new CliArgsError(`--${name} given twice`);
    values.set(name, value);
  }
  if (files.length === 0) throw new CliArgsError(`no input file; ${IMPORT_USAGE}`);
  const lang = values.get('lang') ?? 'en';
  if (lang !== 'en' && lang !== 'zh') throw new CliArgsError(`--lang: expected en or zh, got ${JSON.stringify(lang)}`);
  return { files, out: values.get('out') ?? null, lang, report: values.get('report') ?? null };
}
