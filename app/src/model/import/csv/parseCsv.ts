// CSV/TSV in Kumu's layout (an entities file and a relations file, or relations alone) plus .txt/.md source texts → a DraftDataset.
import Papa from 'papaparse';
import type { DraftDataset, DraftEntity, DraftEvidence, DraftRelation, DraftSource, Where } from '../draft';
import { slugify } from '../normalize/text';
import { readBoolean } from '../normalize/stanceStatus';
import { ImportError, type ImportIssue } from '../report';
import { guessRole, headerKey, mapHeaders, type ColumnMapping, type CsvField, type CsvRole } from './csvHeaders';

/** One file's mapping as the user confirmed it (or changed it): its role and what each header fills. */
export interface CsvFileMapping {
  file: string;
  role?: CsvRole;
  columns?: { header: string; field: CsvField | 'ignore' }[];
}
export type CsvColumnMapping = CsvFileMapping[];

/** What the parser made of each file, for a small confirm step: role and each column's field (`known: false` = a guess). */
export interface CsvMappingProposal {
  files: { file: string; role: CsvRole | 'source-text'; columns: ColumnMapping[] }[];
  /** True when some column was not recognised (its proposed field, often `ignore`, should be confirmed). */
  needsConfirmation: boolean;
}

export interface CsvParseResult {
  draft: DraftDataset;
  mapping: CsvMappingProposal;
  /** Row-level notes (unparsable rows, uneven quote/source lists, columns left out): merge them into the import report. */
  issues: ImportIssue[];
}

/** Separator between several values in one cell (aliases, quotes, sources). */
export const MULTI_VALUE = '|';

const TEXT_FILE = /\.(txt|md|markdown)$/i;

/** Undoes the `'` our own export (and OWASP advice) puts before formula-looking text; the text itself is never evaluated. */
function cleanCell(cell: string | undefined): string {
  const v = (cell ?? '').trim();
  return /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
}

function splitMulti(value: string): string[] {
  return value === '' ? [] : value.split(MULTI_VALUE).map((s) => s.trim()).filter((s) => s !== '');
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

function issue(issues: ImportIssue[], severity: ImportIssue['severity'], code: string, where: Where, en: string, zh: string): void {
  issues.push({ severity, code, where, message: { en, zh } });
}

/** The delimiter of a CSV: the most frequent of `,` tab `;` in the header line (comma when none or tied). */
export function guessDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  let best = ',';
  let bestCount = 0;
  for (const d of [',', '\t', ';']) {
    const count = header.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

/** Parses one CSV/TSV text into records (header first): delimiter from the header line (tab forced for .tsv), BOM dropped. */
function readRecords(name: string, text: string, issues: ImportIssue[]): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    delimiter: /\.tsv$/i.test(name) ? '\t' : guessDelimiter(body),
    skipEmptyLines: false,
    header: false,
    dynamicTyping: false,
  });
  for (const e of parsed.errors.slice(0, 20)) {
    if (e.code === 'UndetectableDelimiter') continue;
    const row = e.row === undefined ? undefined : e.row + 1;
    issue(issues, 'warning', 'csv-syntax', row === undefined ? { file: name } : { file: name, row }, `${e.message}`, `CSV 格式問題：${e.message}`);
  }
  return parsed.data;
}

interface Table {
  name: string;
  role: CsvRole;
  headers: string[];
  columns: ColumnMapping[];
  records: string[][];
}

function applyOverride(headers: string[], guessed: CsvRole | undefined, override: CsvFileMapping | undefined): { role: CsvRole | undefined; columns: ColumnMapping[] | undefined } {
  const role = override?.role ?? guessed;
  if (role === undefined) return { role, columns: undefined };
  const columns = mapHeaders(headers, role);
  for (const given of override?.columns ?? []) {
    for (const column of columns) if (column.header === given.header) Object.assign(column, { field: given.field, known: true });
  }
  return { role, columns };
}

/** The values of one record by field (several columns may fill a multi-valued field: their values are joined with `|`). */
function rowValues(record: readonly string[], columns: readonly ColumnMapping[]): Map<CsvField, { value: string; header: string }> {
  const out = new Map<CsvField, { value: string; header: string }>();
  columns.forEach((c, i) => {
    if (c.field === 'ignore') return;
    const value = cleanCell(record[i]);
    const had = out.get(c.field);
    if (had === undefined) out.set(c.field, { value, header: c.header });
    else if (value !== '') out.set(c.field, { value: had.value === '' ? value : `${had.value}${MULTI_VALUE}${value}`, header: had.header });
  });
  return out;
}

