// GraphML (yEd, Cytoscape desktop, Gephi, ours) → DraftDataset: keys and defaults, directions, yEd graphics, nested graphs flattened.
import type { Element } from '@xmldom/xmldom';
import type { DraftDataset, DraftEntity, DraftRelation, Where } from '../draft';
import { ImportError, type ImportCaps } from '../report';
import { fieldKey, looksLikeOurColumns, mapEntity, mapRelation, textOf, type MapContext, type NativeEntity, type NativeRelation } from '../attributes/fields';
import { jsonValue, ourSources, ourVocabulary } from '../attributes/ourGraph';
import { ParserIssues, quoted } from '../attributes/parserIssues';
import { booleanOf, colorHex, finiteNumber, isKnownType, rgbHex, typedValue, type RawValue } from '../attributes/values';
import { attributeOf, capped, checkCount, childElements, firstChild, whereOf } from '../xml/dom';
import { parseXmlSafely } from '../xml/parseXmlSafely';

type Scope = 'graph' | 'node' | 'edge';

interface Key {
  id: string;
  /** node, edge, graph, all, hyperedge, port, endpoint, graphml. */
  for: string;
  name: string;
  type: string;
  default?: RawValue;
  /** yEd: nodegraphics, edgegraphics, portgraphics, resources… (XML content, not a value). */
  yfiles?: string;
}

interface Reader {
  file: string;
  caps: ImportCaps;
  issues: ParserIssues;
  /** Keys by id; one id may be declared once per `for` (Cytoscape desktop writes `name` for graph, node and edge). */
  keys: Map<string, Key[]>;
  nodes: number;
  edges: number;
}

function readKeys(reader: Reader, root: Element): void {
  for (const element of childElements(root, 'key')) {
    const id = attributeOf(element, 'id');
    const where = whereOf(reader.file, element, id);
    if (id === undefined) {
      reader.issues.warn('graphml-key-no-id', where, 'a <key> without id is ignored', '缺少 id 的 <key> 已略過');
      continue;
    }
    const scope = attributeOf(element, 'for') ?? 'all';
    const declared = reader.keys.get(id) ?? [];
    if (declared.some((k) => k.for === scope)) {
      reader.issues.warn('graphml-duplicate-key', where, `key ${quoted(id)} is declared twice for ${quoted(scope)}: the first is used`, `key ${quoted(id)} 對 ${quoted(scope)} 重複宣告：採用第一個`);
      continue;
    }
    const name = attributeOf(element, 'attr.name') ?? id;
    let type = attributeOf(element, 'attr.type') ?? 'string';
    if (!isKnownType(type)) {
      reader.issues.warn('unknown-attribute-type', { ...where, column: name }, `key ${quoted(name)} has unknown type ${quoted(type)}: read as text`, `key ${quoted(name)} 的類型 ${quoted(type)} 不明：以文字讀取`);
      type = 'string';
    }
    const key: Key = { id, for: scope, name, type };
    const yfiles = attributeOf(element, 'yfiles.type');
    if (yfiles !== undefined) key.yfiles = yfiles;
    const defaultElement = firstChild(element, 'default');
    if (defaultElement !== undefined && yfiles === undefined) {
      const raw = capped(defaultElement.textContent ?? '', reader.caps, where, `default of ${name}`);
      const typed = typedValue(raw, type);
      if (typed.ok) key.default = typed.value;
      else reader.issues.warn('invalid-attribute-value', { ...where, column: name }, `default ${quoted(raw)} of ${quoted(name)} is not ${typed.expected}: ignored`, `${quoted(name)} 的預設值 ${quoted(raw)} 不符合類型 ${type}：已略過`);
    }
    reader.keys.set(id, [...declared, key]);
  }
}

/** The key a `<data key>` in this scope means: declared for the scope, else for `all`, else any. */
function keyFor(reader: Reader, scope: Scope, id: string): Key | undefined {
  const declared = reader.keys.get(id);
  if (declared === undefined) return undefined;
  return declared.find((k) => k.for === scope) ?? declared.find((k) => k.for === 'all') ?? declared[0];
}

function allKeys(reader: Reader): Key[] {
  return [...reader.keys.values()].flat();
}

/** First descendant with this local name (the tree is depth-capped already). */
function descendant(element: Element, localName: string): Element | undefined {
  for (const child of childElements(element)) {
    if (child.localName === localName) return child;
    const found = descendant(child, localName);
    if (found !== undefined) return found;
  }
  return undefined;
}

