// CSV export: entities.csv and relations.csv with evidence columns, RFC 4180, safe against formula injection.
import type { EvidenceGraph } from '../graph';
import { isAnchored } from '../schema';
import { encodeCsv, type CsvCell } from './csvEncode';
import { isEdgeVisible, type VisibleSet } from './subset';

/** Separator between the values of a multi-valued cell (aliases, several evidence items). */
export const MULTI_SEPARATOR = ' | ';

export const ENTITY_COLUMNS = ['id', 'kind', 'label', 'label_zh', 'aliases', 'description_en', 'description_zh', 'x', 'y'] as const;
export const RELATION_COLUMNS = [
  'id',
  'source',
  'target',
  'source_label',
  'target_label',
  'type',
  'category',
  'directed',
  'stance',
  'status',
  'claimed_by',
  'date',
  'date_end',
  'summary_en',
  'summary_zh',
  'evidence_count',
  'quote',
  'evidence_source',
  'evidence_start',
  'evidence_end',
] as const;

export interface CsvOptions {
  /** Prefix each file with a UTF-8 byte-order mark so Excel shows Chinese correctly. Default true. */
  bom?: boolean;
}

/** Entity rows in ENTITY_COLUMNS order, before CSV encoding (visible nodes only, when given). */
export function entityRows(graph: EvidenceGraph, visible?: VisibleSet): CsvCell[][] {
  const rows: CsvCell[][] = [];
  graph.forEachNode((node, a) => {
    if (visible && !visible.nodes.has(node)) return;
    rows.push([node, a.kind, a.label, a.labelZh, a.aliases.join(MULTI_SEPARATOR), a.descriptionEn, a.descriptionZh, a.x, a.y]);
  });
  return rows;
}

/** Relation rows in RELATION_COLUMNS order; several evidence items are joined with MULTI_SEPARATOR. */
export function relationRows(graph: EvidenceGraph, visible?: VisibleSet): CsvCell[][] {
  const rows: CsvCell[][] = [];
  graph.forEachEdge((edge, a, source, target, sa, ta) => {
    if (!isEdgeVisible(graph, edge, visible)) return;
    const joined = (pick: (e: (typeof a.evidence)[number]) => string | number) => a.evidence.map(pick).join(MULTI_SEPARATOR);
    rows.push([
      edge,
      source,
      target,
      sa.label,
      ta.label,
      a.type,
      a.category,
      String(a.directed),
      a.stance,
      a.status,
      a.claimedBy ?? '',
      a.date ?? '',
      a.dateEnd ?? '',
      a.summaryEn,
      a.summaryZh,
      a.evidence.length,
      joined((e) => e.exact),
      joined((e) => e.source),
      joined((e) => (isAnchored(e) ? e.start : '')),
      joined((e) => (isAnchored(e) ? e.end : '')),
    ]);
  });
  return rows;
}

/** entities.csv and relations.csv (CRLF, quotes doubled, formula-looking text prefixed with `'`). */
export function toCsv(graph: EvidenceGraph, visible?: VisibleSet, opts: CsvOptions = {}): { entities: string; relations: string } {
  const bom = opts.bom ?? true;
  return {
    entities: encodeCsv(ENTITY_COLUMNS, entityRows(graph, visible), bom),
    relations: encodeCsv(RELATION_COLUMNS, relationRows(graph, visible), bom),
  };
}
