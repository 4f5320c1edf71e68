// Turns any parsed file (a DraftDataset) into the app's CompiledDataset: safe ids, vocabulary, dates, claims, anchored quotes, positions; every change reported.
import Graph from 'graphology';
import { findMentions } from '../data/locate';
import type { EvidenceGraph } from '../graph';
import {
  compiledDataset,
  type CompiledDataset,
  type CompiledEvidence,
  type CompiledVocabulary,
  type EdgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
  type SerializedGraph,
  type Stance,
  type Status,
} from '../schema';
import type { DraftDataset, DraftRelation, Where } from './draft';
import { DEFAULT_CAPS, ImportError, type ImportCaps, type ImportReport, type ProgressFn } from './report';
import { SourceBook } from './normalize/anchorEvidence';
import { addIssue, q } from './normalize/issues';
import { VocabularyMapper } from './normalize/mapVocabulary';
import { IdAllocator } from './normalize/normalizeIds';
import { parseDate } from './normalize/parseDates';
import { placeByLayout, placeFromFile } from './normalize/placeNodes';
import { sha256Hex } from './normalize/sha256';
import { readStance, readStatus } from './normalize/stanceStatus';
import { suggest } from './normalize/suggest';
import { matchKey } from './normalize/text';
import { isAfter } from '../data/dates';

export interface NormalizeOptions {
  /** The vocabulary kinds and relation types are mapped onto (the built-in one); custom ones are appended. */
  baseVocabulary: CompiledVocabulary;
  caps?: ImportCaps;
  onProgress?: ProgressFn;
  /** Checked between stages and in long loops: when set, the import stops with ImportError('cancelled'). */
  signal?: { aborted: boolean };
}

/** Loops check for cancel and report progress every this many elements. */
const STEP = 500;
/** Entity lists larger than this get no "did you mean" suggestion (it compares against every name). */
const SUGGEST_MAX_NAMES = 20_000;

interface PendingNode {
  id: string;
  attrs: NodeAttributes;
  hasPosition: boolean;
}

interface PendingEdge {
  id: string;
  source: string;
  target: string;
  attrs: EdgeAttributes;
}

/**
 * Normalises a parsed file into the app's dataset. Nothing is dropped silently: every rename, guess, skip and custom
 * type goes into `report.issues` (file, row/line, column, value, both languages) and the counts into `report.counts`.
 * Throws ImportError for caps (naming the limit and the value) and for cancel.
 */
