// The accessible twin's entity table: visible entities with name, other-language name, kind and visible relation count.
import { useMemo, useState } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import { KindIcon } from './KindIcon';
import { SortHeader } from './SortHeader';
import { kindLabel } from '../../model/queries';
import { entityName } from './labels';
import { nextSort, sortRows, type SortState, type SortValue } from './sortRows';
import { t } from '../i18n';
import { TableBody } from './TableBody';
import { isVirtual } from './useVirtualRows';

type Column = 'name' | 'other' | 'kind' | 'degree';

export interface EntityTableProps {
  graph: EvidenceGraph;
  lang: Lang;
  /** Visible entity ids that exist in the graph. */
  ids: readonly string[];
  visibleEdges: ReadonlySet<string>;
  selectedId: string | null;
  onSelectEntity: (id: string) => void;
}

/** A sortable table; the first cell of each row is a button that selects the entity. */
export function EntityTable({ graph, lang, ids, visibleEdges, selectedId, onSelectEntity }: EntityTableProps) {
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const [sort, setSort] = useState<SortState<Column>>({ key: 'name', direction: 'ascending' });
  const rows = useMemo(() => {
    const degree = (id: string) => graph.edges(id).filter((e) => visibleEdges.has(e)).length;
    const value = (id: string, key: Column): SortValue =>
      key === 'name' ? entityName(graph, id, lang) : key === 'other' ? entityName(graph, id, other) : key === 'kind' ? kindLabel(graph, graph.getNodeAttribute(id, 'kind'), lang) : degree(id);
    return sortRows(ids, sort, value, lang);
  }, [graph, ids, visibleEdges, sort, lang, other]);
  const degree = (id: string) => graph.edges(id).filter((e) => visibleEdges.has(e)).length;
  const onSort = (key: Column) => setSort((cur) => nextSort(cur, key));
  const header = { sort, lang, onSort };

  return (
    // On phones the table keeps a readable width and scrolls sideways, instead of breaking kinds and headers letter by letter.
    <table className={`w-full border-collapse text-sm max-md:min-w-[32rem] ${isVirtual(rows.length) ? 'md:table-fixed' : ''}`} data-table="entities" aria-rowcount={rows.length + 1}>
      <caption className="py-1 text-left font-semibold">{t('panels.entitiesCaption', lang, { n: ids.length })}</caption>
      {isVirtual(rows.length) ? (
        // Fixed column widths (from md up), so columns do not jump as rows scroll in and out.
        <colgroup>
          {[36, 30, 20, 14].map((w, i) => (
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
      ) : null}
      <thead>
        <tr aria-rowindex={1}>
          <SortHeader column="name" label={t('panels.colName', lang)} {...header} />
          <SortHeader column="other" label={t('panels.colOtherName', lang)} {...header} />
          <SortHeader column="kind" label={t('panels.colKind', lang)} {...header} />
          <SortHeader column="degree" label={t('panels.colDegree', lang)} {...header} />
        </tr>
      </thead>
      <TableBody
        rows={rows}
        columns={4}
        estimate={33}
        selectedId={selectedId}
        renderRow={(id, _index, rowProps) => {
          const selected = id === selectedId;
          const kind = graph.getNodeAttribute(id, 'kind');
          return (
            <tr key={id} {...rowProps} data-entity={id} aria-selected={selected ? 'true' : 'false'} onClick={() => onSelectEntity(id)} className={`border-t border-muted/20 ${selected ? 'bg-mark/50 outline-2 outline-accent' : 'hover:bg-muted/10'}`}>
              <th scope="row" className="px-2 py-1 text-left font-normal">
                <button type="button" onClick={(e) => { e.stopPropagation(); onSelectEntity(id); }} className="min-h-6 rounded text-left font-medium text-accent hover:underline focus-visible:outline-2 focus-visible:outline-accent">
                  <bdi>{entityName(graph, id, lang)}</bdi>
                </button>
              </th>
              <td className="px-2 py-1" lang={other === 'zh' ? 'zh-Hant' : 'en'}>
                <bdi>{entityName(graph, id, other)}</bdi>
              </td>
              <td className="px-2 py-1 whitespace-nowrap">
                <span className="inline-flex items-center gap-1">
                  <KindIcon kind={kind} kinds={graph.getAttribute('vocabulary').kinds} />
                  {kindLabel(graph, kind, lang)}
                </span>
              </td>
              <td className="px-2 py-1 text-right tabular-nums">{degree(id)}</td>
            </tr>
          );
        }}
      />
    </table>
  );
}
