// Where the CLI writes each exported file: FILE itself, or for CSV two files in a directory or under a prefix.
import { join } from 'node:path';

/**
 * Output paths for `count` files named `names` (the app's own names). One file: `out`.
 * Several (CSV): when `out` is a directory (`outIsDir`, or ends with a slash), the app's names
 * inside it; otherwise `out` (minus a `.csv` ending) is a prefix: `<out>-entities.csv`, ….
 */
export function outputPaths(out: string, names: readonly string[], outIsDir: boolean): string[] {
  if (names.length === 1 && !outIsDir) return [out];
  if (outIsDir || /[/\\]$/.test(out)) return names.map((n) => join(out, n));
  const prefix = out.replace(/\.csv$/i, '');
  return names.map((n) => {
    const part = /_([a-z]+)\.[a-z]+$/.exec(n)?.[1] ?? n;
    const ext = /\.[a-z]+$/.exec(n)?.[0] ?? '';
    return `${prefix}-${part}${ext}`;
  });
}
