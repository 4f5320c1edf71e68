// Attribute names onto draft fields: English and Chinese synonyms, case- and spacing-insensitive, and our own columns.
import type { DraftEntity, DraftEvidence, DraftRelation, Where } from '../draft';
import { ParserIssues, quoted } from './parserIssues';
import { booleanOf, colorHex, finiteNumber, type RawValue } from './values';

const FIELD_KEYS = new Map<string, string>();

/** An attribute name as a lookup key: NFKC, lower case, without spaces, `_`, `-` or `.` (memoised: files repeat few names). */
export function fieldKey(name: string): string {
  let key = FIELD_KEYS.get(name);
  if (key === undefined) {
    key = name.normalize('NFKC').toLowerCase().replace(/[\s_.-]+/g, '');
    if (FIELD_KEYS.size < 10_000) FIELD_KEYS.set(name, key);
  }
  return key;
}

/** Synonyms in priority order (already field keys). */
const ENTITY_FIELDS = {
  label: ['label', 'labelen', 'name', 'nameen', 'sharedname', 'title', '名稱', '名称', '名字', '姓名', '標籤', '标签'],
  labelZh: ['labelzh', 'namezh', 'zhlabel', 'zhname', 'chinesename', '中文名', '中文名稱', '中文名称'],
  kind: ['kind', 'type', 'entitytype', 'nodetype', 'category', 'class', '類型', '类型', '種類', '种类', '類別', '类别'],
  description: ['descriptionen', 'description', 'desc', 'notes', 'note', 'summary', '描述', '說明', '说明', '簡介', '简介'],
  descriptionZh: ['descriptionzh', 'zhdescription', '中文描述', '中文說明', '中文说明'],
  aliases: ['aliases', 'alias', 'aka', 'alsoknownas', 'othernames', '別名', '别名'],
  x: ['x'],
  y: ['y'],
  size: ['size', 'nodesize'],
  color: ['color', 'colour', 'fill', 'fillcolor', '顏色', '颜色'],
} as const;

const RELATION_FIELDS = {
  type: ['type', 'relationtype', 'relation', 'relationship', 'kind', 'edgetype', 'interaction', 'sharedinteraction', 'predicate', '關係類型', '关系类型', '關係', '关系', '類型', '类型'],
  stance: ['stance', '立場', '立场'],
  date: ['date', 'start', 'startdate', 'begin', 'since', '日期', '開始', '开始', '開始日期', '开始日期'],
  dateEnd: ['dateend', 'end', 'enddate', 'until', '結束', '结束', '結束日期', '结束日期'],
  status: ['status', 'factorclaim', '狀態', '状态'],
  claimedBy: ['claimedby', 'claimant', 'claimby', '聲稱者', '声称者', '聲稱人', '声称人'],
  summary: ['summaryen', 'summary', 'description', 'descriptionen', 'notes', 'note', '摘要', '描述', '說明', '说明'],
  summaryZh: ['summaryzh', 'descriptionzh', '中文摘要', '中文描述'],
  evidence: ['evidence', 'quote', 'quotes', 'excerpt', 'citation', '引文', '引述', '引用', '證據', '证据'],
  quote: ['quote'],
  source: ['source', 'sourcetitle', 'sourceid', '來源', '来源', '出處', '出处'],
  url: ['url', 'sourceurl', 'link', 'href', '網址', '网址', '連結', '链接'],
  directed: ['directed', '有向'],
  undirected: ['undirected', '無向', '无向'],
} as const;

/** Columns of our own exports that carry no draft field (recomputed on import) or are read elsewhere. */
const OUR_EXTRA_COLUMNS = new Set(['mentions', 'px', 'py', 'category', 'color']);

type Fields<T> = { [K in keyof T]?: { name: string; value: RawValue } };

/** Synonym → [field, priority] for each table, so an element's attributes are looked up once each. */
const SYNONYMS = new WeakMap<object, Map<string, [string, number][]>>();

