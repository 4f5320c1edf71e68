// CSV/TSV header names (Kumu's layout, our own export, English and Chinese) and the fields of the model they fill.
import { suggest } from '../normalize/suggest';

/** What a CSV file holds: entity rows (Kumu "elements") or relation rows (Kumu "connections"). */
export type CsvRole = 'entities' | 'relations';

export const ENTITY_FIELDS = ['id', 'label', 'labelZh', 'kind', 'aliases', 'description', 'descriptionZh', 'x', 'y', 'color'] as const;
export const RELATION_FIELDS = [
  'id',
  'from',
  'to',
  'type',
  'directed',
  'stance',
  'date',
  'dateEnd',
  'status',
  'claimedBy',
  'summary',
  'summaryZh',
  'quote',
  'source',
  'sourceUrl',
  'quoteStart',
  'quoteEnd',
] as const;
export type EntityField = (typeof ENTITY_FIELDS)[number];
export type RelationField = (typeof RELATION_FIELDS)[number];
export type CsvField = EntityField | RelationField;

/** A header as compared: NFKC, lower case, without spaces, `_ - . ( ) : /` and a BOM. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.():/\\（）：\uFEFF]+/g, '');
}

type Table<F extends string> = readonly (readonly [F | 'ignore', readonly string[]])[];

/** Entity headers → fields (keys as `headerKey` makes them). */
const ENTITY_HEADERS: Table<EntityField> = [
  ['id', ['id', 'key', 'nodeid', 'entityid', '編號', '编号', '識別碼', '识别码']],
  ['label', ['label', 'name', 'title', 'entity', 'node', 'labelen', 'nameen', 'englishname', 'english', '名稱', '名称', '名字', '姓名', '英文名', '英文名稱', '英文名称']],
  ['labelZh', ['labelzh', 'namezh', 'chinesename', 'chinese', 'labelchinese', '中文名', '中文名稱', '中文名称', '中文']],
  ['kind', ['type', 'kind', 'entitytype', 'nodetype', 'elementtype', '類型', '类型', '種類', '种类', '類別', '类别']],
  ['aliases', ['aliases', 'alias', 'aka', 'alsoknownas', 'othernames', '別名', '别名', '又名']],
  ['description', ['description', 'descriptionen', 'desc', 'bio', 'about', '描述', '說明', '说明', '簡介', '简介']],
  ['descriptionZh', ['descriptionzh', 'descriptionchinese', '中文描述', '中文說明', '中文说明', '中文簡介', '中文简介']],
  ['x', ['x', 'posx', 'xposition', 'positionx']],
  ['y', ['y', 'posy', 'yposition', 'positiony']],
  ['color', ['color', 'colour', '顏色', '颜色']],
  ['ignore', ['tags', 'tag', 'image', 'picture', 'photo', 'url', 'website', 'size', 'layer', 'element', 'degree', '圖片', '图片']],
];

/** Relation headers → fields. `source`/`target` are the ends only when the file has no From/To pair (see `relationFields`). */
const RELATION_HEADERS: Table<RelationField> = [
  ['id', ['id', 'key', 'edgeid', 'relationid', '編號', '编号']],
  ['from', ['from', 'fromlabel', 'fromid', 'sourcenode', 'subject', '起點', '起点', '從', '从', '來自', '来自', '主體', '主体']],
  ['to', ['to', 'tolabel', 'toid', 'targetnode', 'object', '終點', '终点', '到', '目標', '目标', '對象', '对象']],
  ['type', ['type', 'relation', 'relationtype', 'relationship', 'connectiontype', 'kind', 'predicate', '類型', '类型', '關係', '关系', '關係類型', '关系类型']],
  ['directed', ['directed', 'direction', 'isdirected', '方向', '有向']],
  ['stance', ['stance', 'polarity', 'sign', 'sentiment', '立場', '立场', '態度', '态度']],
  ['date', ['date', 'start', 'startdate', 'datestart', 'begin', 'year', 'when', '日期', '開始', '开始', '開始日期', '开始日期', '時間', '时间', '年份']],
  ['dateEnd', ['end', 'enddate', 'dateend', 'until', '結束', '结束', '結束日期', '结束日期']],
  ['status', ['status', 'factorclaim', 'certainty', '狀態', '状态', '性質', '性质']],
  ['claimedBy', ['claimedby', 'claimant', 'claimby', 'allegedby', 'saidby', '聲稱者', '声称者', '提出者', '主張者', '主张者', '聲稱人', '声称人']],
  ['summary', ['summary', 'summaryen', 'description', 'descriptionen', 'label', 'note', 'notes', '摘要', '描述', '說明', '说明', '標籤', '标签']],
  ['summaryZh', ['summaryzh', 'descriptionzh', '中文摘要', '中文描述', '中文說明', '中文说明']],
  ['quote', ['quote', 'quotes', 'evidence', 'excerpt', 'citationtext', '引文', '引述', '引語', '引语', '證據', '证据', '原文']],
  ['source', ['source', 'sources', 'evidencesource', 'reference', 'citation', 'document', '來源', '来源', '出處', '出处', '文獻', '文献']],
  ['sourceUrl', ['sourceurl', 'url', 'link', 'href', 'evidenceurl', '來源網址', '来源网址', '網址', '网址', '連結', '链接', '鏈接']],
  ['quoteStart', ['evidencestart', 'quotestart']],
  ['quoteEnd', ['evidenceend', 'quoteend']],
  ['ignore', ['sourcelabel', 'targetlabel', 'category', 'evidencecount', 'tags', 'tag', 'weight', 'strength', 'color', 'colour']],
];

