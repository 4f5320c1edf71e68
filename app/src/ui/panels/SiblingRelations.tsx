// The parallel relations joining the same two entities, as buttons for quick switching in the evidence panel.
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import { CategorySwatch } from './CategorySwatch';
import { typeLabel } from '../../model/sentences';
import { formatDateRange, summaryOf } from './labels';
import { t } from '../i18n';

export interface SiblingRelationsProps {
  graph: EvidenceGraph;
  /** Sibling relation ids (not including the one shown). */
  ids: readonly string[];
  lang: Lang;
  onSelectRelation: (relationId: string) => void;
}

/** A short list: category line, type label, summary and date of each sibling relation. */
export function SiblingRelations({ graph, ids, lang, onSelectRelation }: SiblingRelationsProps) {
  return (
    <nav aria-label={t('panels.siblings', lang)} className="border-t border-muted/30 pt-2">
      <h3 className="text-sm font-semibold">
        {t('panels.siblings', lang)} <span className="text-muted">({ids.length})</span>
      </h3>
      <ul className="flex flex-col gap-1">
        {ids.map((id) => {
          const a = graph.getEdgeAttributes(id);
          const date = formatDateRange(a.date, a.dateEnd);
          return (
            <li key={id} data-relation={id}>
              <button
                type="button"
                onClick={() => onSelectRelation(id)}
                className="flex w-full items-center gap-2 rounded px-1 text-left text-sm hover:bg-muted/10 focus-visible:outline-2 focus-visible:outline-accent"
              >
                <CategorySwatch category={a.category} status={a.status} />
                <span className="font-medium">{typeLabel(graph, a.type, lang)}</span>
                <span className="flex-1">{summaryOf(a, lang)}</span>
                <span className="text-muted">{date ?? t('panels.undated', lang)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