function synonymIndex(table: Record<string, readonly string[]>): Map<string, [string, number][]> {
  let index = SYNONYMS.get(table);
  if (index === undefined) {
    index = new Map();
    for (const [field, synonyms] of Object.entries(table)) {
      synonyms.forEach((synonym, priority) => {
        const list = index?.get(synonym) ?? [];
        list.push([field, priority]);
        index?.set(synonym, list);
      });
    }
    SYNONYMS.set(table, index);
  }
  return index;
}

/** One element's attributes by field key (first of equal keys wins), and which of them a field used. */
class Bag {
  private readonly byKey = new Map<string, { name: string; value: RawValue }>();
  readonly used = new Set<string>();

  constructor(attributes: ReadonlyMap<string, RawValue>) {
    for (const [name, value] of attributes) {
      const key = fieldKey(name);
      if (!this.byKey.has(key)) this.byKey.set(key, { name, value });
    }
  }

  /** Each field's first synonym present (blank values count only when `keepBlank`). */
  pick<T extends Record<string, readonly string[]>>(table: T, keepBlank: boolean): Fields<T> {
    const out: Record<string, { name: string; value: RawValue }> = Object.create(null) as Record<string, { name: string; value: RawValue }>;
    const best = new Map<string, number>();
    const index = synonymIndex(table);
    for (const [key, hit] of this.byKey) {
      const fields = index.get(key);
      if (fields === undefined || !(keepBlank ? hit.value !== null && hit.value !== undefined : !isBlank(hit.value))) continue;
      for (const [field, priority] of fields) {
        if ((best.get(field) ?? Infinity) <= priority) continue;
        best.set(field, priority);
        out[field] = hit;
      }
    }
    return out as Fields<T>;
  }

  /** Names of the attributes holding something (a null or blank value has nothing to import). */
  names(): string[] {
    return [...this.byKey.values()].filter((v) => !isBlank(v.value)).map((v) => v.name);
  }
}

function isBlank(value: RawValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** How a mapper reads one file. */
export interface MapContext {
  file: string;
  issues: ParserIssues;
  /** The file is one of our exports: empty strings are kept as they are (a blank label stays blank). */
  ours: boolean;
}

/** Text of a value: strings as they are, numbers/booleans printed, lists joined with `|`, objects as JSON. */
export function textOf(value: RawValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => textOf(v) ?? '').join('|');
  return JSON.stringify(value);
}

/** A list: arrays as they are, a JSON array of strings (our exports), else `|`-separated text. */
export function listFrom(value: RawValue): string[] | undefined {
  if (Array.isArray(value)) return value.map((v) => textOf(v) ?? '');
  const text = textOf(value);
  if (text === undefined) return undefined;
  if (text.trimStart().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) return parsed;
    } catch {
      // not JSON: split below
    }
  }
  return text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function unusedNote(bag: Bag, ctx: MapContext, scope: 'node' | 'edge', where: Where, ignore: ReadonlySet<string>): void {
  for (const name of bag.names()) {
    if (bag.used.has(name) || ignore.has(fieldKey(name)) || (ctx.ours && OUR_EXTRA_COLUMNS.has(name))) continue;
    if (!ctx.issues.first(`unused:${scope}:${name}`)) continue;
    ctx.issues.add(
      'info',
      'attribute-not-used',
      { ...where, column: name },
      `${scope} attribute ${quoted(name)} matches no field and is not imported`,
      `${scope === 'node' ? '節點' : '邊'}屬性 ${quoted(name)} 無對應欄位，未匯入`,
    );
  }
}

function take(bag: Bag, hit: { name: string; value: RawValue } | undefined, ctx: MapContext): string | undefined {
  if (hit === undefined) return undefined;
  bag.used.add(hit.name);
  const text = textOf(hit.value);
  return text === undefined || (!ctx.ours && text.trim() === '') ? undefined : text;
}

/** Values a format gives natively (GEXF `label`/viz, yEd graphics): they win over same-named attributes. */
export interface NativeEntity {
  label?: string;
  x?: number;
  y?: number;
  color?: string;
  size?: number;
}

