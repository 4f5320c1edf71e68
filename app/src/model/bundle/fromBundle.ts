// Dataset bundle v1 → compiled dataset: JSON and schema checks, safe ids, hashes checked, quotes re-anchored, mentions recomputed.
import { applyLayout } from '../data/layout';
import { evidenceSelector, findMentionsMany } from '../data/locate';
import { graphFromSerialized } from '../graph';
import type { Where } from '../import/draft';
import { DEFAULT_CAPS, ImportError, type ImportCaps, type ImportReport, type IssueSeverity, type ProgressFn } from '../import/report';
import {
  compiledDataset,
  type CompiledDataset,
  type CompiledEvidence,
  type CompiledKind,
  type CompiledRelationType,
  type CompiledSource,
  type EdgeAttributes,
  type Mention,
  type NodeAttributes,
  type SerializedGraph,
} from '../schema';
import { checkStories, storyPathText, storyTargetFromDataset, type StoryViewCheck } from '../story/validate';
import type { Story } from '../story/types';
import { reanchorQuote } from './anchor';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleSchema, type Bundle, type BundleEvidence } from './schema';
import { sha256OfText } from './sha256';
import { SafeIds } from './safeIds';

export interface FromBundleOptions {
  /** File name for the report (default `bundle.json`). */
  file?: string;
  caps?: ImportCaps;
  onProgress?: ProgressFn;
  signal?: { aborted: boolean };
  /**
   * Reads story step views like links (state/storyViewCheck.ts `checkStoryView`; the model cannot import it). Without
   * it, story views are not checked; captions, ids and steps still are.
   */
  checkStoryView?: StoryViewCheck;
}

const MAX_SCHEMA_ISSUES = 20;

function addIssue(report: ImportReport, severity: IssueSeverity, code: string, where: Where, en: string, zh: string): void {
  report.issues.push({ severity, code, where, message: { en, zh } });
}

const q = (value: string): string => JSON.stringify(value);

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
  return out;
}

/**
 * Parses a bundle file's text: JSON syntax, then the v1 schema. Throws an ImportError (fatal) naming the problem; a
 * schema failure lists up to 20 problems, each with its JSON path.
 */
export function parseBundle(file: string, text: string): Bundle {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new ImportError('invalid-json', { file }, { en: `not valid JSON: ${detail}`, zh: `不是有效的 JSON：${detail}` });
  }
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const head = raw as { format?: unknown; version?: unknown };
    if (head.format === BUNDLE_FORMAT && typeof head.version === 'number' && head.version > BUNDLE_VERSION) {
      throw new ImportError(
        'bundle-version',
        { file, column: 'version' },
        {
          en: `bundle version ${head.version} is newer than this app reads (version ${BUNDLE_VERSION}); open it with a newer Evidence Graph`,
          zh: `資料包版本 ${head.version} 比本程式能讀取的版本（${BUNDLE_VERSION}）新；請用較新版本的 Evidence Graph 開啟`,
        },
      );
    }
  }
  const parsed = bundleSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, MAX_SCHEMA_ISSUES).map((i) => `${pathText(i.path) || '(top level)'}: ${i.message}`);
  const more = parsed.error.issues.length - problems.length;
  const list = problems.join('; ') + (more > 0 ? `; … ${more} more` : '');
  throw new ImportError(
    'bundle-schema',
    { file, column: pathText(parsed.error.issues[0]?.path ?? []) || undefined },
    { en: `not a valid dataset bundle (version ${BUNDLE_VERSION}): ${list}`, zh: `不是有效的資料包（版本 ${BUNDLE_VERSION}）：${list}` },
  );
}

function checkCaps(bundle: Bundle, file: string, caps: ImportCaps): void {
  if (bundle.entities.length > caps.nodes) {
    throw new ImportError(
      'too-many-nodes',
      { file, column: 'entities' },
      { en: `${bundle.entities.length} entities, more than the limit of ${caps.nodes}`, zh: `有 ${bundle.entities.length} 個實體，超過上限 ${caps.nodes}` },
    );
  }
  if (bundle.relations.length > caps.edges) {
    throw new ImportError(
      'too-many-edges',
      { file, column: 'relations' },
      { en: `${bundle.relations.length} relations, more than the limit of ${caps.edges}`, zh: `有 ${bundle.relations.length} 條關係，超過上限 ${caps.edges}` },
    );
  }
  const long = (value: string, column: string): void => {
    if (value.length > caps.attributeLength) {
      throw new ImportError(
        'attribute-too-long',
        { file, column },
        { en: `${value.length} characters, more than the limit of ${caps.attributeLength}`, zh: `有 ${value.length} 個字元，超過上限 ${caps.attributeLength}` },
      );
    }
  };
  bundle.entities.forEach((e, i) => {
    for (const [field, value] of [['name.en', e.name.en], ['name.zh', e.name.zh], ['description.en', e.description.en], ['description.zh', e.description.zh]] as const) long(value, `entities[${i}].${field}`);
    e.aliases.forEach((a, j) => long(a, `entities[${i}].aliases[${j}]`));
  });
  bundle.relations.forEach((r, i) => {
    long(r.summary.en, `relations[${i}].summary.en`);
    long(r.summary.zh, `relations[${i}].summary.zh`);
    r.evidence.forEach((e, j) => long(e.exact, `relations[${i}].evidence[${j}].exact`));
  });
}

