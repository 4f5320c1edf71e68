// RFC 4180 CSV encoding with spreadsheet formula-injection protection.

/** A cell: text (guarded against formula injection) or a number (written as is). */
export type CsvCell = string | number;

const FORMULA_START = /^[=+\-@\t\r\0]/;

/** Text starting with `= + - @`, tab, CR or NUL gets a leading `'` so spreadsheets read it as text. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted (quotes doubled) when it holds a quote, comma, CR or LF. */
export function csvField(cell: CsvCell): string {
  const text = typeof cell === 'number' ? String(cell) : guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header line plus one line per row, CRLF-terminated; `bom` prefixes U+FEFF so Excel reads UTF-8. */
export function encodeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], bom: boolean): string {
  const lines = [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`);
  return (bom ? '\uFEFF' : '') + lines.join('');
}
