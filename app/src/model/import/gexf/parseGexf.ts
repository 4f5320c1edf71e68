// GEXF 1.2draft/1.3 (Gephi) → DraftDataset: attribute columns by title, viz positions/colours/sizes, directions.
import type { Element } from '@xmldom/xmldom';
import type { DraftDataset, DraftEntity, DraftRelation, DraftType, Where } from '../draft';
import { ImportError, type ImportCaps } from '../report';
import { fieldKey, looksLikeOurColumns, mapEntity, mapRelation, type MapContext } from '../attributes/fields';
import { ParserIssues, quoted } from '../attributes/parserIssues';
import { colorHex, finiteNumber, isKnownType, rgbHex, typedValue, type RawValue } from '../attributes/values';
import { attributeOf, capped, checkCount, childElements, firstChild, whereOf } from '../xml/dom';
import { parseXmlSafely } from '../xml/parseXmlSafely';

interface Column {
  id: string;
  title: string;
  type: string;
  default?: RawValue;
}

type Scope = 'node' | 'edge';

/** Declared attribute columns of one class, by id and by title (attvalue `for` may name either). */
class Columns {
  readonly byId = new Map<string, Column>();
  readonly byTitle = new Map<string, Column>();

  add(column: Column): void {
    if (!this.byId.has(column.id)) this.byId.set(column.id, column);
    if (!this.byTitle.has(column.title)) this.byTitle.set(column.title, column);
  }

  find(ref: string): Column | undefined {
    return this.byId.get(ref) ?? this.byTitle.get(ref);
  }
}

interface Reader {
  file: string;
  caps: ImportCaps;
  issues: ParserIssues;
  columns: Record<Scope, Columns>;
}

function readColumns(reader: Reader, graph: Element): void {
  for (const block of childElements(graph, 'attributes')) {
    const scope = attributeOf(block, 'class');
    if (scope !== 'node' && scope !== 'edge') {
      reader.issues.info('gexf-attribute-class', whereOf(reader.file, block), `attributes of class ${quoted(scope ?? '')} are not imported`, `類別 ${quoted(scope ?? '')} 的屬性未匯入`);
      continue;
    }
    for (const declaration of childElements(block, 'attribute')) {
      const id = attributeOf(declaration, 'id');
      const where = whereOf(reader.file, declaration, id);
      if (id === undefined) {
        reader.issues.warn('gexf-attribute-no-id', where, 'an attribute declaration without id is ignored', '缺少 id 的屬性宣告已略過');
        continue;
      }
      const title = attributeOf(declaration, 'title') ?? id;
      let type = attributeOf(declaration, 'type') ?? 'string';
      if (!isKnownType(type)) {
        reader.issues.warn('unknown-attribute-type', { ...where, column: title }, `attribute ${quoted(title)} has unknown type ${quoted(type)}: read as text`, `屬性 ${quoted(title)} 的類型 ${quoted(type)} 不明：以文字讀取`);
        type = 'string';
      }
      const column: Column = { id, title, type };
      const defaultElement = firstChild(declaration, 'default');
      if (defaultElement !== undefined) {
        const raw = capped(defaultElement.textContent ?? '', reader.caps, where, `default of ${title}`);
        const typed = typedValue(raw, type);
        if (typed.ok) column.default = typed.value;
        else reader.issues.warn('invalid-attribute-value', { ...where, column: title }, `default ${quoted(raw)} of ${quoted(title)} is not ${typed.expected}: ignored`, `${quoted(title)} 的預設值 ${quoted(raw)} 不符合類型 ${type}：已略過`);
      }
      reader.columns[scope].add(column);
    }
  }
}

/** An element's attvalues by column title, defaults filled in; unknown columns and mistyped values are reported. */
function readValues(reader: Reader, scope: Scope, element: Element, where: Where): Map<string, RawValue> {
  const values = new Map<string, RawValue>();
  const columns = reader.columns[scope];
  for (const block of childElements(element, 'attvalues')) {
    for (const attvalue of childElements(block, 'attvalue')) {
      const ref = attributeOf(attvalue, 'for') ?? attributeOf(attvalue, 'id') ?? '';
      const column = columns.find(ref);
      const at = whereOf(reader.file, attvalue, where.element);
      if (column === undefined) {
        reader.issues.once(`gexf-unknown:${scope}:${ref}`, 'warning', 'unknown-attribute', { ...at, column: ref }, `attvalue for undeclared ${scope} attribute ${quoted(ref)} is ignored`, `未宣告的${scope === 'node' ? '節點' : '邊'}屬性 ${quoted(ref)} 的值已略過`);
        continue;
      }
      if (values.has(column.title)) {
        reader.issues.once(`gexf-dynamic:${scope}:${column.title}`, 'info', 'dynamic-attribute', { ...at, column: column.title }, `${quoted(column.title)} has several values over time: the first is kept`, `${quoted(column.title)} 隨時間有多個值：保留第一個`);
        continue;
      }
      const raw = capped(attributeOf(attvalue, 'value') ?? '', reader.caps, at, column.title);
      const typed = typedValue(raw, column.type);
      if (typed.ok) values.set(column.title, typed.value);
      else reader.issues.warn('invalid-attribute-value', { ...at, column: column.title }, `${quoted(raw)} is not ${typed.expected} (attribute ${quoted(column.title)}, type ${column.type}): ignored`, `${quoted(raw)} 不符合屬性 ${quoted(column.title)} 的類型 ${column.type}：已略過`);
    }
  }
  for (const column of columns.byId.values()) if (!values.has(column.title) && column.default !== undefined) values.set(column.title, column.default);
  return values;
}

