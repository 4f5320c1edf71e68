// Which importer reads a file: by content first (bundle, zip, GEXF, GraphML, Graphology JSON), else by extension.
import type { ImportFormat } from './report';

const SNIFF_CHARS = 4096;

/** The file's extension, lower-case, without the dot (`''` when none). */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** Whether the bytes start like a zip archive (local file header, or an empty archive's end record). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** Binary formats, from the bytes: a zip is a graph-data folder unless it is named .xlsx. */
export function detectBinary(name: string, bytes: Uint8Array): ImportFormat | null {
  if (!looksLikeZip(bytes)) return null;
  return extensionOf(name) === 'xlsx' ? 'xlsx' : 'graph-data-zip';
}

/** Text formats, from the decoded text's start, then from the extension; null when neither says. */
export function detectText(name: string, text: string): ImportFormat | null {
  const head = text.slice(0, SNIFF_CHARS).trimStart();
  if (head.startsWith('{')) {
    if (/"format"\s*:\s*"evidence-graph-bundle"/.test(head)) return 'bundle';
    if (/"nodes"\s*:/.test(text.slice(0, 1_000_000)) || extensionOf(name) === 'json') return 'graphology-json';
  }
  if (head.startsWith('<')) {
    if (/<(?:[\w-]+:)?gexf[\s>]/.test(head)) return 'gexf';
    if (/<(?:[\w-]+:)?graphml[\s>]/.test(head)) return 'graphml';
  }
  switch (extensionOf(name)) {
    case 'json':
      return 'graphology-json';
    case 'gexf':
      return 'gexf';
    case 'graphml':
      return 'graphml';
    case 'csv':
    case 'tsv':
      return 'csv';
    case 'txt':
    case 'md':
    case 'markdown':
      return 'text';
    default:
      return null;
  }
}