function descendants(element: Element, localName: string, out: Element[] = []): Element[] {
  for (const child of childElements(element)) {
    if (child.localName === localName) out.push(child);
    descendants(child, localName, out);
  }
  return out;
}

/** yEd node graphics: the first non-empty NodeLabel, the Geometry's centre, the Fill colour. */
function yEdNode(data: Element, native: NativeEntity): void {
  const label = descendants(data, 'NodeLabel').map((l) => l.textContent ?? '').find((t) => t.trim() !== '');
  if (label !== undefined) native.label ??= label.trim();
  const geometry = descendant(data, 'Geometry');
  if (geometry !== undefined) {
    const [x, y] = [finiteNumber(attributeOf(geometry, 'x')), finiteNumber(attributeOf(geometry, 'y'))];
    const [w, h] = [finiteNumber(attributeOf(geometry, 'width')) ?? 0, finiteNumber(attributeOf(geometry, 'height')) ?? 0];
    if (x !== undefined && y !== undefined) {
      native.x ??= x + w / 2;
      native.y ??= y + h / 2;
    }
  }
  const fill = descendant(data, 'Fill');
  const color = fill === undefined ? undefined : colorHex(attributeOf(fill, 'color'));
  if (color !== undefined) native.color ??= color;
}

/** yEd edge graphics: the first non-empty EdgeLabel; no arrow at either end = undirected. */
function yEdEdge(data: Element, native: NativeRelation): void {
  const label = descendants(data, 'EdgeLabel').map((l) => l.textContent ?? '').find((t) => t.trim() !== '');
  if (label !== undefined) native.label ??= label.trim();
  const arrows = descendant(data, 'Arrows');
  if (arrows !== undefined && attributeOf(arrows, 'source') === 'none' && attributeOf(arrows, 'target') === 'none') native.directed ??= false;
}

interface Read {
  values: Map<string, RawValue>;
  graphics: Element[];
}

/** An element's `<data>` by key name, with the defaults of keys for this scope (or `all`); yEd graphics kept aside. */
function readData(reader: Reader, scope: Scope, element: Element, where: Where): Read {
  const values = new Map<string, RawValue>();
  const graphics: Element[] = [];
  for (const data of childElements(element, 'data')) {
    const ref = attributeOf(data, 'key') ?? '';
    const key = keyFor(reader, scope, ref);
    const at = whereOf(reader.file, data, where.element);
    if (key === undefined) {
      reader.issues.once(`graphml-unknown:${ref}`, 'warning', 'unknown-attribute', { ...at, column: ref }, `<data> for undeclared key ${quoted(ref)} is ignored`, `未宣告的 key ${quoted(ref)} 的 <data> 已略過`);
      continue;
    }
    if (key.yfiles !== undefined) {
      graphics.push(data);
      continue;
    }
    if (childElements(data).length > 0) {
      reader.issues.once(`graphml-xml-data:${key.name}`, 'info', 'attribute-not-used', { ...at, column: key.name }, `${quoted(key.name)} holds XML, not a value: not imported`, `${quoted(key.name)} 的內容是 XML 而非值：未匯入`);
      continue;
    }
    if (values.has(key.name)) continue;
    const raw = capped(data.textContent ?? '', reader.caps, at, key.name);
    const typed = typedValue(raw, key.type);
    if (typed.ok) values.set(key.name, typed.value);
    else reader.issues.warn('invalid-attribute-value', { ...at, column: key.name }, `${quoted(raw)} is not ${typed.expected} (key ${quoted(key.name)}, type ${key.type}): ignored`, `${quoted(raw)} 不符合 key ${quoted(key.name)} 的類型 ${key.type}：已略過`);
  }
  for (const key of allKeys(reader)) {
    if ((key.for === scope || key.for === 'all') && key.default !== undefined && !values.has(key.name)) values.set(key.name, key.default);
  }
  return { values, graphics };
}

/** A value by field key (`Edge Label` → `edgelabel`), marking it read. */
function byFieldKey(values: ReadonlyMap<string, RawValue>, key: string): RawValue {
  for (const [name, value] of values) if (fieldKey(name) === key) return value;
  return undefined;
}

interface Walk {
  reader: Reader;
  ctx: MapContext;
  entities: DraftEntity[];
  relations: DraftRelation[];
  /** The top graph's direction: edges of a nested graph that differs say so explicitly. */
  topDirected: boolean;
}