/** viz:color as `#rrggbb` (r/g/b channels, or `hex` in GEXF 1.3). */
function vizColor(element: Element): string | undefined {
  const color = firstChild(element, 'color');
  if (color === undefined) return undefined;
  const hex = attributeOf(color, 'hex');
  if (hex !== undefined) return colorHex(hex);
  return rgbHex(attributeOf(color, 'r'), attributeOf(color, 'g'), attributeOf(color, 'b'));
}

function vizNumber(element: Element, child: string, attribute: string): number | undefined {
  const viz = firstChild(element, child);
  return viz === undefined ? undefined : finiteNumber(attributeOf(viz, attribute));
}

/** Nodes in document order, nested ones (GEXF hierarchies) flattened with a note. */
function collectNodes(reader: Reader, container: Element, out: Element[]): void {
  for (const nodes of childElements(container, 'nodes')) {
    for (const node of childElements(nodes, 'node')) {
      out.push(node);
      checkCount('nodes', out.length, reader.caps, whereOf(reader.file, node));
      if (firstChild(node, 'nodes') !== undefined) {
        reader.issues.once('gexf-hierarchy', 'info', 'nested-graph-flattened', whereOf(reader.file, node, attributeOf(node, 'id')), 'nested nodes (a GEXF hierarchy) are imported as ordinary nodes', '巢狀節點（GEXF 階層）以一般節點匯入');
        collectNodes(reader, node, out);
      }
    }
  }
}

