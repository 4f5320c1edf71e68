// Graphology JSON (graph.export(): ours and anyone's) → DraftDataset, with JSON errors located by line and column.
import type { DraftDataset, DraftEntity, DraftRelation, Where } from '../draft';
import { ImportError, type ImportCaps } from '../report';
import { looksLikeOurColumns, mapEntity, mapRelation, textOf, type MapContext } from '../attributes/fields';
import { ourSources, ourVocabulary } from '../attributes/ourGraph';
import { ParserIssues, quoted } from '../attributes/parserIssues';
import { lineColumnAt } from '../xml/parseXmlSafely';

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Loose, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
}

/** Sigma's render programs: a node or edge `type` with one of these values says how to draw it, not what it is. */
const SIGMA_PROGRAMS = new Set(['circle', 'point', 'image', 'square', 'border', 'pictogram', 'arrow', 'line', 'rectangle', 'curved', 'curve', 'triangle']);

/** Where the JSON parser stopped: V8 says `position N` (and newer ones `line L column C`), Firefox `line L column C`. */
function jsonErrorAt(text: string, message: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return lineColumnAt(text, Number(position[1]));
  if (/end of (JSON )?input|Unterminated|unexpected end/i.test(message)) return lineColumnAt(text, text.length);
  return undefined;
}

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = jsonErrorAt(text, message);
    const where: Where = { file: name, ...(at ? { line: at.line, column: `column ${at.column}` } : {}) };
    throw new ImportError('json-malformed', where, {
      en: `the file is not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}: ${message}`,
      zh: `檔案不是有效的 JSON${at ? `（第 ${at.line} 行第 ${at.column} 欄）` : ''}：${message}`,
    });
  }
}

/** Refuses a string longer than the attribute cap anywhere inside a value (a quote inside `evidence` too). */
function checkLengths(value: unknown, caps: ImportCaps, where: Where, what: string, depth = 0): void {
  if (typeof value === 'string') {
    if (value.length > caps.attributeLength) {
      throw new ImportError('attribute-too-long', { ...where, column: what }, {
        en: `${what} is ${value.length} characters long, the limit is ${caps.attributeLength}`,
        zh: `${what} 長 ${value.length} 個字元，上限為 ${caps.attributeLength}`,
      });
    }
  } else if (depth < 8 && typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) checkLengths(item, caps, where, what, depth + 1);
  }
}

/** An element's attributes as a Map (own properties only, `__proto__` included as an ordinary name). */
function attributeMap(value: unknown, caps: ImportCaps, where: Where): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!isRecord(value)) return out;
  for (const [name, v] of Object.entries(value)) {
    checkLengths(v, caps, where, name);
    out.set(name, v);
  }
  return out;
}

/** A key as Graphology allows it (string or number), else undefined. */
function keyOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function fail(name: string, en: string, zh: string): never {
  throw new ImportError('not-graphology', { file: name }, { en, zh });
}

/**
 * Reads Graphology's serialization (`{attributes?, options?, nodes: [{key, attributes?}], edges:
 * [{key?, source, target, undirected?, attributes?}]}`) into a draft. Attributes map by name
 * (label/name, x/y, size, color, kind/type…; sigma render types are not kinds); direction is
 * Graphology's: an edge is undirected when it says so or the graph is `undirected`. Our own
 * exports come back exactly (sources, vocabulary, name, evidence selectors). JSON errors name
 * line and column; `__proto__` keys are ordinary names (own properties, held in Maps).
 */