function readNode(walk: Walk, node: Element): void {
  const { reader, ctx } = walk;
  const id = attributeOf(node, 'id');
  const where = whereOf(reader.file, node, id);
  reader.nodes += 1;
  checkCount('nodes', reader.nodes, reader.caps, where);
  if (id === undefined) {
    reader.issues.warn('missing-id', where, 'a node without id is skipped', '缺少 id 的節點已略過');
    return;
  }
  capped(id, reader.caps, where, 'id');
  const { values, graphics } = readData(reader, 'node', node, where);
  const native: NativeEntity = {};
  for (const data of graphics) yEdNode(data, native);
  // Gephi's GraphML: r, g, b columns.
  const ignore = new Set<string>();
  const rgb = rgbHex(byFieldKey(values, 'r'), byFieldKey(values, 'g'), byFieldKey(values, 'b'));
  if (rgb !== undefined) {
    native.color ??= rgb;
    for (const k of ['r', 'g', 'b']) ignore.add(k);
  }
  if (childElements(node, 'port').length > 0) {
    reader.issues.once('graphml-port', 'info', 'port-skipped', where, 'node ports are not imported (edges attach to their nodes)', '節點的連接埠未匯入（邊連到節點本身）');
  }
  walk.entities.push(mapEntity(id, values, where, ctx, native, ignore));
}

function readEdge(walk: Walk, edge: Element, graphDirected: boolean): void {
  const { reader, ctx } = walk;
  const id = attributeOf(edge, 'id');
  const where = whereOf(reader.file, edge, id);
  reader.edges += 1;
  checkCount('edges', reader.edges, reader.caps, where);
  const source = attributeOf(edge, 'source');
  const target = attributeOf(edge, 'target');
  if (source === undefined || target === undefined) {
    reader.issues.warn('missing-end', where, `edge ${quoted(id ?? '')} has no ${source === undefined ? 'source' : 'target'}: skipped`, `邊 ${quoted(id ?? '')} 缺少${source === undefined ? '起點' : '終點'}：已略過`);
    return;
  }
  if (attributeOf(edge, 'sourceport') !== undefined || attributeOf(edge, 'targetport') !== undefined) {
    reader.issues.once('graphml-edge-port', 'info', 'port-skipped', where, 'edge ports are not imported: the edge joins the nodes', '邊的連接埠未匯入：邊直接連接節點');
  }
  const { values, graphics } = readData(reader, 'edge', edge, where);
  const native: NativeRelation = {};
  const explicit = attributeOf(edge, 'directed');
  if (explicit !== undefined) {
    const directed = booleanOf(explicit);
    if (directed === undefined) reader.issues.warn('invalid-boolean', { ...where, column: 'directed' }, `directed=${quoted(explicit)} is not true or false: the graph default is used`, `directed=${quoted(explicit)} 不是 true 或 false：採用圖的預設`);
    else native.directed = directed;
  }
  for (const data of graphics) yEdEdge(data, native);
  if (native.directed === undefined && graphDirected !== walk.topDirected) native.directed = graphDirected;
  // Gephi's GraphML: `label` / `Edge Label` columns name the relation.
  const ignore = new Set<string>();
  if (!ctx.ours) {
    for (const k of ['label', 'edgelabel']) {
      const label = textOf(byFieldKey(values, k));
      if (label !== undefined && label.trim() !== '') native.label ??= label;
      ignore.add(k);
    }
  }
  walk.relations.push(mapRelation({ ...(id !== undefined ? { id: capped(id, reader.caps, where, 'id') } : {}), source, target }, values, where, ctx, native, ignore));
}

function isDirected(reader: Reader, graph: Element): boolean {
  const value = attributeOf(graph, 'edgedefault');
  if (value === undefined || value === 'directed') return true;
  if (value === 'undirected') return false;
  reader.issues.warn('invalid-edgedefault', { ...whereOf(reader.file, graph), column: 'edgedefault' }, `edgedefault=${quoted(value)} is not directed or undirected: directed is used`, `edgedefault=${quoted(value)} 不是 directed 或 undirected：採用 directed`);
  return true;
}

function walkGraph(walk: Walk, graph: Element): void {
  const { reader } = walk;
  const directed = isDirected(reader, graph);
  for (const child of childElements(graph)) {
    if (child.localName === 'node' || child.localName === 'edge') {
      if (child.localName === 'node') readNode(walk, child);
      else readEdge(walk, child, directed);
      // GraphML allows a graph inside a node (yEd groups) or an edge.
      for (const nested of childElements(child, 'graph')) {
        reader.issues.once('graphml-nested', 'info', 'nested-graph-flattened', whereOf(reader.file, nested), 'nested graphs (groups) are flattened: their nodes and edges are imported as ordinary ones', '巢狀圖（群組）已攤平：其節點與邊以一般節點與邊匯入');
        walkGraph(walk, nested);
      }
    } else if (child.localName === 'hyperedge') {
      const id = attributeOf(child, 'id');
      const ends = childElements(child, 'endpoint').map((e) => attributeOf(e, 'node') ?? '');
      reader.issues.warn('hyperedge-skipped', whereOf(reader.file, child, id), `a hyperedge joining ${ends.map(quoted).join(', ')} is skipped: only edges between two nodes are supported`, `連接 ${ends.map(quoted).join('、')} 的超邊已略過：僅支援兩個節點之間的邊`);
    }
  }
}