function cancelled(file: string): ImportError {
  return new ImportError('cancelled', { file }, { en: 'import cancelled', zh: '已取消匯入' });
}

/**
 * Builds the compiled dataset a bundle describes. Every change is reported: unsafe or repeated ids, unknown kinds and
 * relation types (added to the vocabulary), relations whose ends are missing or equal (skipped), a text whose sha256
 * differs (re-hashed), quotes whose position moved (re-anchored from exact+prefix+suffix) or that are not in their text
 * (kept unanchored). Mentions are recomputed; positions are kept, or the graph is laid out when any entity lacks one.
 */
export async function fromBundle(bundle: Bundle, report: ImportReport, options: FromBundleOptions = {}): Promise<CompiledDataset> {
  const file = options.file ?? 'bundle.json';
  const caps = options.caps ?? DEFAULT_CAPS;
  const at = (column: string, element?: string): Where => (element === undefined ? { file, column } : { file, column, element });
  const warn = (code: string, where: Where, en: string, zh: string): void => addIssue(report, 'warning', code, where, en, zh);
  checkCaps(bundle, file, caps);
  options.onProgress?.('check', 0);

  // ---------- sources ----------
  const sourceIds = new SafeIds(bundle.sources.map((s) => s.id));
  const sources: CompiledSource[] = [];
  const texts: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [i, s] of bundle.sources.entries()) {
    const column = `sources[${i}]`;
    const id = sourceIds.claim(s.id);
    if (id === null) {
      warn('duplicate-id', at(`${column}.id`, s.id), `source ${q(s.id)} appears twice; this one is skipped`, `來源 ${q(s.id)} 重複出現；略過此筆`);
      continue;
    }
    if (id !== s.id) warn('renamed-id', at(`${column}.id`, s.id), `source id ${q(s.id)} is unsafe; renamed ${q(id)}`, `來源 ID ${q(s.id)} 不安全；改名為 ${q(id)}`);
    const out: CompiledSource = { id, title: { en: s.title.en, zh: s.title.zh }, language: s.language };
    if (s.published !== undefined) out.published = s.published;
    if (s.text !== undefined) {
      const hash = await sha256OfText(s.text);
      if (s.sha256 !== undefined && s.sha256 !== hash) {
        warn(
          'sha256-mismatch',
          at(`${column}.sha256`, s.id),
          `source ${q(s.id)}: sha256 ${s.sha256} does not match its text (whose sha256 is ${hash}); quotes are checked against the text and the hash replaced`,
          `來源 ${q(s.id)}：sha256 ${s.sha256} 與其全文不符（全文的 sha256 為 ${hash}）；已依全文檢查引文並更新雜湊值`,
        );
      }
      out.sha256 = hash;
      out.length = s.text.length;
      texts[id] = s.text;
    } else if (s.sha256 !== undefined) {
      addIssue(report, 'info', 'sha256-without-text', at(`${column}.sha256`, s.id), `source ${q(s.id)} has a sha256 but no text; the hash is not kept`, `來源 ${q(s.id)} 有 sha256 但沒有全文；不保留雜湊值`);
    }
    if (s.url !== undefined) out.url = s.url;
    if (s.publisher !== undefined) out.publisher = s.publisher;
    if (s.note !== undefined) out.note = { en: s.note.en, zh: s.note.zh };
    sources.push(out);
  }
  report.counts.sources += sources.length;
  if (options.signal?.aborted) throw cancelled(file);

  // ---------- vocabulary ----------
  const kinds: CompiledKind[] = bundle.vocabulary.kinds.map((k) => ({ ...k }));
  const categories = bundle.vocabulary.categories.map((c) => ({ ...c }));
  const relationTypes: CompiledRelationType[] = bundle.vocabulary.relationTypes.map((t) => ({ ...t }));
  const kindIds = new Set(kinds.map((k) => k.id));
  const typeById = new Map(relationTypes.map((t) => [t.id, t]));

  // ---------- entities ----------
  // The serialized graph is written directly (what Graphology's export() of the same additions gives): SafeIds makes
  // every key unique, and relations with a missing end or a self-loop are skipped below, so Graphology's own checks
  // could never fail; a Graph is built only to lay the graph out.
  const nodes: SerializedGraph['nodes'] = [];
  const edges: SerializedGraph['edges'] = [];
  const entityIds = new SafeIds(bundle.entities.map((e) => e.id));
  const entityKey = new Map<string, string>();
  let needsLayout = false;
  for (const [i, e] of bundle.entities.entries()) {
    const column = `entities[${i}]`;
    const key = entityIds.claim(e.id);
    if (key === null) {
      warn('duplicate-id', at(`${column}.id`, e.id), `entity ${q(e.id)} appears twice; this one is skipped`, `實體 ${q(e.id)} 重複出現；略過此筆`);
      report.counts.skippedEntities += 1;
      continue;
    }
    if (key !== e.id) warn('renamed-id', at(`${column}.id`, e.id), `entity id ${q(e.id)} is unsafe; renamed ${q(key)}`, `實體 ID ${q(e.id)} 不安全；改名為 ${q(key)}`);
    entityKey.set(e.id, key);
    if (!kindIds.has(e.kind)) {
      kindIds.add(e.kind);
      kinds.push({ id: e.kind, label: { en: e.kind, zh: e.kind }, plural: { en: e.kind, zh: e.kind } });
      warn('unknown-kind', at(`${column}.kind`, e.id), `kind ${q(e.kind)} is not in the vocabulary; added as a custom kind`, `類別 ${q(e.kind)} 不在詞彙表中；已新增為自訂類別`);
    }
    if (e.x === undefined || e.y === undefined) needsLayout = true;
    const attributes: NodeAttributes = {
      kind: e.kind,
      label: e.name.en,
      labelZh: e.name.zh,
      aliases: [...e.aliases],
      descriptionEn: e.description.en,
      descriptionZh: e.description.zh,
      mentions: [],
      x: e.x ?? 0,
      y: e.y ?? 0,
    };
    if (e.px !== undefined) attributes.px = e.px;
    if (e.py !== undefined) attributes.py = e.py;
    nodes.push({ key, attributes });
  }
  report.counts.entities += nodes.length;
  if (options.signal?.aborted) throw cancelled(file);

  // ---------- relations ----------
  const sourceKey = new Map(bundle.sources.map((s) => [s.id, sourceIds.keyOf(s.id)]));
  const relationIds = new SafeIds(bundle.relations.map((r) => r.id));
  const skipRelation = (code: string, where: Where, en: string, zh: string): void => {
    warn(code, where, en, zh);
    report.counts.skippedRelations += 1;
  };
  for (const [i, r] of bundle.relations.entries()) {
    const column = `relations[${i}]`;
    if (i % 500 === 0) {
      options.onProgress?.('check', i / Math.max(1, bundle.relations.length));
      if (options.signal?.aborted) throw cancelled(file);
    }
    const source = entityKey.get(r.source);
    const target = entityKey.get(r.target);
    if (source === undefined || target === undefined) {
      const missing = source === undefined ? r.source : r.target;
      const field = source === undefined ? 'source' : 'target';
      skipRelation('unknown-entity', at(`${column}.${field}`, r.id), `relation ${q(r.id)}: no entity ${q(missing)}; the relation is skipped`, `關係 ${q(r.id)}：沒有實體 ${q(missing)}；略過此關係`);
      continue;
    }
    if (source === target) {
      skipRelation('self-loop', at(`${column}.target`, r.id), `relation ${q(r.id)} links ${q(r.source)} to itself; self-loops are skipped`, `關係 ${q(r.id)} 將 ${q(r.source)} 連到自己；略過自我迴圈`);
      continue;
    }
    const key = relationIds.claim(r.id);
    if (key === null) {
      skipRelation('duplicate-id', at(`${column}.id`, r.id), `relation ${q(r.id)} appears twice; this one is skipped`, `關係 ${q(r.id)} 重複出現；略過此筆`);
      continue;
    }
    if (key !== r.id) warn('renamed-id', at(`${column}.id`, r.id), `relation id ${q(r.id)} is unsafe; renamed ${q(key)}`, `關係 ID ${q(r.id)} 不安全；改名為 ${q(key)}`);
    let type = typeById.get(r.type);
    if (type === undefined) {
      type = { id: r.type, label: { en: r.type, zh: r.type }, category: 'other', directed: r.directed, defaultStance: 'neutral' };
      typeById.set(r.type, type);
      relationTypes.push(type);
      if (!categories.some((c) => c.id === 'other')) categories.push({ id: 'other', label: { en: 'Other', zh: '其他' } });
      warn('unknown-type', at(`${column}.type`, r.id), `relation type ${q(r.type)} is not in the vocabulary; added as a custom type (category "other")`, `關係類型 ${q(r.type)} 不在詞彙表中；已新增為自訂類型（類別「其他」）`);
    }
    let claimedBy: string | null = null;
    if (r.claimedBy !== undefined) {
      claimedBy = entityKey.get(r.claimedBy) ?? null;
      if (claimedBy === null) warn('unknown-entity', at(`${column}.claimedBy`, r.id), `relation ${q(r.id)}: claimant ${q(r.claimedBy)} is not an entity; the claimant is left out`, `關係 ${q(r.id)}：聲稱者 ${q(r.claimedBy)} 不是實體；不列聲稱者`);
    }
    const evidence = r.evidence.map((e, j) => checkEvidence(e, at(`${column}.evidence[${j}]`, r.id)));
    report.counts.relations += 1;
    const attributes: EdgeAttributes = {
      type: type.id,
      category: type.category,
      directed: r.directed,
      stance: r.stance,
      date: r.date ?? null,
      dateEnd: r.dateEnd ?? null,
      status: r.status,
      claimedBy,
      summaryEn: r.summary.en,
      summaryZh: r.summary.zh,
      evidence,
    };
    if (r.directed) edges.push({ key, source, target, attributes });
    else edges.push({ key, source, target, attributes, undirected: true });
  }

  function checkEvidence(e: BundleEvidence, where: Where): CompiledEvidence {
    report.counts.evidence += 1;
    const sourceId = sourceKey.get(e.source);
    const unanchored = (): CompiledEvidence => {
      report.counts.unanchored += 1;
      return { source: sourceId ?? e.source, exact: e.exact, anchored: false };
    };
    if (sourceId === undefined) {
      warn('unknown-source', where, `quote ${q(e.exact)}: no source ${q(e.source)}; kept unanchored`, `引文 ${q(e.exact)}：沒有來源 ${q(e.source)}；保留為未定位引文`);
      return unanchored();
    }
    if ('anchored' in e) return unanchored();
    const text = Object.hasOwn(texts, sourceId) ? texts[sourceId] : undefined;
    if (text === undefined) {
      warn('no-source-text', where, `quote ${q(e.exact)}: source ${q(e.source)} has no text to anchor it in; kept unanchored`, `引文 ${q(e.exact)}：來源 ${q(e.source)} 沒有全文可供定位；保留為未定位引文`);
      return unanchored();
    }
    if (e.exact !== '' && e.end === e.start + e.exact.length && text.slice(e.start, e.end) === e.exact) {
      report.counts.anchored += 1;
      return evidenceSelector(sourceId, text, e.start, e.end);
    }
    const found = e.exact === '' ? null : reanchorQuote(text, e);
    if (found === null) {
      warn('quote-not-found', where, `quote ${q(e.exact)} is not in the text of source ${q(e.source)}; kept unanchored`, `引文 ${q(e.exact)} 不在來源 ${q(e.source)} 的全文中；保留為未定位引文`);
      return unanchored();
    }
    warn(
      'quote-moved',
      where,
      `quote ${q(e.exact)} is not at ${e.start}–${e.end} of source ${q(e.source)}; re-anchored at ${found.start}–${found.end} from its words and context`,
      `引文 ${q(e.exact)} 不在來源 ${q(e.source)} 的 ${e.start}–${e.end}；已依原文與上下文重新定位於 ${found.start}–${found.end}`,
    );
    report.counts.anchored += 1;
    return evidenceSelector(sourceId, text, found.start, found.end);
  }

  // ---------- mentions, layout ----------
  options.onProgress?.('check', 1);
  const withText = sources.filter((s) => Object.hasOwn(texts, s.id));
  if (withText.length > 0) {
    // Every entity's names indexed once and each text scanned once (findMentionsMany), not indexOf per name per text.
    const names = nodes.map(({ attributes: a }) => [a.label, a.labelZh, ...a.aliases]);
    const found = findMentionsMany(withText.map((s) => [s.id, texts[s.id] as string] as const), names);
    nodes.forEach((node, i) => {
      node.attributes.mentions = found[i] as Mention[];
    });
  }
  let serialized: SerializedGraph = {
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    attributes: { name: bundle.name, sources, vocabulary: { kinds, categories, relationTypes } },
    nodes,
    edges,
  };
  if (needsLayout && nodes.length > 0) {
    if (options.signal?.aborted) throw cancelled(file);
    options.onProgress?.('layout', 0);
    addIssue(report, 'info', 'laid-out', { file, column: 'entities' }, 'some entities have no position; the graph was laid out afresh', '部分實體沒有位置；已重新排版整張圖');
    const graph = graphFromSerialized(serialized);
    applyLayout(graph);
    serialized = graph.export() as unknown as SerializedGraph;
    options.onProgress?.('layout', 1);
  }
  const plainTexts: Record<string, string> = {};
  for (const s of withText) Object.defineProperty(plainTexts, s.id, { value: texts[s.id], enumerable: true, writable: true, configurable: true });
  const dataset: CompiledDataset = { graph: serialized, texts: plainTexts };
  const stories = keepValidStories(bundle.stories ?? [], dataset, report, file, options.checkStoryView);
  if (stories.length > 0) dataset.stories = stories;
  const checked = compiledDataset.safeParse(schemaSample(dataset));
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`bundle compiled to a dataset that does not match its schema at ${pathText(sampledPath(issue?.path ?? [], dataset))}: ${issue?.message ?? ''}`);
  }
  return dataset;
}