/**
 * A draft entity from one node's attributes, by name: label/name/名稱, kind/type/類型,
 * description(En/Zh), aliases (JSON array or `|` list), x/y/size/color. Attributes that match no
 * field get one info line per name and file; `ignore` lists field keys the caller already read.
 */
export function mapEntity(id: string, attributes: ReadonlyMap<string, RawValue>, where: Where, ctx: MapContext, native: NativeEntity = {}, ignore: ReadonlySet<string> = new Set()): DraftEntity {
  const bag = new Bag(attributes);
  const f = bag.pick(ENTITY_FIELDS, ctx.ours);
  const entity: DraftEntity = { id, where };
  // Our exports leave empty strings out (GEXF): a missing text field is the empty string.
  const blank = ctx.ours ? '' : undefined;
  const label = native.label ?? take(bag, f.label, ctx) ?? blank;
  if (native.label !== undefined && f.label !== undefined && fieldKey(f.label.name) === 'label') bag.used.add(f.label.name);
  if (label !== undefined) entity.label = label;
  const labelZh = take(bag, f.labelZh, ctx) ?? blank;
  if (labelZh !== undefined) entity.labelZh = labelZh;
  const kind = take(bag, f.kind, ctx);
  if (kind !== undefined) entity.kind = kind;
  const description = take(bag, f.description, ctx) ?? blank;
  if (description !== undefined) entity.description = description;
  const descriptionZh = take(bag, f.descriptionZh, ctx) ?? blank;
  if (descriptionZh !== undefined) entity.descriptionZh = descriptionZh;
  if (f.aliases) {
    bag.used.add(f.aliases.name);
    const aliases = listFrom(f.aliases.value);
    if (aliases !== undefined) entity.aliases = aliases;
  }
  const number = (field: 'x' | 'y' | 'size'): number | undefined => {
    const hit = f[field];
    if (hit === undefined) return undefined;
    bag.used.add(hit.name);
    const value = finiteNumber(hit.value);
    if (value === undefined) {
      ctx.issues.warn('invalid-number', { ...where, column: hit.name }, `${quoted(textOf(hit.value) ?? '')} is not a number: ${hit.name} ignored`, `${quoted(textOf(hit.value) ?? '')} 不是數字：已略過 ${hit.name}`);
    }
    return value;
  };
  const x = native.x ?? number('x');
  const y = native.y ?? number('y');
  if (x !== undefined && y !== undefined) {
    entity.x = x;
    entity.y = y;
  }
  const size = native.size ?? number('size');
  if (size !== undefined) entity.size = size;
  let color = native.color;
  if (f.color) {
    bag.used.add(f.color.name);
    color ??= colorHex(f.color.value);
  }
  if (color !== undefined) entity.color = color;
  unusedNote(bag, ctx, 'node', where, ignore);
  return entity;
}