function readNode(reader: Reader, node: Element, ctx: MapContext): DraftEntity | undefined {
  const id = attributeOf(node, 'id');
  const where = whereOf(reader.file, node, id);
  if (id === undefined) {
    reader.issues.warn('missing-id', where, 'a node without id is skipped', '缺少 id 的節點已略過');
    return undefined;
  }
  capped(id, reader.caps, where, 'id');
  const label = attributeOf(node, 'label');
  const native = {
    ...(label !== undefined ? { label: capped(label, reader.caps, where, 'label') } : ctx.ours ? { label: '' } : {}),
    ...optional('x', vizNumber(node, 'position', 'x')),
    ...optional('y', vizNumber(node, 'position', 'y')),
    ...optional('size', vizNumber(node, 'size', 'value')),
    ...optional('color', vizColor(node)),
  };
  return mapEntity(id, readValues(reader, 'node', node, where), where, ctx, native);
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

interface ReadEdge {
  relation: DraftRelation;
  /** Our exports' `category` column and the edge label: the relation type they imply. */
  category?: string;
  label?: string;
}

function readEdge(reader: Reader, edge: Element, ctx: MapContext): ReadEdge | undefined {
  const id = attributeOf(edge, 'id');
  const where = whereOf(reader.file, edge, id);
  const source = attributeOf(edge, 'source');
  const target = attributeOf(edge, 'target');
  if (source === undefined || target === undefined) {
    reader.issues.warn('missing-end', where, `edge ${quoted(id ?? '')} has no ${source === undefined ? 'source' : 'target'}: skipped`, `邊 ${quoted(id ?? '')} 缺少${source === undefined ? '起點' : '終點'}：已略過`);
    return undefined;
  }
  const values = readValues(reader, 'edge', edge, where);
  // GEXF 1.3 `kind` and dynamic `start`/`end` are XML attributes: read as columns when no attvalue names them.
  for (const name of ['kind', 'start', 'end']) {
    const value = attributeOf(edge, name);
    if (value === undefined) continue;
    if (![...values.keys()].some((k) => fieldKey(k) === name)) values.set(name, capped(value, reader.caps, where, name));
  }
  const weight = attributeOf(edge, 'weight');
  if (weight !== undefined && Number(weight) !== 1) values.set('weight', weight);
  const type = attributeOf(edge, 'type');
  let directed: boolean | undefined;
  if (type === 'directed') directed = true;
  else if (type === 'undirected' || type === 'mutual') directed = false;
  else if (type !== undefined) reader.issues.warn('invalid-edge-type', { ...where, column: 'type' }, `edge type ${quoted(type)} is not directed, undirected or mutual: the graph default is used`, `邊類型 ${quoted(type)} 不是 directed、undirected 或 mutual：採用圖的預設`);
  const label = attributeOf(edge, 'label');
  const native = { ...optional('label', label === undefined ? undefined : capped(label, reader.caps, where, 'label')), ...optional('directed', directed) };
  const relation = mapRelation({ ...(id !== undefined ? { id: capped(id, reader.caps, where, 'id') } : {}), source, target }, values, where, ctx, native);
  const category = values.get('category');
  return { relation, ...optional('category', typeof category === 'string' ? category : undefined), ...optional('label', label) };
}

const HAN = /\p{Script=Han}/u;

/** Relation types our exports imply: each edge's type id with its category and its label (the edge label, either language). */
function ourRelationTypes(edges: readonly ReadEdge[]): DraftType[] {
  const types = new Map<string, DraftType>();
  for (const { relation, category, label } of edges) {
    if (relation.type === undefined || relation.type === '' || category === undefined || types.has(relation.type)) continue;
    const type: DraftType = { id: relation.type, category };
    if (label !== undefined && label !== '') {
      if (HAN.test(label)) type.labelZh = label;
      else type.label = label;
    }
    types.set(relation.type, type);
  }
  return [...types.values()];
}

/**
 * Reads GEXF 1.2draft or 1.3 as Gephi writes it into a draft: nodes with `label`, attribute
 * columns (by `for` = id or title, declared type and `<default>`), `viz:position`/`color`/`size`;
 * edges with `type` (directed/undirected/mutual, else `defaultedgetype`), `label` (the relation
 * type unless a column names one), `kind`, parallel edges, edges without id and self-loops passed
 * through. Our own exports (flattened columns) come back with their exact kinds, types, direction
 * (`undirected` column) and evidence selectors. Problems are in `draft.issues`; fatal ones throw.
 */
export function parseGexf(name: string, text: string, caps: ImportCaps): DraftDataset {
  const doc = parseXmlSafely(name, text, caps);
  const root = doc.documentElement;
  if (root === null || root.localName !== 'gexf') {
    throw new ImportError('not-gexf', { file: name }, { en: `the root element is <${root?.tagName ?? ''}>, not <gexf>`, zh: `根元素是 <${root?.tagName ?? ''}>，不是 <gexf>` });
  }
  const graph = firstChild(root, 'graph');
  if (graph === undefined) throw new ImportError('gexf-no-graph', whereOf(name, root), { en: 'the GEXF file has no <graph> element', zh: 'GEXF 檔案沒有 <graph> 元素' });
  const reader: Reader = { file: name, caps, issues: new ParserIssues(), columns: { node: new Columns(), edge: new Columns() } };
  readColumns(reader, graph);
  const titles = (scope: Scope): string[] => [...reader.columns[scope].byId.values()].map((c) => c.title);
  const meta = firstChild(root, 'meta');
  const creator = meta === undefined ? undefined : firstChild(meta, 'creator')?.textContent;
  const ours = creator === 'Evidence Graph' || looksLikeOurColumns(titles('node'), titles('edge'));
  const ctx: MapContext = { file: name, issues: reader.issues, ours };

  const nodeElements: Element[] = [];
  collectNodes(reader, graph, nodeElements);
  const entities = nodeElements.map((node) => readNode(reader, node, ctx)).filter((e): e is DraftEntity => e !== undefined);

  const edgeElements = childElements(graph, 'edges').flatMap((edges) => childElements(edges, 'edge'));
  checkCount('edges', edgeElements.length, caps, { file: name });
  const read = edgeElements.map((edge) => readEdge(reader, edge, ctx)).filter((r): r is ReadEdge => r !== undefined);
  const relations = read.map((r) => r.relation);

  const title = meta === undefined ? undefined : (firstChild(meta, 'title') ?? firstChild(meta, 'description'))?.textContent ?? undefined;
  const mode = attributeOf(graph, 'defaultedgetype');
  const draft: DraftDataset = {
    // The GEXF default is undirected; `mutual` means both ways.
    directedDefault: mode === 'directed',
    sources: [],
    entities,
    relations,
    issues: reader.issues.list,
  };
  if (title !== undefined && (ours || title.trim() !== '')) draft.name = ours ? title : title.trim();
  if (ours) {
    const relationTypes = ourRelationTypes(read);
    if (relationTypes.length > 0) draft.relationTypes = relationTypes;
  }
  return draft;
}