export function parseGraphologyJson(name: string, text: string, caps: ImportCaps): DraftDataset {
  if (text.length > caps.fileBytes) {
    throw new ImportError('file-too-large', { file: name }, {
      en: `the file is too large: ${text.length} characters, the limit is ${caps.fileBytes} bytes`,
      zh: `檔案過大：${text.length} 個字元，上限為 ${caps.fileBytes} 位元組`,
    });
  }
  const root = parseJson(name, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!isRecord(root)) fail(name, 'the file is JSON but not a graph: expected an object with "nodes"', '檔案是 JSON 但不是圖：應為含有 "nodes" 的物件');
  const nodes = own(root, 'nodes');
  const edges = own(root, 'edges') ?? [];
  if (!Array.isArray(nodes)) fail(name, 'the file is JSON but not a Graphology graph: "nodes" is not a list', '檔案是 JSON 但不是 Graphology 圖："nodes" 不是清單');
  if (!Array.isArray(edges)) fail(name, 'the file is JSON but not a Graphology graph: "edges" is not a list', '檔案是 JSON 但不是 Graphology 圖："edges" 不是清單');
  if (nodes.length > caps.nodes) throw new ImportError('too-many-nodes', { file: name }, { en: `the file has ${nodes.length} nodes, the limit is ${caps.nodes}; nothing was imported`, zh: `檔案有 ${nodes.length} 個節點，上限為 ${caps.nodes}；未匯入任何內容` });
  if (edges.length > caps.edges) throw new ImportError('too-many-edges', { file: name }, { en: `the file has ${edges.length} edges, the limit is ${caps.edges}; nothing was imported`, zh: `檔案有 ${edges.length} 條邊，上限為 ${caps.edges}；未匯入任何內容` });

  const issues = new ParserIssues();
  const graphAttributes = isRecord(own(root, 'attributes')) ? (own(root, 'attributes') as Loose) : {};
  const options = isRecord(own(root, 'options')) ? (own(root, 'options') as Loose) : {};
  const type = own(options, 'type');
  if (type !== undefined && type !== 'mixed' && type !== 'directed' && type !== 'undirected') {
    issues.warn('invalid-graph-type', { file: name, column: 'options.type' }, `graph type ${quoted(textOf(type) ?? '')} is not mixed, directed or undirected: mixed is used`, `圖類型 ${quoted(textOf(type) ?? '')} 不是 mixed、directed 或 undirected：採用 mixed`);
  }
  const undirectedGraph = type === 'undirected';

  const nodeNames = new Set<string>();
  const edgeNames = new Set<string>();
  for (const n of nodes) if (isRecord(n) && isRecord(own(n, 'attributes'))) for (const k of Object.keys(own(n, 'attributes') as Loose)) nodeNames.add(k);
  for (const e of edges) if (isRecord(e) && isRecord(own(e, 'attributes'))) for (const k of Object.keys(own(e, 'attributes') as Loose)) edgeNames.add(k);
  const ours = own(graphAttributes, 'vocabulary') !== undefined || own(graphAttributes, 'sources') !== undefined || looksLikeOurColumns(nodeNames, edgeNames);
  const ctx: MapContext = { file: name, issues, ours };

  const entities: DraftEntity[] = [];
  nodes.forEach((node, i) => {
    const id = isRecord(node) ? keyOf(own(node, 'key')) : undefined;
    const where: Where = { file: name, ...(id !== undefined ? { element: id } : { column: `nodes[${i}]` }) };
    if (!isRecord(node) || id === undefined) {
      issues.warn('missing-id', where, `node ${i + 1} has no key: skipped`, `第 ${i + 1} 個節點缺少 key：已略過`);
      return;
    }
    checkLengths(id, caps, where, 'key');
    const attributes = attributeMap(own(node, 'attributes'), caps, where);
    const ignore = new Set<string>();
    const kind = attributes.get('type');
    if (!ours && typeof kind === 'string' && SIGMA_PROGRAMS.has(kind)) ignore.add('type');
    if (ignore.has('type')) attributes.delete('type');
    entities.push(mapEntity(id, attributes, where, ctx, {}, ignore));
  });

  const relations: DraftRelation[] = [];
  edges.forEach((edge, i) => {
    const key = isRecord(edge) ? keyOf(own(edge, 'key')) : undefined;
    const where: Where = { file: name, ...(key !== undefined ? { element: key } : { column: `edges[${i}]` }) };
    const source = isRecord(edge) ? keyOf(own(edge, 'source')) : undefined;
    const target = isRecord(edge) ? keyOf(own(edge, 'target')) : undefined;
    if (!isRecord(edge) || source === undefined || target === undefined) {
      issues.warn('missing-end', where, `edge ${i + 1} has no ${source === undefined ? 'source' : 'target'}: skipped`, `第 ${i + 1} 條邊缺少${source === undefined ? '起點' : '終點'}：已略過`);
      return;
    }
    const attributes = attributeMap(own(edge, 'attributes'), caps, where);
    const relationType = attributes.get('type');
    if (!ours && typeof relationType === 'string' && SIGMA_PROGRAMS.has(relationType)) attributes.delete('type');
    const flag = own(edge, 'undirected');
    const directed = !(flag === true || (flag === undefined && undirectedGraph));
    // An edge label names the relation (sigma draws it on the edge) unless a column says otherwise.
    const label = ours ? undefined : attributes.get('label');
    const native = { directed, ...(typeof label === 'string' ? { label } : {}) };
    relations.push(mapRelation({ ...(key !== undefined ? { id: key } : {}), source, target }, attributes, where, ctx, native, new Set(ours ? [] : ['label'])));
  });

  const draft: DraftDataset = { directedDefault: !undirectedGraph, sources: [], entities, relations, issues: issues.list };
  const where: Where = { file: name, column: 'attributes' };
  const graphName = own(graphAttributes, 'name') ?? own(graphAttributes, 'title') ?? own(graphAttributes, 'label');
  if (typeof graphName === 'string' && (ours || graphName.trim() !== '')) draft.name = ours ? graphName : graphName.trim();
  if (own(graphAttributes, 'sources') !== undefined) draft.sources = ourSources(own(graphAttributes, 'sources'), { ...where, column: 'sources' });
  if (own(graphAttributes, 'vocabulary') !== undefined) {
    const { kinds, relationTypes } = ourVocabulary(own(graphAttributes, 'vocabulary'));
    draft.kinds = kinds;
    draft.relationTypes = relationTypes;
  }
  for (const unused of Object.keys(graphAttributes)) {
    if (['name', 'title', 'label', 'sources', 'vocabulary'].includes(unused)) continue;
    issues.once(`graph-unused:${unused}`, 'info', 'attribute-not-used', { ...where, column: unused }, `graph attribute ${quoted(unused)} is not imported`, `圖屬性 ${quoted(unused)} 未匯入`);
  }
  return draft;
}
