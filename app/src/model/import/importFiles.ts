// The import orchestrator: caps, decoding, format detection, dispatch to the right reader, and one report whatever happens.
import { fromBundle, parseBundle } from '../bundle/fromBundle';
import type { CompiledDataset, CompiledVocabulary } from '../schema';
import type { StoryViewCheck } from '../story/validate';
import { decodeText } from './decodeText';
import { detectBinary, detectText, extensionOf } from './detectFormat';
import type { DraftDataset } from './draft';
import { importGraphDataZip } from './graphDataZip';
import { normalizeDraft } from './normalize';
import { TEXT_PARSERS } from './parsers';
import { parseCsvFiles, type CsvColumnMapping, type CsvMappingProposal } from './csv/parseCsv';
import { parseXlsx } from './csv/parseXlsx';
import { DEFAULT_CAPS, emptyReport, ImportError, type ImportCaps, type ImportFormat, type ImportIssue, type ImportReport, type ProgressFn } from './report';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportFilesOptions {
  /** The vocabulary imported kinds and relation types are mapped onto (bundles and graph-data zips bring their own). */
  baseVocabulary: CompiledVocabulary;
  caps?: ImportCaps;
  onProgress?: ProgressFn;
  /** Set `aborted` to stop: the result is `{ok: false}` with a `cancelled` issue. */
  signal?: { aborted: boolean };
  /**
   * Reads story step views (bundles, graph-data zips) like links: `checkStoryView` from state/storyViewCheck.ts (the
   * model cannot import it). Without it, story views are not checked; captions and ids still are.
   */
  checkStoryView?: StoryViewCheck;
  /** The user's confirmed CSV header mapping (a `CsvColumnMapping`; typed loosely because it crosses the worker boundary). */
  csvMapping?: unknown;
}

/** `csvProposal`: for CSV input, what the reader made of each file and column (the UI's mapping step shows it). */
export type ImportResult =
  | { ok: true; dataset: CompiledDataset; report: ImportReport; csvProposal?: CsvMappingProposal }
  | { ok: false; report: ImportReport; csvProposal?: CsvMappingProposal };

/** Formats read from one file on their own. */
const SINGLE_FILE_FORMATS: readonly ImportFormat[] = ['bundle', 'graph-data-zip', 'graphology-json', 'gexf', 'graphml', 'xlsx'];

const FORMAT_NAMES: Record<ImportFormat, string> = {
  bundle: 'dataset bundle',
  'graph-data-zip': 'graph-data .zip',
  'graphology-json': 'Graphology JSON',
  gexf: 'GEXF',
  graphml: 'GraphML',
  csv: 'CSV/TSV',
  xlsx: 'Excel workbook',
  text: 'source text',
};

const SUPPORTED = 'a dataset bundle (.json), a graph-data .zip, Graphology JSON, GEXF, GraphML, an Excel workbook (.xlsx), or CSV/TSV files (with .txt/.md source texts)';
const SUPPORTED_ZH = '資料包（.json）、graph-data 壓縮檔（.zip）、Graphology JSON、GEXF、GraphML、Excel 活頁簿（.xlsx），或 CSV/TSV 檔（可附 .txt/.md 來源全文）';

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function fail(report: ImportReport, code: string, file: string, en: string, zh: string): ImportResult {
  report.issues.push({ severity: 'error', code, where: { file }, message: { en, zh } });
  return { ok: false, report };
}

function cancelledResult(report: ImportReport, file: string): ImportResult {
  return fail(report, 'cancelled', file, 'the import was cancelled; nothing was opened', '已取消匯入；未開啟任何資料');
}

/** Appends a parser's own issues before the normaliser's, unless the normaliser already did. */
function normalizeWithParserIssues(draft: DraftDataset, report: ImportReport, options: ImportFilesOptions, caps: ImportCaps): CompiledDataset {
  const at = report.issues.length;
  const dataset = normalizeDraft(draft, report, { baseVocabulary: options.baseVocabulary, caps, onProgress: options.onProgress, signal: options.signal });
  const own: ImportIssue[] = draft.issues ?? [];
  if (own.length > 0 && !own.some((i) => report.issues.includes(i))) report.issues.splice(at, 0, ...own);
  return dataset;
}

