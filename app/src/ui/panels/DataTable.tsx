// The accessible twin of the graph: an entity table and a relation table of exactly what is visible, selection synced.
import { useMemo } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import type { Lang, Selection } from '../../state/types';
import { EntityTable } from './EntityTable';
import { RelationTable } from './RelationTable';
import { t } from '../i18n';

export interface DataTableProps {
  graph: EvidenceGraph;
  lang: Lang;
  /** Entity ids currently visible (e.g. computeVisibility(...).nodes); ids not in the graph are ignored. */
  visibleNodes: ReadonlySet<string>;
  /** Relation ids currently visible (e.g. computeVisibility(...).edges); ids not in the graph are ignored. */
  visibleEdges: ReadonlySet<string>;
  /** The view state's selection: its row is marked aria-selected and scrolled into view. */
  selection: Selection;
  onSelectEntity: (id: string) => void;
  onSelectRelation: (id: string) => void;
  className?: string;
}

/** Two sortable tables (entities, relations with quotes); each row's first cell is a button (Enter selects). */
export function DataTable({ graph, lang, visibleNodes, visibleEdges, selection, onSelectEntity, onSelectRelation, className = '' }: DataTableProps) {
  const nodes = useMemo(() => [...visibleNodes].filter((id) => graph.hasNode(id)).sort(), [graph, visibleNodes]);
  const edges = useMemo(() => [...visibleEdges].filter((id) => graph.hasEdge(id)).sort(), [graph, visibleEdges]);
  const selectedEntity = selection?.kind === 'entity' ? selection.id : null;
  const selectedRelation = selection?.kind === 'relation' ? selection.id : null;
  return (
    <div className={`flex flex-col gap-4 text-ink ${className}`} data-panel="table">
      {nodes.length === 0 && edges.length === 0 ? <p role="status">{t('panels.emptyTable', lang)}</p> : null}
      <EntityTable graph={graph} lang={lang} ids={nodes} visibleEdges={visibleEdges} selectedId={selectedEntity} onSelectEntity={onSelectEntity} />
      <RelationTable graph={graph} lang={lang} ids={edges} selectedId={selectedRelation} onSelectRelation={onSelectRelation} />
    </div>
  );
}
