// Parses one YAML data file keeping positions, so errors can name the line of any field.
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { ValidationError } from './errors';

/** A graph-data file as read from disk (or written inline by a test). */
export interface DataFile {
  /** Repository-relative path, e.g. `graph-data/entities/01-people.yaml`. */
  path: string;
  text: string;
}

/** A parsed YAML file: its plain value plus a line lookup for any path inside it. */
export interface ParsedYaml {
  path: string;
  value: unknown;
  /** 1-based line of the node at `path`, or of its nearest existing ancestor. */
  lineOf(path: readonly (string | number)[]): number | null;
}

function nodeStart(doc: Document, path: readonly (string | number)[]): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (node !== null && typeof node === 'object' && 'range' in node) {
      const range = (node as { range?: unknown }).range;
      if (Array.isArray(range) && typeof range[0] === 'number') return range[0];
    }
  }
  return null;
}

/** Parses YAML text; syntax errors come back as ValidationErrors with their line. */
export function parseYamlFile(file: DataFile): { parsed: ParsedYaml; errors: ValidationError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors: ValidationError[] = doc.errors.map((e) => ({
    file: file.path,
    line: lineCounter.linePos(e.pos[0]).line,
    collection: null,
    recordId: null,
    field: null,
    message: `YAML syntax error: ${e.message.split('\n')[0] ?? e.code}`,
  }));
  const lineOf = (path: readonly (string | number)[]): number | null => {
    const start = nodeStart(doc, path);
    return start === null ? null : lineCounter.linePos(start).line;
  };
  const value: unknown = errors.length > 0 ? null : doc.toJS({ maxAliasCount: 100 });
  return { parsed: { path: file.path, value, lineOf }, errors };
}