const lookupTable = <F extends string>(table: Table<F>): Map<string, F | 'ignore'> => {
  const map = new Map<string, F | 'ignore'>();
  for (const [field, words] of table) for (const w of words) map.set(headerKey(w), field);
  return map;
};
const ENTITY_MAP = lookupTable(ENTITY_HEADERS);
const RELATION_MAP = lookupTable(RELATION_HEADERS);
const SOURCE_KEYS = new Set(['source', '來源', '来源']);
const TARGET_KEYS = new Set(['target', '目標', '目标']);

/** One column's mapping: the field it fills (or `ignore`), and whether the header was recognised (else it is a guess to confirm). */
export interface ColumnMapping {
  header: string;
  field: CsvField | 'ignore';
  known: boolean;
}

/** Guesses the role from the headers: a From/To (or Source/Target) pair → relations; a label, name or id → entities. */
export function guessRole(headers: readonly string[]): CsvRole | undefined {
  const keys = headers.map(headerKey);
  const has = (field: RelationField): boolean => keys.some((k) => RELATION_MAP.get(k) === field);
  if ((has('from') && has('to')) || (keys.some((k) => SOURCE_KEYS.has(k)) && keys.some((k) => TARGET_KEYS.has(k)))) return 'relations';
  if (keys.some((k) => ENTITY_MAP.get(k) === 'label' || ENTITY_MAP.get(k) === 'id' || ENTITY_MAP.get(k) === 'labelZh')) return 'entities';
  return undefined;
}

/** Maps each header of a file with `role` onto a field; unknown headers get the closest known one (a typo) or `ignore`, marked unknown. */
export function mapHeaders(headers: readonly string[], role: CsvRole): ColumnMapping[] {
  const keys = headers.map(headerKey);
  const table = role === 'entities' ? ENTITY_MAP : RELATION_MAP;
  // Our own export and Gephi name the ends source/target; then `source` cannot also mean the evidence source.
  const endsAreSourceTarget =
    role === 'relations' && !keys.some((k) => table.get(k) === 'from') && keys.some((k) => SOURCE_KEYS.has(k)) && keys.some((k) => TARGET_KEYS.has(k));
  const candidates = [...table.keys()].map((key) => ({ key, name: key }));
  const taken = new Set<string>();
  return headers.map((header, i) => {
    const key = keys[i] as string;
    let field: CsvField | 'ignore' | undefined = table.get(key);
    if (endsAreSourceTarget && SOURCE_KEYS.has(key)) field = 'from';
    if (endsAreSourceTarget && TARGET_KEYS.has(key)) field = 'to';
    let known = field !== undefined;
    if (field === undefined) {
      const near = key.length >= 4 ? suggest(key, candidates, (s) => s) : undefined;
      field = near !== undefined ? (table.get(near) ?? 'ignore') : 'ignore';
      known = false;
    }
    // A second column for a single-valued field (e.g. both Type and Kind) is proposed as ignored, to confirm.
    if (field !== 'ignore' && taken.has(field) && !['aliases', 'quote', 'source', 'sourceUrl'].includes(field)) {
      field = 'ignore';
      known = false;
    }
    if (field !== 'ignore') taken.add(field);
    return { header, field, known };
  });
}