/** Evidence items from our own `evidence` column (a JSON array of W3C selectors), or undefined when it is not that. */
export function ourEvidence(value: RawValue, where: Where): DraftEvidence[] | undefined {
  let items: unknown = value;
  if (typeof value === 'string') {
    if (!value.trimStart().startsWith('[')) return undefined;
    try {
      items = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!Array.isArray(items)) return undefined;
  const out: DraftEvidence[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
    const record = item as Record<string, unknown>;
    const quote = typeof record.exact === 'string' ? record.exact : typeof record.quote === 'string' ? record.quote : undefined;
    if (quote === undefined) return undefined;
    const evidence: DraftEvidence = { quote, where: { ...where, column: 'evidence' } };
    if (typeof record.source === 'string') evidence.source = record.source;
    if (typeof record.url === 'string') evidence.url = record.url;
    if (typeof record.prefix === 'string') evidence.prefix = record.prefix;
    if (typeof record.suffix === 'string') evidence.suffix = record.suffix;
    if (typeof record.start === 'number') evidence.start = record.start;
    if (typeof record.end === 'number') evidence.end = record.end;
    out.push(evidence);
  }
  return out;
}

/** What a format says natively about an edge: its label (a type for most tools) and explicit direction. */
export interface NativeRelation {
  label?: string;
  directed?: boolean;
}

/**
 * A draft relation from one edge's attributes, by name: type/relation/interaction/關係,
 * stance, date/start, dateEnd/end, status, claimedBy, summary(En/Zh), evidence (our JSON
 * selectors, or a quote with source and url). Direction: an `undirected` attribute wins (our
 * all-directed exports), then what the format says for this edge, then a `directed` attribute.
 * The native label is the type when no attribute names one.
 */
export function mapRelation(
  ends: { id?: string; source: string; target: string },
  attributes: ReadonlyMap<string, RawValue>,
  where: Where,
  ctx: MapContext,
  native: NativeRelation = {},
  ignore: ReadonlySet<string> = new Set(),
): DraftRelation {
  const bag = new Bag(attributes);
  const f = bag.pick(RELATION_FIELDS, ctx.ours);
  const relation: DraftRelation = { ...(ends.id !== undefined ? { id: ends.id } : {}), source: ends.source, target: ends.target, evidence: [], where };
  // Our exports: the type is the `type` column (missing when empty), never the label (the type's display name).
  const fallback = ctx.ours ? '' : native.label !== undefined && native.label.trim() !== '' ? native.label : undefined;
  const type = take(bag, f.type, ctx) ?? fallback;
  if (type !== undefined) relation.type = type;
  for (const field of ['stance', 'date', 'dateEnd', 'status', 'claimedBy', 'summary', 'summaryZh'] as const) {
    const value = take(bag, f[field], ctx) ?? (ctx.ours && (field === 'summary' || field === 'summaryZh') ? '' : undefined);
    if (value !== undefined) relation[field] = value;
  }
  const flag = (hit: { name: string; value: RawValue } | undefined): boolean | undefined => {
    if (hit === undefined) return undefined;
    bag.used.add(hit.name);
    const value = booleanOf(hit.value);
    if (value === undefined) {
      ctx.issues.warn('invalid-boolean', { ...where, column: hit.name }, `${quoted(textOf(hit.value) ?? '')} is not true or false: ${hit.name} ignored`, `${quoted(textOf(hit.value) ?? '')} 不是 true 或 false：已略過 ${hit.name}`);
    }
    return value;
  };
  const undirected = flag(f.undirected);
  const directedAttribute = flag(f.directed);
  const directed = undirected !== undefined ? !undirected : (native.directed ?? directedAttribute);
  if (directed !== undefined) relation.directed = directed;
  const source = take(bag, f.source, ctx);
  const url = take(bag, f.url, ctx);
  const fromJson = f.evidence ? ourEvidence(f.evidence.value, where) : undefined;
  if (fromJson !== undefined && f.evidence) {
    bag.used.add(f.evidence.name);
    if (f.quote) bag.used.add(f.quote.name); // our exports repeat the first quote in `quote`
    relation.evidence = fromJson;
  } else if (f.evidence) {
    const quote = take(bag, f.evidence, ctx);
    if (quote !== undefined && quote.trim() !== '') {
      relation.evidence = [{ quote, ...(source !== undefined ? { source } : {}), ...(url !== undefined ? { url } : {}), where: { ...where, column: f.evidence.name } }];
    }
  }
  if (relation.evidence.length > 0 && url !== undefined) for (const e of relation.evidence) e.url ??= url;
  unusedNote(bag, ctx, 'edge', where, ignore);
  return relation;
}

const OUR_NODE_COLUMNS = ['labelZh', 'descriptionEn', 'descriptionZh', 'mentions'];
const OUR_EDGE_COLUMNS = ['summaryEn', 'summaryZh'];

/** Whether attribute names look like our own flattened columns (exports leave empty columns out, so any one will do). */
export function looksLikeOurColumns(nodeNames: Iterable<string>, edgeNames: Iterable<string>): boolean {
  const nodes = new Set(nodeNames);
  const edges = new Set(edgeNames);
  return OUR_NODE_COLUMNS.some((c) => nodes.has(c)) || OUR_EDGE_COLUMNS.some((c) => edges.has(c));
}