interface Detected {
  file: ImportFile;
  format: ImportFormat;
  /** Decoded text (text formats only). */
  text?: string;
}

/** Reads one structured file (bundle, zip, Graphology JSON, GEXF, GraphML, XLSX) into a dataset; `proposal` gets an XLSX's header mapping. */
async function readSingle(d: Detected, report: ImportReport, options: ImportFilesOptions, caps: ImportCaps, proposal: { value?: CsvMappingProposal } = {}): Promise<CompiledDataset> {
  const { name } = d.file;
  const onProgress = options.onProgress;
  switch (d.format) {
    case 'bundle': {
      onProgress?.('parse', 0);
      const bundle = parseBundle(name, d.text ?? '');
      return fromBundle(bundle, report, { file: name, caps, onProgress, signal: options.signal, checkStoryView: options.checkStoryView });
    }
    case 'graph-data-zip':
      return importGraphDataZip(name, d.file.bytes, report, { caps, onProgress, signal: options.signal, checkStoryView: options.checkStoryView });
    case 'graphology-json':
    case 'gexf':
    case 'graphml': {
      const parse = TEXT_PARSERS[d.format];
      if (parse === undefined) throw notYet(name, d.format);
      onProgress?.('parse', 0);
      return normalizeWithParserIssues(parse(name, d.text ?? '', caps), report, options, caps);
    }
    case 'xlsx': {
      onProgress?.('parse', 0);
      const parsed = await parseXlsx(name, d.file.bytes, { caps, ...(Array.isArray(options.csvMapping) ? { mapping: options.csvMapping as CsvColumnMapping } : {}) });
      report.issues.push(...parsed.issues);
      proposal.value = parsed.mapping;
      return normalizeWithParserIssues(parsed.draft, report, options, caps);
    }
    default:
      throw notYet(name, d.format);
  }
}

function notYet(file: string, format: ImportFormat): ImportError {
  return new ImportError(
    'format-not-supported',
    { file },
    { en: `${FORMAT_NAMES[format]} files cannot be opened yet; use ${SUPPORTED}`, zh: `尚無法開啟${FORMAT_NAMES[format]}檔；請使用${SUPPORTED_ZH}` },
  );
}

/** CSV/TSV files plus .txt/.md source texts: the CSV reader (its row notes go first in the report), then the normaliser. */
function readCsv(
  detected: readonly Detected[],
  report: ImportReport,
  options: ImportFilesOptions,
  caps: ImportCaps,
): { dataset: CompiledDataset; proposal: CsvMappingProposal } {
  options.onProgress?.('parse', 0);
  const files = detected.map((d) => ({ name: d.file.name, text: d.text ?? '' }));
  const parsed = parseCsvFiles(files, Array.isArray(options.csvMapping) ? { mapping: options.csvMapping as CsvColumnMapping } : {});
  report.issues.push(...parsed.issues);
  return { dataset: normalizeWithParserIssues(parsed.draft, report, options, caps), proposal: parsed.mapping };
}

/**
 * Opens the files a user gave (file input, drop, paste, `src=` link, command line). Never throws: every problem is in
 * the report (an ImportError as its own `error` issue, anything else as "internal error while reading X"). Nothing is
 * opened when the report has an error.
 */
