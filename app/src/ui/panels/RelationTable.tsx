// The accessible twin's relation table: visible relations with ends, type, date, fact/claim and their quotes.
import { useMemo, useState } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import { CategorySwatch } from './CategorySwatch';
import { SortHeader } from './SortHeader';
import { StatusBadge } from './StatusBadge';
import { typeLabel } from '../../model/sentences';
import { entityName, formatDateRange, sourceOf, summaryOf } from './labels';
import { nextSort, sortRows, type SortState, type SortValue } from './sortRows';
import { t } from '../i18n';
import { TableBody } from './TableBody';
import { isVirtual } from './useVirtualRows';

type Column = 'relation' | 'from' | 'type' | 'to' | 'date' | 'status' | 'quote';

export interface RelationTableProps {
  graph: EvidenceGraph;
  lang: Lang;
  /** Visible relation ids that exist in the graph. */
  ids: readonly string[];
  selectedId: string | null;
  onSelectRelation: (id: string) => void;
}

/** A sortable table; the first cell of each row is a button that selects the relation. */
export function RelationTable({ graph, lang, ids, selectedId, onSelectRelation }: RelationTableProps) {
  const [sort, setSort] = useState<SortState<Column>>({ key: 'date', direction: 'ascending' });
  const rows = useMemo(() => {
    const value = (id: string, key: Column): SortValue => {
      const a = graph.getEdgeAttributes(id);
      if (key === 'relation') return summaryOf(a, lang);
      if (key === 'from') return entityName(graph, graph.source(id), lang);
      if (key === 'to') return entityName(graph, graph.target(id), lang);
      if (key === 'type') return typeLabel(graph, a.type, lang);
      if (key === 'date') return a.date ?? a.dateEnd;
      if (key === 'status') return a.status === 'fact' ? t('panels.statuses.fact', lang) : `${t('panels.statuses.claim', lang)} ${entityName(graph, a.claimedBy ?? '', lang)}`;
      return a.evidence[0]?.exact ?? null;
    };
    return sortRows(ids, sort, value, lang);
  }, [graph, ids, sort, lang]);
  const virtual = isVirtual(rows.length);
  const header = { sort, lang, onSort: (key: Column) => setSort((cur) => nextSort(cur, key)) };
  const cell = 'px-2 py-1 align-top';

  return (
    <table className={`w-full border-collapse text-sm ${virtual ? 'md:table-fixed' : ''}`} data-table="relations" aria-rowcount={rows.length + 1}>
      <caption className="py-1 text-left font-semibold">{t('panels.relationsCaption', lang, { n: ids.length })}</caption>
      {virtual ? (
        // Fixed column widths (from md up), so columns do not jump as rows scroll in and out.
        <colgroup>
          {[18, 12, 12, 12, 10, 12, 24].map((w, i) => (
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
      ) : null}
      <thead>
        <tr aria-rowindex={1}>
          <SortHeader column="relation" label={t('panels.colRelation', lang)} {...header} />
          <SortHeader column="from" label={t('panels.colFrom', lang)} {...header} />
          <SortHeader column="type" label={t('panels.colType', lang)} {...header} />
          <SortHeader column="to" label={t('panels.colTo', lang)} {...header} />
          <SortHeader column="date" label={t('panels.colDate', lang)} {...header} />
          <SortHeader column="status" label={t('panels.colStatus', lang)} {...header} />
          <SortHeader column="quote" label={t('panels.colQuote', lang)} {...header} />
        </tr>
      </thead>
      <TableBody
        rows={rows}
        columns={7}
        estimate={64}
        selectedId={selectedId}
        renderRow={(id, _index, rowProps) => {
          const a = graph.getEdgeAttributes(id);
          const selected = id === selectedId;
          const date = formatDateRange(a.date, a.dateEnd);
          return (
            <tr key={id} {...rowProps} data-relation={id} aria-selected={selected ? 'true' : 'false'} onClick={() => onSelectRelation(id)} className={`border-t border-muted/20 ${selected ? 'bg-mark/50 outline-2 outline-accent' : 'hover:bg-muted/10'}`}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                <button type="button" onClick={(e) => { e.stopPropagation(); onSelectRelation(id); }} className="rounded text-left text-accent hover:underline focus-visible:outline-2 focus-visible:outline-accent">
                  {summaryOf(a, lang)}
                </button>
              </th>
              <td className={cell}><bdi>{entityName(graph, graph.source(id), lang)}</bdi></td>
              <td className={cell}>
                <span className="inline-flex items-center gap-1">
                  <CategorySwatch category={a.category} status={a.status} />
                  {typeLabel(graph, a.type, lang)}
                </span>
              </td>
              <td className={cell}><bdi>{entityName(graph, graph.target(id), lang)}</bdi></td>
              <td className={`${cell} whitespace-nowrap`}>{date ?? t('panels.undated', lang)}</td>
              <td className={cell}><StatusBadge graph={graph} attrs={a} lang={lang} /></td>
              <td className={cell}>
                {a.evidence.map((ev, i) => (
                  <q key={i} lang={sourceOf(graph, ev.source)?.language} className="block">{ev.exact}</q>
                ))}
              </td>
            </tr>
          );
        }}
      />
    </table>
  );
}