export function normalizeDraft(draft: DraftDataset, report: ImportReport, options: NormalizeOptions): CompiledDataset {
  const caps = options.caps ?? DEFAULT_CAPS;
  const progress = options.onProgress ?? (() => undefined);
  const firstFile = draft.entities[0]?.where.file ?? draft.relations[0]?.where.file ?? draft.sources[0]?.where.file ?? '';
  const checkCancel = (): void => {
    if (options.signal?.aborted) throw new ImportError('cancelled', { file: firstFile }, { en: 'the import was cancelled', zh: '已取消匯入' });
  };
  const capError = (code: string, what: { en: string; zh: string }, count: number, limit: number, where: Where = { file: firstFile }): ImportError =>
    new ImportError(code, where, {
      en: `${count.toLocaleString('en')} ${what.en}: more than the limit of ${limit.toLocaleString('en')}`,
      zh: `${what.zh}共 ${count} 個，超過上限 ${limit}`,
    });
  const text = (value: string | undefined, where: Where, column: string): string => {
    const v = value ?? '';
    if (v.length > caps.attributeLength) {
      throw new ImportError('attribute-too-long', { ...where, column }, {
        en: `${column} is ${v.length.toLocaleString('en')} characters long: more than the limit of ${caps.attributeLength.toLocaleString('en')}`,
        zh: `${column} 長 ${v.length} 個字元，超過上限 ${caps.attributeLength}`,
      });
    }
    return v.trim();
  };

  checkCancel();
  progress('check', 0);
  if (draft.entities.length > caps.nodes) throw capError('too-many-nodes', { en: 'entities', zh: '實體' }, draft.entities.length, caps.nodes);
  if (draft.relations.length > caps.edges) throw capError('too-many-edges', { en: 'relations', zh: '關係' }, draft.relations.length, caps.edges);

  const vocab = new VocabularyMapper(options.baseVocabulary, draft, draft.directedDefault ?? true, report);
  const book = new SourceBook(draft.sources, report);
  const total = draft.entities.length + draft.relations.length || 1;
  let done = 0;
  const tick = (): void => {
    done++;
    if (done % STEP === 0) {
      checkCancel();
      progress('check', (0.8 * done) / total);
    }
  };

  // ---- entities ----
  const entityIds = new IdAllocator('entity');
  const byDraftId = new Map<string, string>();
  const byName = new Map<string, string>();
  const names: { key: string; name: string }[] = [];
  const nodes: PendingNode[] = [];
  const nodeById = new Map<string, PendingNode>();
  const sharedNames = new Map<string, Set<string>>();
  const remember = (name: string, id: string): void => {
    const key = matchKey(name);
    const had = byName.get(key);
    if (had !== undefined && had !== id) sharedNames.set(key, (sharedNames.get(key) ?? new Set([had])).add(id));
    if (key === '' || had !== undefined) return;
    byName.set(key, id);
    names.push({ key, name });
  };
  const addNode = (node: PendingNode): void => {
    nodes.push(node);
    nodeById.set(node.id, node);
    for (const name of [node.attrs.label, node.attrs.labelZh, ...node.attrs.aliases]) remember(name, node.id);
  };

  for (const e of draft.entities) {
    tick();
    const draftId = text(e.id, e.where, 'id');
    const label = text(e.label, e.where, 'label') || text(e.labelZh, e.where, 'labelZh') || draftId;
    const labelZh = text(e.labelZh, e.where, 'labelZh') || label;
    const id = entityIds.claim(draftId, label, report, e.where, { en: 'entity', zh: '實體' });
    if (draftId !== '' && !byDraftId.has(draftId)) byDraftId.set(draftId, id);
    const aliases = [...new Set((e.aliases ?? []).map((a) => text(a, e.where, 'aliases')).filter((a) => a !== ''))];
    const descEn = text(e.description, e.where, 'description') || text(e.descriptionZh, e.where, 'descriptionZh');
    const descZh = text(e.descriptionZh, e.where, 'descriptionZh') || descEn;
    const hasPosition = Number.isFinite(e.x) && Number.isFinite(e.y);
    addNode({
      id,
      hasPosition,
      attrs: {
        kind: vocab.kindFor(text(e.kind, e.where, 'kind'), e.where, e.color),
        label: label === '' ? id : label,
        labelZh: labelZh === '' ? id : labelZh,
        aliases,
        descriptionEn: descEn,
        descriptionZh: descZh,
        mentions: [],
        x: hasPosition ? (e.x as number) : 0,
        y: hasPosition ? (e.y as number) : 0,
      },
    });
  }

  // ---- relations ----
  let implied = 0;
  let firstImplied: Where | undefined;
  let skippedRelations = 0;
  let generatedSummaries = 0;
  const relationIds = new IdAllocator('relation');
  const edges: PendingEdge[] = [];

  /** The entity id a relation end or claimant names: by id, else by name or alias; created when entities are implied. */
  const resolve = (ref: string, where: Where, column: string): string | undefined => {
    const raw = text(ref, where, column);
    if (raw === '') return undefined;
    const byId = byDraftId.get(raw) ?? (nodeById.has(raw) ? raw : undefined);
    if (byId !== undefined) return byId;
    const hit = byName.get(matchKey(raw));
    if (hit !== undefined) {
      const count = sharedNames.get(matchKey(raw))?.size;
      if (count !== undefined) {
        addIssue(report, 'warning', 'ambiguous-entity', { ...where, column }, `${count} entities are named ${q(raw)}: linked to the first (id ${q(hit)})`, `有 ${count} 個實體名為 ${q(raw)}：已連到第一個（id ${q(hit)}）`);
      }
      return hit;
    }
    if (draft.impliedEntities) {
      if (nodes.length >= caps.nodes) throw capError('too-many-nodes', { en: 'entities', zh: '實體' }, nodes.length + 1, caps.nodes, where);
      const id = entityIds.fresh(raw);
      byDraftId.set(raw, id);
      addNode({
        id,
        hasPosition: false,
        attrs: { kind: vocab.kindFor(undefined, where), label: raw, labelZh: raw, aliases: [], descriptionEn: '', descriptionZh: '', mentions: [], x: 0, y: 0 },
      });
      implied++;
      firstImplied ??= where;
      return id;
    }
    const guess = names.length <= SUGGEST_MAX_NAMES ? suggest(raw, names, matchKey) : undefined;
    addIssue(
      report,
      'warning',
      'unknown-entity',
      { ...where, column },
      `no entity ${q(raw)}${guess !== undefined ? ` (did you mean ${q(guess)}?)` : ''}: relation skipped`,
      `沒有實體 ${q(raw)}${guess !== undefined ? `（是否指 ${q(guess)}？）` : ''}：已略過此關係`,
    );
    return undefined;
  };

  const skip = (r: DraftRelation, column: string, en: string, zh: string, code: string): void => {
    skippedRelations++;
    addIssue(report, 'warning', code, { ...r.where, column }, en, zh);
  };

  for (const r of draft.relations) {
    tick();
    const where = r.where;
    const col = (field: keyof NonNullable<DraftRelation['columns']>, fallback: string): string => r.columns?.[field] ?? fallback;
    const FROM = col('source', 'From'), TO = col('target', 'To');
    if (text(r.source, where, FROM) === '' || text(r.target, where, TO) === '') {
      const fromEmpty = text(r.source, where, FROM) === '';
      const column = fromEmpty ? FROM : TO;
      skip(r, column, `${column} is empty: relation skipped`, `${column}為空：已略過此關係`, 'missing-end');
      continue;
    }
    const source = resolve(r.source, where, FROM);
    const target = resolve(r.target, where, TO);
    if (source === undefined || target === undefined) {
      skippedRelations++;
      continue;
    }
    if (source === target) {
      skip(r, TO, `${q(r.source)} is linked to itself: self-loops are not shown, relation skipped`, `${q(r.source)} 連到自身：不顯示自環，已略過此關係`, 'self-loop');
      continue;
    }
    const type = vocab.typeFor(text(r.type, where, col('type', 'Type')), r.directed, { ...where, column: col('type', 'Type') });
    const directed = r.directed ?? type.directed;

    let stance: Stance = type.defaultStance;
    const stanceColumn = col('stance', 'Stance');
    const stanceText = text(r.stance, where, stanceColumn);
    if (stanceText !== '') {
      const read = readStance(stanceText);
      if (read !== undefined) stance = read;
      else addIssue(report, 'warning', 'bad-stance', { ...where, column: stanceColumn }, `stance ${q(stanceText)} is not supports, opposes or neutral: used "${stance}"`, `立場 ${q(stanceText)} 不是支持、反對或中立：改用「${stance}」`);
    }

    const readDate = (value: string | undefined, column: string): string | null => {
      const raw = text(value, where, column);
      if (raw === '') return null;
      const d = parseDate(raw);
      if (!d.ok) {
        addIssue(report, 'warning', 'bad-date', { ...where, column }, `date ${q(raw)} is not a date: left out`, `日期 ${q(raw)} 無法識別：已略去`);
        return null;
      }
      if (d.ambiguous !== undefined) {
        addIssue(report, 'warning', 'ambiguous-date', { ...where, column }, `date ${q(raw)} could be day/month or month/day: kept only the year ${d.date}`, `日期 ${q(raw)} 無法分辨日/月次序：只保留年份 ${d.date}`);
      }
      return d.date;
    };
    const date = readDate(r.date, col('date', 'Date'));
    let dateEnd = readDate(r.dateEnd, col('dateEnd', 'End'));
    if (date !== null && dateEnd !== null && isAfter(date, dateEnd)) {
      addIssue(report, 'warning', 'end-before-start', { ...where, column: col('dateEnd', 'End') }, `end date ${dateEnd} is before the start date ${date}: end date left out`, `結束日期 ${dateEnd} 早於開始日期 ${date}：已略去結束日期`);
      dateEnd = null;
    }

    const claimantColumn = col('claimedBy', 'Claimed by'), statusColumn = col('status', 'Status');
    const claimantText = text(r.claimedBy, where, claimantColumn);
    const statusText = text(r.status, where, statusColumn);
    let status: Status = claimantText !== '' ? 'claim' : 'fact';
    if (statusText !== '') {
      const read = readStatus(statusText);
      if (read !== undefined) status = read;
      else addIssue(report, 'warning', 'bad-status', { ...where, column: statusColumn }, `status ${q(statusText)} is neither fact nor claim: used "${status}"`, `狀態 ${q(statusText)} 既非事實亦非說法：改用「${status}」`);
    }
    let claimedBy: string | null = null;
    if (status === 'claim') {
      claimedBy = claimantText === '' ? null : (resolve(claimantText, where, claimantColumn) ?? null);
      if (claimedBy === null) {
        addIssue(report, 'warning', 'claim-without-claimant', { ...where, column: claimantColumn }, 'a claim with no known claimant: kept as a claim by nobody named', '沒有已知提出者的說法：保留為未具名的說法');
      }
    } else if (claimantText !== '') {
      addIssue(report, 'warning', 'claimant-of-fact', { ...where, column: claimantColumn }, `${q(claimantText)} is named as claimant but the status is "fact": claimant left out`, `${q(claimantText)} 被列為提出者，但狀態為「事實」：已略去提出者`);
    }

    const from = nodeById.get(source) as PendingNode;
    const to = nodeById.get(target) as PendingNode;
    let summaryEn = text(r.summary, where, 'Summary') || text(r.summaryZh, where, 'Summary (zh)');
    let summaryZh = text(r.summaryZh, where, 'Summary (zh)') || summaryEn;
    if (summaryEn === '') {
      generatedSummaries++;
      summaryEn = `${from.attrs.label} ${type.label.en} ${to.attrs.label}`;
      summaryZh = `${from.attrs.labelZh} ${type.label.zh} ${to.attrs.labelZh}`;
    }

    const evidence: CompiledEvidence[] = [];
    for (const ev of r.evidence) {
      const quote = text(ev.quote, ev.where, 'Quote');
      if (quote === '') continue;
      evidence.push(book.evidence({ ...ev, quote }));
    }

    const id = relationIds.claim(r.id === undefined ? undefined : text(r.id, where, 'id'), `${source}-${type.id}-${target}`, report, where, { en: 'relation', zh: '關係' });
    edges.push({
      id,
      source,
      target,
      attrs: { type: type.id, category: type.category, directed, stance, date, dateEnd, status, claimedBy, summaryEn, summaryZh, evidence },
    });
  }
  if (edges.length > caps.edges) throw capError('too-many-edges', { en: 'relations', zh: '關係' }, edges.length, caps.edges);

  if (implied > 0 && firstImplied !== undefined) {
    addIssue(report, 'info', 'implied-entities', { file: firstImplied.file }, `${implied} entities were created from the names in relations (no entities file)`, `已依關係中的名稱建立 ${implied} 個實體（沒有實體檔案）`);
  }
  if (vocab.missingKind > 0) {
    addIssue(report, 'info', 'no-kind', { file: firstFile }, `${vocab.missingKind} entities name no kind: shown as kind "entity"`, `${vocab.missingKind} 個實體沒有類型：顯示為「實體」`);
  }
  if (vocab.missingType > 0) {
    addIssue(report, 'info', 'no-type', { file: firstFile }, `${vocab.missingType} relations name no type: shown as "is related to"`, `${vocab.missingType} 個關係沒有類型：顯示為「相關」`);
  }
  if (generatedSummaries > 0) {
    addIssue(report, 'info', 'generated-summary', { file: firstFile }, `${generatedSummaries} relations have no summary: one was written from their ends and type`, `${generatedSummaries} 個關係沒有摘要：已依兩端與類型生成`);
  }

  // ---- mentions of entity names in the source texts ----
  const texts = book.texts();
  if (texts.size > 0) {
    for (const [i, node] of nodes.entries()) {
      if (i % STEP === 0) checkCancel();
      const nodeNames = [node.attrs.label, node.attrs.labelZh, ...node.attrs.aliases];
      for (const [sourceId, body] of texts) node.attrs.mentions.push(...findMentions(sourceId, body, nodeNames));
    }
  }
  progress('check', 0.9);
  checkCancel();

  // ---- the graph ----
  const vocabulary = vocab.vocabulary(options.baseVocabulary);
  const sources = book.entries.map(({ record, text: body }) => (body === undefined ? record : { ...record, sha256: sha256Hex(body), length: body.length }));
  const graph: EvidenceGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ name: draft.name?.trim() || firstFile || 'Imported data', sources, vocabulary });
  for (const node of nodes) graph.addNode(node.id, node.attrs);
  for (const e of edges) {
    if (e.attrs.directed) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, e.attrs);
    else graph.addUndirectedEdgeWithKey(e.id, e.source, e.target, e.attrs);
  }

  checkCancel();
  progress('layout', 0);
  checkCancel();
  const positioned = nodes.filter((n) => n.hasPosition).length;
  if (nodes.length > 0 && positioned === nodes.length) placeFromFile(graph);
  else {
    if (positioned > 0) {
      addIssue(report, 'info', 'positions-partial', { file: firstFile }, `only ${positioned} of ${nodes.length} entities have a position in the file: all were laid out anew`, `檔案中只有 ${positioned}／${nodes.length} 個實體有位置：已全部重新排版`);
    }
    placeByLayout(graph, (fraction) => {
      checkCancel();
      progress('layout', fraction);
    });
  }
  progress('layout', 1);
  checkCancel();

  report.counts = {
    sources: sources.length,
    entities: graph.order,
    relations: graph.size,
    evidence: book.anchored + book.unanchored,
    anchored: book.anchored,
    unanchored: book.unanchored,
    skippedEntities: 0,
    skippedRelations,
  };

  const textRecord: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [id, body] of texts) textRecord[id] = body;
  const candidate: CompiledDataset = { graph: graph.export() as unknown as SerializedGraph, texts: textRecord };
  const checked = compiledDataset.safeParse(candidate);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ImportError('invalid-result', { file: firstFile }, {
      en: `the imported data does not fit the app's model at ${issue?.path.map(String).join('.') ?? '?'}: ${issue?.message ?? ''}`,
      zh: `匯入的資料不符合應用程式的模型（${issue?.path.map(String).join('.') ?? '?'}）：${issue?.message ?? ''}`,
    });
  }
  progress('check', 1);
  return candidate;
}