/** Nodes and edges the final schema check reads, at most, from each array (evenly spread, first and last included). */
export const SCHEMA_SAMPLE = 1000;

/** Indices of an evenly spread sample of `length` items (all of them up to SCHEMA_SAMPLE). */
function sampleIndices(length: number): number[] {
  if (length <= SCHEMA_SAMPLE) return Array.from({ length }, (_v, i) => i);
  return Array.from({ length: SCHEMA_SAMPLE }, (_v, i) => Math.round((i * (length - 1)) / (SCHEMA_SAMPLE - 1)));
}

/**
 * What the final check of fromBundle's own output reads: everything except the node and edge arrays, which are
 * sampled. Every value in them was built by this module from a bundle that passed the bundle schema, the same way for
 * every element, so a sample catches a bug in that code as well as all of them would, and the full check cost more
 * than the rest of the import at 100,000 entities.
 */
function schemaSample(dataset: CompiledDataset): CompiledDataset {
  const { nodes, edges } = dataset.graph;
  if (nodes.length <= SCHEMA_SAMPLE && edges.length <= SCHEMA_SAMPLE) return dataset;
  return {
    ...dataset,
    graph: { ...dataset.graph, nodes: sampleIndices(nodes.length).map((i) => nodes[i] as (typeof nodes)[number]), edges: sampleIndices(edges.length).map((i) => edges[i] as (typeof edges)[number]) },
  };
}

