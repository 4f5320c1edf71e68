// Command-line arguments of `npm run export`: parsed and checked, each problem reported in one line.
import { EXPORT_FORMATS, type ExportFormat, type ExportOptions } from '../../app/src/export/request';

/** A bad command line: the message is the one line to print. */
export class CliArgsError extends Error {
  override readonly name = 'CliArgsError';
}

export interface CliArgs {
  /** The view to open, as a URL fragment or query (`#v=1…` or `?v=1…`); '' = the default view. */
  link: string;
  format: ExportFormat;
  out: string;
  scale: number;
  width: number;
  height: number;
  full: boolean;
  transparent: boolean;
  all: boolean;
  /** GEXF/GraphML: undirected relations as undirected edges (mixed graph) instead of an `undirected` flag. */
  mixed: boolean;
  /** PNG/SVG frame: each part true/false when asked, else undefined (on for --full, off for the view). */
  title: boolean | undefined;
  titleText: string | undefined;
  legend: boolean | undefined;
  credit: boolean | undefined;
  /** Data files to render instead of the built-in dataset (any importable input: bundle, zip, GEXF, GraphML, JSON, CSV + texts). */
  data: string[];
  /** Interactive HTML: only what the link's view shows (default: the whole dataset). */
  visible: boolean;
  /** Interactive HTML: include this story and open at its first step. */
  story: string | undefined;
}

export const USAGE =
  "usage: npm run export -- --link '<deep link, or its #fragment / ?query>' --format png|svg|pdf|json|gexf|graphml|csv|md|bundle|html --out FILE [--scale 2] [--width 1600 --height 1000] [--full] [--transparent] [--all] [--mixed] [--title 'text' | --no-title] [--legend | --no-legend] [--credit | --no-credit] [--visible] [--story ID] [--data FILE…]";

const VALUE_FLAGS = new Set(['link', 'format', 'out', 'scale', 'width', 'height', 'title', 'story']);
const BOOL_FLAGS = new Set(['full', 'transparent', 'all', 'mixed', 'no-title', 'legend', 'no-legend', 'credit', 'no-credit', 'visible']);

/** true for --NAME, false for --no-NAME, undefined for neither; both is an error. */
function onOff(flags: ReadonlySet<string>, name: string, on: boolean): boolean | undefined {
  if (on && flags.has(`no-${name}`)) throw new CliArgsError(`--${name} and --no-${name} contradict each other`);
  return on ? true : flags.has(`no-${name}`) ? false : undefined;
}

/** The fragment or query of a link: a full URL keeps its `#…` (or `?…`), a bare `v=1&…` becomes `#v=1&…`. */
export function linkPart(link: string): string {
  const text = link.trim();
  if (text === '' || text.startsWith('#') || text.startsWith('?')) return text;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new CliArgsError(`--link: not a valid URL: ${text}`);
    }
    return url.hash || url.search;
  }
  return `#${text}`;
}

function positive(name: string, raw: string, max: number, integer: boolean): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n > max || (integer && !Number.isInteger(n))) {
    throw new CliArgsError(`--${name}: expected a ${integer ? 'whole ' : ''}number above 0 and at most ${max}, got ${JSON.stringify(raw)}`);
  }
  return n;
}

/** Parses `argv` (without node and script); throws CliArgsError naming the flag at fault. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const data: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    // --data takes every following argument up to the next option (several files make one dataset: CSV + texts).
    if (arg === '--data' || arg.startsWith('--data=')) {
      const start = data.length;
      if (arg.startsWith('--data=')) data.push(arg.slice(7));
      while (i + 1 < argv.length && !(argv[i + 1] ?? '').startsWith('--')) data.push(argv[(i += 1)] ?? '');
      if (data.length === start || data.slice(start).includes('')) throw new CliArgsError('--data needs at least one file');
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!m) throw new CliArgsError(`unexpected argument ${JSON.stringify(arg)}; ${USAGE}`);
    const name = m[1] ?? '';
    if (BOOL_FLAGS.has(name)) {
      if (m[2] !== undefined) throw new CliArgsError(`--${name} takes no value`);
      flags.add(name);
    } else if (VALUE_FLAGS.has(name)) {
      const value = m[2] ?? argv[i + 1];
      if (value === undefined || (m[2] === undefined && value.startsWith('--'))) throw new CliArgsError(`--${name} needs a value`);
      if (m[2] === undefined) i += 1;
      if (values.has(name)) throw new CliArgsError(`--${name} given twice`);
      values.set(name, value);
    } else {
      throw new CliArgsError(`unknown option --${name}; ${USAGE}`);
    }
  }
  const format = values.get('format');
  if (format === undefined) throw new CliArgsError(`--format is required (${EXPORT_FORMATS.join('|')})`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new CliArgsError(`--format: unknown format ${JSON.stringify(format)}; expected one of ${EXPORT_FORMATS.join(', ')}`);
  if (format !== 'html') {
    for (const only of ['visible', 'story']) if (flags.has(only) || values.has(only)) throw new CliArgsError(`--${only} applies to --format html only`);
  } else if (flags.has('all') && flags.has('visible')) throw new CliArgsError('--all and --visible contradict each other');
  const out = values.get('out');
  if (!out) throw new CliArgsError('--out is required (the file to write; for csv a directory or a name prefix)');
  return {
    link: linkPart(values.get('link') ?? ''),
    format: format as ExportFormat,
    out,
    scale: positive('scale', values.get('scale') ?? '2', 16, false),
    width: positive('width', values.get('width') ?? '1600', 8192, true),
    height: positive('height', values.get('height') ?? '1000', 8192, true),
    full: flags.has('full'),
    transparent: flags.has('transparent'),
    all: flags.has('all'),
    mixed: flags.has('mixed'),
    title: onOff(flags, 'title', values.has('title')),
    titleText: values.get('title'),
    legend: onOff(flags, 'legend', flags.has('legend')),
    credit: onOff(flags, 'credit', flags.has('credit')),
    data,
    visible: flags.has('visible'),
    story: values.get('story'),
  };
}

/** The app's export options for parsed arguments (frame parts left unset follow the scope's default). */
export function exportOptionsOf(args: CliArgs): ExportOptions {
  return {
    scope: args.full ? 'full' : 'view',
    scale: args.scale,
    background: !args.transparent,
    // Interactive HTML holds the whole dataset unless --visible; the other data formats hold the view unless --all.
    content: args.format === 'html' ? (args.visible ? 'visible' : 'all') : args.all ? 'all' : 'visible',
    edges: args.mixed ? 'mixed' : 'directed',
    ...(args.title === undefined ? {} : { title: args.title }),
    ...(args.titleText === undefined ? {} : { titleText: args.titleText }),
    ...(args.legend === undefined ? {} : { legend: args.legend }),
    ...(args.credit === undefined ? {} : { credit: args.credit }),
    ...(args.story === undefined ? {} : { story: args.story }),
  };
}