// Cells beyond the last header are not read: say so once per row.
function checkExtraCells(t: Table, record: readonly string[], row: number, issues: ImportIssue[]): void {
  const extra = record.slice(t.headers.length).filter((c) => c.trim() !== '');
  if (extra.length > 0) {
    issue(issues, 'warning', 'extra-cells', { file: t.name, row }, `${extra.length} cell(s) beyond the last column (first: ${JSON.stringify(extra[0])}): left out`, `有 ${extra.length} 格超出最後一欄（第一格：${JSON.stringify(extra[0])}）：已略去`);
  }
}

function toNumber(value: string): number | undefined {
  if (value === '') return undefined;
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

function readEntities(t: Table, issues: ImportIssue[]): DraftEntity[] {
  const out: DraftEntity[] = [];
  t.records.forEach((record, r) => {
    if (r === 0 || record.every((c) => c.trim() === '')) return;
    const row = r + 1;
    checkExtraCells(t, record, row, issues);
    const v = rowValues(record, t.columns);
    const get = (f: CsvField): string => v.get(f)?.value ?? '';
    const label = get('label');
    const labelZh = get('labelZh');
    const given = get('id');
    const where: Where = { file: t.name, row };
    const name = label || labelZh;
    if (given === '' && name === '') {
      issue(issues, 'warning', 'empty-row', where, 'the row has no label and no id: skipped', '此列沒有名稱也沒有 id：已略過');
      return;
    }
    const entity: DraftEntity = { id: given !== '' ? given : slugify(name) || name, where };
    if (given !== '') entity.where = { ...where, element: given };
    if (label) entity.label = label;
    if (labelZh) entity.labelZh = labelZh;
    if (get('kind')) entity.kind = get('kind');
    const aliases = splitMulti(get('aliases'));
    if (aliases.length > 0) entity.aliases = aliases;
    if (get('description')) entity.description = get('description');
    if (get('descriptionZh')) entity.descriptionZh = get('descriptionZh');
    if (get('color')) entity.color = get('color');
    const x = toNumber(get('x')), y = toNumber(get('y'));
    for (const [field, raw, num] of [['x', get('x'), x], ['y', get('y'), y]] as const) {
      if (raw !== '' && num === undefined) {
        issue(issues, 'warning', 'bad-number', { ...where, column: v.get(field)?.header ?? field }, `position ${JSON.stringify(raw)} is not a number: left out`, `位置 ${JSON.stringify(raw)} 不是數字：已略去`);
      }
    }
    if (x !== undefined && y !== undefined) Object.assign(entity, { x, y });
    out.push(entity);
  });
  return out;
}

// Pairs the i-th quote with the i-th source (or the only one); uneven lists pair the extra quotes with the last source, with a warning.
function pairWith(values: string[], count: number, where: Where, column: string, issues: ImportIssue[]): (string | undefined)[] {
  if (values.length > 1 && values.length !== count && count > 0) {
    issue(issues, 'warning', 'uneven-multi-values', { ...where, column }, `${count} quotes but ${values.length} values in ${column}: paired in order, the last value used for the rest`, `有 ${count} 段引文，但 ${column} 有 ${values.length} 個值：依序配對，其餘用最後一個值`);
  }
  return Array.from({ length: count }, (_, i) => values[Math.min(i, values.length - 1)]);
}

function readRelations(t: Table, issues: ImportIssue[], sourceOnly: Map<string, DraftSource>, textNames: Set<string>): DraftRelation[] {
  const out: DraftRelation[] = [];
  // The headers as the user wrote them, so the report names the column they see (`起點`, not From).
  const names: NonNullable<DraftRelation['columns']> = {};
  const fields = [['from', 'source'], ['to', 'target'], ['type', 'type'], ['stance', 'stance'], ['date', 'date'], ['dateEnd', 'dateEnd'], ['status', 'status'], ['claimedBy', 'claimedBy']] as const;
  for (const [field, key] of fields) {
    const header = t.columns.find((c) => c.field === field)?.header;
    if (header !== undefined && header !== '') names[key] = header;
  }
  t.records.forEach((record, r) => {
    if (r === 0 || record.every((c) => c.trim() === '')) return;
    const row = r + 1;
    checkExtraCells(t, record, row, issues);
    const v = rowValues(record, t.columns);
    const get = (f: CsvField): string => v.get(f)?.value ?? '';
    const header = (f: CsvField, fallback: string): string => v.get(f)?.header ?? fallback;
    const where: Where = { file: t.name, row };
    const relation: DraftRelation = { source: get('from'), target: get('to'), evidence: [], where, columns: names };
    if (get('id')) relation.id = get('id');
    for (const f of ['type', 'stance', 'date', 'dateEnd', 'status', 'claimedBy', 'summary', 'summaryZh'] as const) if (get(f)) relation[f] = get(f);
    const dir = get('directed');
    if (dir !== '') {
      const b = readBoolean(dir);
      if (b !== undefined) relation.directed = b;
      else issue(issues, 'warning', 'bad-direction', { ...where, column: header('directed', 'Directed') }, `direction ${JSON.stringify(dir)} is neither directed nor undirected: the type's default is used`, `方向 ${JSON.stringify(dir)} 無法識別：採用類型的預設`);
    }
    const quotes = splitMulti(get('quote'));
    const sources = splitMulti(get('source'));
    const urls = splitMulti(get('sourceUrl'));
    const starts = splitMulti(get('quoteStart')).map(Number);
    const quoteColumn = header('quote', 'Quote');
    const pairedSources = pairWith(sources, quotes.length, where, header('source', 'Source'), issues);
    const pairedUrls = pairWith(urls, quotes.length, where, header('sourceUrl', 'Source URL'), issues);
    quotes.forEach((quote, i) => {
      const ev: DraftEvidence = { quote, where: { ...where, column: quoteColumn } };
      const source = pairedSources[i], url = pairedUrls[i], start = starts[i];
      if (source !== undefined) ev.source = source;
      if (url !== undefined) ev.url = url;
      if (start !== undefined && Number.isInteger(start) && start >= 0) ev.start = start;
      relation.evidence.push(ev);
    });
    // A source named without any quote is still kept as a source of the dataset.
    if (quotes.length === 0) {
      for (const [i, ref] of (sources.length > 0 ? sources : urls).entries()) {
        const key = ref.toLowerCase();
        if (textNames.has(key) || sourceOnly.has(key)) continue;
        const src: DraftSource = { title: ref, where: { ...where, column: header('source', 'Source') } };
        const url = sources.length > 0 ? urls[i] : ref;
        if (url !== undefined) src.url = url;
        sourceOnly.set(key, src);
      }
    }
    out.push(relation);
  });
  return out;
}

/** A sheet of records (header first) to read as entities or relations; `records` come from a CSV/TSV text or a workbook sheet. */
export interface RecordTable {
  name: string;
  records: string[][];
}

/**
 * The shared reader behind CSV and XLSX: places each table by its headers (or the mapping), reads its rows, and adds
 * the source texts. `skipUnrecognised`: a table it cannot place is left out with a note instead of refusing the import
 * (a workbook's extra sheets); at least one table must still be placed.
 */
export function buildFromTables(
  inputs: readonly RecordTable[],
  texts: readonly { name: string; text: string }[],
  options: { mapping?: CsvColumnMapping },
  issues: ImportIssue[],
  skipUnrecognised = false,
): CsvParseResult {
  const proposal: CsvMappingProposal = { files: [], needsConfirmation: false };
  const tables: Table[] = [];
  const sources: DraftSource[] = [];
  const textNames = new Set<string>();

  for (const file of texts) {
    const text = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
    const title = baseName(file.name);
    sources.push({ id: slugify(title.replace(/\.[^.]+$/, '')) || undefined, title, text, where: { file: file.name } });
    textNames.add(title.toLowerCase()).add(title.replace(/\.[^.]+$/, '').toLowerCase());
    proposal.files.push({ file: file.name, role: 'source-text', columns: [] });
  }
  for (const file of inputs) {
    const records = file.records;
    const headers = (records[0] ?? []).map((h) => h.trim());
    const override = options.mapping?.find((m) => m.file === file.name);
    const { role, columns } = applyOverride(headers, guessRole(headers), override);
    if (role === undefined || columns === undefined) {
      const messages = {
        en: `cannot tell what ${file.name} holds: it needs a From and a To column (relations) or a Label, Name or Id column (entities); its headers are ${headers.map((h) => JSON.stringify(h)).join(', ') || 'empty'}`,
        zh: `無法判斷 ${file.name} 的內容：關係檔需要「起點」和「終點」欄，實體檔需要「名稱」或 id 欄；目前的欄名為 ${headers.join('、') || '（空）'}`,
      };
      if (!skipUnrecognised) throw new ImportError('csv-unrecognised', { file: file.name, row: 1 }, messages);
      issue(issues, 'info', 'sheet-skipped', { file: file.name, row: 1 }, `${messages.en}: left out`, `${messages.zh}：已略去`);
      continue;
    }
    const table: Table = { name: file.name, role, headers, columns, records };
    tables.push(table);
    proposal.files.push({ file: file.name, role, columns });
    for (const c of columns) {
      if (c.known) continue;
      proposal.needsConfirmation = true;
      issue(issues, 'info', 'unknown-column', { file: file.name, row: 1, column: c.header }, `column ${JSON.stringify(c.header)} is not recognised: ${c.field === 'ignore' ? 'left out' : `read as ${c.field}`}`, `欄位 ${JSON.stringify(c.header)} 無法識別：${c.field === 'ignore' ? '已略去' : `當作 ${c.field}`}`);
    }
    const needed = role === 'relations' ? (['from', 'to'] as const) : [];
    for (const field of needed) {
      if (!columns.some((c) => c.field === field)) {
        throw new ImportError('csv-missing-column', { file: file.name, row: 1 }, {
          en: `${file.name} has no ${field === 'from' ? 'From' : 'To'} column`,
          zh: `${file.name} 沒有「${field === 'from' ? '起點' : '終點'}」欄`,
        });
      }
    }
    if (headers.some((h) => headerKey(h) === '')) {
      issue(issues, 'info', 'empty-header', { file: file.name, row: 1 }, 'a column has no header: left out', '有一欄沒有欄名：已略去');
    }
  }
  if (tables.length === 0 && inputs.length > 0) {
    throw new ImportError('csv-unrecognised', { file: inputs[0]?.name ?? '' }, {
      en: 'no sheet has a From and a To column (relations) or a Label, Name or Id column (entities)',
      zh: '沒有任何工作表含有「起點」和「終點」欄（關係）或「名稱」、id 欄（實體）',
    });
  }

  const sourceOnly = new Map<string, DraftSource>();
  const entities = tables.filter((t) => t.role === 'entities').flatMap((t) => readEntities(t, issues));
  const relations = tables.filter((t) => t.role === 'relations').flatMap((t) => readRelations(t, issues, sourceOnly, textNames));
  const hasEntityFile = tables.some((t) => t.role === 'entities');
  const draft: DraftDataset = {
    name: baseName(tables[0]?.name ?? inputs[0]?.name ?? 'CSV').replace(/\.[^.]+$/, ''),
    directedDefault: true,
    sources: [...sources, ...sourceOnly.values()],
    entities,
    relations,
  };
  if (!hasEntityFile) draft.impliedEntities = true;
  return { draft, mapping: proposal, issues };
}

/**
 * Reads Kumu-style spreadsheets: which file holds entities and which relations is told by the headers (a From/To pair
 * → relations), in English or Chinese, case- and space-insensitive. `.txt`/`.md` files become sources with their text
 * (title = file name), so quotes naming them (Source = the file name, with or without extension) get anchored.
 * A relations file alone implies its entities. Cells are plain text: `=SUM(…)` stays the string `=SUM(…)`.
 * Throws ImportError when a CSV file has neither a From/To pair nor a Label/Name/Id column (and no mapping says what it is).
 */
export function parseCsvFiles(files: { name: string; text: string }[], options: { mapping?: CsvColumnMapping } = {}): CsvParseResult {
  const issues: ImportIssue[] = [];
  const texts = files.filter((f) => TEXT_FILE.test(f.name));
  const tables = files.filter((f) => !TEXT_FILE.test(f.name)).map((f) => ({ name: f.name, records: readRecords(f.name, f.text, issues) }));
  const result = buildFromTables(tables, texts, options, issues);
  const order = new Map(files.map((f, i) => [f.name, i]));
  result.mapping.files.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return result;
}