/** A schema issue's path in the sample, with the node or edge index of the whole dataset. */
function sampledPath(path: readonly PropertyKey[], dataset: CompiledDataset): PropertyKey[] {
  const [graph, array, index, ...rest] = path;
  if (graph !== 'graph' || (array !== 'nodes' && array !== 'edges') || typeof index !== 'number') return [...path];
  return [graph, array, sampleIndices(dataset.graph[array].length)[index] ?? index, ...rest];
}

/**
 * The bundle's stories checked against the dataset it opened as: a story with any problem (an id the dataset lacks, a
 * view the link reader must correct, a blank caption, a repeated id…) is left out, each problem reported as a
 * warning; the dataset itself still opens (a story is a view over the data, like a link).
 */
function keepValidStories(stories: readonly Story[], dataset: CompiledDataset, report: ImportReport, file: string, checkView: StoryViewCheck | undefined): Story[] {
  if (stories.length === 0) return [];
  const problems = checkStories(stories, storyTargetFromDataset(dataset), checkView ?? (() => []));
  const bad = new Set(problems.map((p) => p.story));
  for (const p of problems) {
    const column = `stories[${p.story}].${storyPathText(p.path)}`;
    addIssue(report, 'warning', 'invalid-story', { file, column, element: p.storyId }, `story ${q(p.storyId)} left out: ${p.message.en}`, `已略過故事 ${q(p.storyId)}：${p.message.zh}`);
  }
  return stories.filter((_s, i) => !bad.has(i)).map((s) => structuredClone(s));
}
