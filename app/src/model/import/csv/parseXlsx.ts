// XLSX with an entities sheet and a relations sheet (Kumu's layout), read with read-excel-file (loaded only when needed) through the CSV header mapping.
import { zipSync } from 'fflate';
import { listZip } from '../zip';
import { DEFAULT_CAPS, ImportError, type ImportCaps, type ImportIssue } from '../report';
import { buildFromTables, type CsvColumnMapping, type CsvParseResult, type RecordTable } from './parseCsv';

/** Most parts a workbook may have (sheets, styles, relations…), checked from the zip directory before anything is read. */
const MAX_PARTS = 2000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** A cell as text: dates as ISO days (or date-times), numbers as JavaScript writes them, booleans as true/false. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    const day = `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
    return cell.getUTCHours() + cell.getUTCMinutes() + cell.getUTCSeconds() === 0 ? day : cell.toISOString();
  }
  return String(cell);
}

/**
 * Reads a workbook: each sheet is a table named `book.xlsx/Sheet`, placed by its headers like a CSV file (sheets that
 * are neither entities nor relations are left out with a note). The archive is checked and inflated by our own bounded
 * reader first (sizes, entry count, paths), then handed to read-excel-file stored (uncompressed), so it cannot inflate
 * beyond what the directory declared. Cells are plain values: formulas are never evaluated (their cached value is read).
 */
export async function parseXlsx(name: string, bytes: Uint8Array, options: { mapping?: CsvColumnMapping; caps?: ImportCaps } = {}): Promise<CsvParseResult> {
  const caps = options.caps ?? DEFAULT_CAPS;
  const entries = listZip(name, bytes, { maxEntries: MAX_PARTS, maxTotalBytes: caps.totalBytes, maxEntryBytes: caps.fileBytes });
  const parts: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>;
  for (const entry of entries) parts[entry.path] = entry.read();
  const stored = zipSync(parts, { level: 0 });
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const { default: readXlsxFile } = await import('read-excel-file/universal');
    sheets = (await readXlsxFile(stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer)) as unknown as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('invalid-xlsx', { file: name }, { en: `not a readable Excel workbook (${reason})`, zh: `不是可讀取的 Excel 活頁簿（${reason}）` });
  }
  const tables: RecordTable[] = sheets.map(({ sheet, data }) => ({ name: `${name}/${sheet}`, records: data.map((row) => row.map(cellText)) }));
  const issues: ImportIssue[] = [];
  return buildFromTables(tables, [], options, issues, true);
}