/**
 * Reads GraphML into a draft: `<key>`s by id with `attr.name`, `attr.type` and `<default>` (for
 * node, edge, graph or all), `edgedefault` and per-edge `directed`; yEd's graphics (NodeLabel,
 * Geometry centre, Fill colour, EdgeLabel, arrowless edges undirected), Cytoscape desktop's keys
 * (`name`, `shared name`, `interaction`), Gephi's (`label`, `r g b`, `x y size`). Nested graphs
 * are flattened, ports ignored and hyperedges skipped, each with a report line. Our own exports
 * come back exactly: sources, vocabulary and name from the graph data, the `undirected` column.
 * Keys are held in Maps: `for="__proto__"` or `attr.name="__proto__"` cannot reach Object.prototype.
 */
export function parseGraphml(name: string, text: string, caps: ImportCaps): DraftDataset {
  const doc = parseXmlSafely(name, text, caps);
  const root = doc.documentElement;
  if (root === null || root.localName !== 'graphml') {
    throw new ImportError('not-graphml', { file: name }, { en: `the root element is <${root?.tagName ?? ''}>, not <graphml>`, zh: `根元素是 <${root?.tagName ?? ''}>，不是 <graphml>` });
  }
  const reader: Reader = { file: name, caps, issues: new ParserIssues(), keys: new Map(), nodes: 0, edges: 0 };
  readKeys(reader, root);
  const graphs = childElements(root, 'graph');
  const top = graphs[0];
  if (top === undefined) throw new ImportError('graphml-no-graph', whereOf(name, root), { en: 'the GraphML file has no <graph> element', zh: 'GraphML 檔案沒有 <graph> 元素' });
  if (graphs.length > 1) reader.issues.info('graphml-several-graphs', whereOf(name, graphs[1] ?? root), `the file holds ${graphs.length} graphs: they are imported together`, `檔案含有 ${graphs.length} 個圖：一併匯入`);

  const graphData = readData(reader, 'graph', top, { file: name }).values;
  const keyNames = (scope: 'node' | 'edge'): string[] => allKeys(reader).filter((k) => k.for === scope || k.for === 'all').map((k) => k.name);
  const ours = graphData.has('vocabulary') || graphData.has('sources') || looksLikeOurColumns(keyNames('node'), keyNames('edge'));
  const ctx: MapContext = { file: name, issues: reader.issues, ours };
  // Same answer as isDirected (anything but `undirected` is directed), without reporting twice.
  const topDirected = attributeOf(top, 'edgedefault') !== 'undirected';
  const walk: Walk = { reader, ctx, entities: [], relations: [], topDirected };
  for (const graph of graphs) walkGraph(walk, graph);

  const draft: DraftDataset = { directedDefault: topDirected, sources: [], entities: walk.entities, relations: walk.relations, issues: reader.issues.list };
  const where: Where = whereOf(name, top);
  const graphName = textOf(graphData.get('name') ?? graphData.get('label') ?? graphData.get('title'));
  if (graphName !== undefined && (ours || graphName.trim() !== '')) draft.name = ours ? graphName : graphName.trim();
  if (graphData.has('sources')) draft.sources = ourSources(jsonValue(graphData.get('sources'), 'sources', where, reader.issues), { ...where, column: 'sources' });
  if (graphData.has('vocabulary')) {
    const { kinds, relationTypes } = ourVocabulary(jsonValue(graphData.get('vocabulary'), 'vocabulary', where, reader.issues));
    draft.kinds = kinds;
    draft.relationTypes = relationTypes;
  }
  for (const unused of graphData.keys()) {
    if (['name', 'label', 'title', 'sources', 'vocabulary'].includes(unused)) continue;
    reader.issues.once(`graph-unused:${unused}`, 'info', 'attribute-not-used', { ...where, column: unused }, `graph attribute ${quoted(unused)} is not imported`, `圖屬性 ${quoted(unused)} 未匯入`);
  }
  return draft;
}