export async function importFiles(files: readonly ImportFile[], options: ImportFilesOptions): Promise<ImportResult> {
  const caps = options.caps ?? DEFAULT_CAPS;
  const report = emptyReport();
  report.files = files.map((f) => ({ name: f.name, format: null, bytes: f.bytes.length }));
  const first = files[0]?.name ?? '';
  if (files.length === 0) return fail(report, 'no-files', '', 'no file to open', '沒有要開啟的檔案');

  // ---------- sizes, before reading anything ----------
  for (const f of files) {
    if (f.bytes.length > caps.fileBytes) {
      return fail(report, 'file-too-large', f.name, `${f.name} is ${mb(f.bytes.length)}, more than the limit of ${mb(caps.fileBytes)} per file`, `${f.name} 有 ${mb(f.bytes.length)}，超過每個檔案 ${mb(caps.fileBytes)} 的上限`);
    }
  }
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  if (total > caps.totalBytes) {
    return fail(report, 'files-too-large', first, `the files add up to ${mb(total)}, more than the limit of ${mb(caps.totalBytes)}`, `檔案合計 ${mb(total)}，超過上限 ${mb(caps.totalBytes)}`);
  }

  let current = first;
  try {
    // ---------- read: decode and detect ----------
    const detected: Detected[] = [];
    for (const [i, file] of files.entries()) {
      current = file.name;
      options.onProgress?.('read', i / files.length);
      if (options.signal?.aborted) return cancelledResult(report, file.name);
      const binary = detectBinary(file.name, file.bytes);
      let d: Detected;
      if (binary !== null) d = { file, format: binary };
      else {
        const text = decodeText(file.name, file.bytes);
        const format = detectText(file.name, text);
        if (format === null) {
          const ext = extensionOf(file.name);
          return fail(
            report,
            'unsupported-format',
            file.name,
            `cannot tell what kind of file ${file.name} is${ext ? ` (.${ext})` : ''}; open ${SUPPORTED}`,
            `無法判斷 ${file.name}${ext ? `（.${ext}）` : ''}是哪種檔案；請開啟${SUPPORTED_ZH}`,
          );
        }
        d = { file, format, text };
      }
      const entry = report.files[i];
      if (entry) entry.format = d.format;
      detected.push(d);
    }
    options.onProgress?.('read', 1);

    // ---------- which combination ----------
    const single = detected.filter((d) => SINGLE_FILE_FORMATS.includes(d.format));
    const csv = detected.filter((d) => d.format === 'csv');
    const texts = detected.filter((d) => d.format === 'text');
    if (single.length > 0 && detected.length > 1) {
      const s = single[0] as Detected;
      current = s.file.name;
      return fail(
        report,
        'unsupported-combination',
        s.file.name,
        `${s.file.name} (${FORMAT_NAMES[s.format]}) holds a whole dataset: open it on its own, not with ${detected.length - 1} other file(s)`,
        `${s.file.name}（${FORMAT_NAMES[s.format]}）已是完整資料集：請單獨開啟，不要與其他 ${detected.length - 1} 個檔案一起開啟`,
      );
    }
    if (options.signal?.aborted) return cancelledResult(report, first);
    let dataset: CompiledDataset;
    let csvProposal: CsvMappingProposal | undefined;
    if (single.length === 1) {
      current = (single[0] as Detected).file.name;
      const proposal: { value?: CsvMappingProposal } = {};
      dataset = await readSingle(single[0] as Detected, report, options, caps, proposal);
      csvProposal = proposal.value;
    } else if (csv.length === 0) {
      return fail(
        report,
        'text-without-csv',
        texts[0]?.file.name ?? first,
        'text files are the sources of a CSV: open them together with a relations CSV (and optionally an entities CSV)',
        '文字檔是 CSV 的來源全文：請與關係 CSV（及實體 CSV，可省略）一起開啟',
      );
    } else if (csv.length > 2) {
      return fail(
        report,
        'too-many-csv',
        (csv[2] as Detected).file.name,
        `${csv.length} CSV files: open at most two (entities and relations)`,
        `共 ${csv.length} 個 CSV 檔：最多開啟兩個（實體與關係）`,
      );
    } else {
      current = (csv[0] as Detected).file.name;
      const read = readCsv(detected, report, options, caps);
      dataset = read.dataset;
      csvProposal = read.proposal;
    }
    if (options.signal?.aborted) return cancelledResult(report, first);
    const extra = csvProposal === undefined ? {} : { csvProposal };
    if (report.issues.some((i) => i.severity === 'error')) return { ok: false, report, ...extra };
    return { ok: true, dataset, report, ...extra };
  } catch (e) {
    if (e instanceof ImportError) {
      if (e.code === 'cancelled') return cancelledResult(report, e.where.file);
      report.issues.push({ severity: 'error', code: e.code, where: e.where, message: e.messages });
      return { ok: false, report };
    }
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return fail(report, 'internal-error', current, `internal error while reading ${current}: ${detail}`, `讀取 ${current} 時發生內部錯誤：${detail}`);
  }
}
