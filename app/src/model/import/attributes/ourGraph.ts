// Our own graph-level data (sources and vocabulary, as objects or JSON text) back into draft sources, kinds and types.
import type { DraftSource, DraftType, Where } from '../draft';
import type { ParserIssues } from './parserIssues';

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(record: Loose, name: string): string | undefined {
  const value = Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** `{en, zh}` or a plain string → [en, zh]. */
function bilingual(record: Loose, name: string): [string | undefined, string | undefined] {
  const value = Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
  if (typeof value === 'string') return [value, undefined];
  if (!isRecord(value)) return [undefined, undefined];
  return [str(value, 'en'), str(value, 'zh')];
}

function set<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** JSON text or an already parsed value; a text that is not JSON is reported and read as nothing. */
export function jsonValue(raw: unknown, what: string, where: Where, issues: ParserIssues): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    issues.warn('invalid-json', { ...where, column: what }, `graph attribute "${what}" is not valid JSON: ignored`, `圖屬性「${what}」不是有效的 JSON：已略過`);
    return undefined;
  }
}

/** Our `sources` graph attribute → draft sources (texts are not in graph files: the normaliser keeps quotes unanchored). */
export function ourSources(value: unknown, where: Where): DraftSource[] {
  if (!Array.isArray(value)) return [];
  const out: DraftSource[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const [title, titleZh] = bilingual(item, 'title');
    const id = str(item, 'id');
    const source: DraftSource = { title: title ?? titleZh ?? id ?? '', where: { ...where, ...(id !== undefined ? { element: id } : {}) } };
    set(source, 'id', id);
    set(source, 'titleZh', titleZh);
    set(source, 'url', str(item, 'url'));
    set(source, 'published', str(item, 'published'));
    set(source, 'language', str(item, 'language'));
    set(source, 'publisher', str(item, 'publisher'));
    out.push(source);
  }
  return out;
}

/** Our `vocabulary` graph attribute → draft kinds and relation types, ids, labels, colours, categories exactly. */
export function ourVocabulary(value: unknown): { kinds: DraftType[]; relationTypes: DraftType[] } {
  const kinds: DraftType[] = [];
  const relationTypes: DraftType[] = [];
  if (!isRecord(value)) return { kinds, relationTypes };
  const list = (name: string): Loose[] => {
    const items = Object.prototype.hasOwnProperty.call(value, name) ? value[name] : undefined;
    return Array.isArray(items) ? items.filter(isRecord) : [];
  };
  for (const item of list('kinds')) {
    const id = str(item, 'id');
    if (id === undefined) continue;
    const [label, labelZh] = bilingual(item, 'label');
    const [plural, pluralZh] = bilingual(item, 'plural');
    const kind: DraftType = { id };
    set(kind, 'label', label);
    set(kind, 'labelZh', labelZh);
    set(kind, 'plural', plural);
    set(kind, 'pluralZh', pluralZh);
    set(kind, 'color', str(item, 'color'));
    kinds.push(kind);
  }
  for (const item of list('relationTypes')) {
    const id = str(item, 'id');
    if (id === undefined) continue;
    const [label, labelZh] = bilingual(item, 'label');
    const type: DraftType = { id };
    set(type, 'label', label);
    set(type, 'labelZh', labelZh);
    if (typeof item.directed === 'boolean') type.directed = item.directed;
    set(type, 'category', str(item, 'category'));
    set(type, 'defaultStance', str(item, 'defaultStance'));
    set(type, 'color', str(item, 'color'));
    relationTypes.push(type);
  }
  return { kinds, relationTypes };
}
