// One relation-type group of the details panel: each relation with direction, other end, date, claimant and quote.
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import { EntityButton } from './EntityButton';
import { StatusBadge } from './StatusBadge';
import type { RelationEnd, RelationGroup } from '../../model/queries';
import { FirstQuote } from './FirstQuote';
import { typeLabel } from '../../model/sentences';
import { formatDateRange, summaryOf } from './labels';
import { t } from '../i18n';

type Direction = RelationEnd['direction'];

const ARROWS: Record<Direction, string> = { out: '→', in: '←', undirected: '—' };

function directionText(lang: Lang, d: Direction): string {
  return d === 'out' ? t('panels.outgoing', lang) : d === 'in' ? t('panels.incoming', lang) : t('panels.undirected', lang);
}

export interface EntityRelationListProps {
  graph: EvidenceGraph;
  group: RelationGroup;
  lang: Lang;
  activeRelationId: string | null;
  onSelectRelation: (relationId: string) => void;
  onSelectEntity: (entityId: string) => void;
}

/** A heading (the relation type's label) and the list of this entity's relations of that type. */
export function EntityRelationList({ graph, group, lang, activeRelationId, onSelectRelation, onSelectEntity }: EntityRelationListProps) {
  return (
    <div className="mt-2" data-relation-type={group.type}>
      <h4 className="text-sm font-medium text-muted">{typeLabel(graph, group.type, lang)}</h4>
      <ul className="flex flex-col gap-2">
        {group.relations.map(({ edge, other, direction, attributes: attrs }) => {
          const date = formatDateRange(attrs.date, attrs.dateEnd);
          const active = edge === activeRelationId;
          return (
            <li key={edge} data-relation={edge} className={`rounded border-l-4 p-1 pl-2 ${active ? 'border-accent bg-mark/30' : 'border-transparent'}`}>
              <button
                type="button"
                onClick={() => onSelectRelation(edge)}
                aria-current={active ? 'true' : undefined}
                className="text-left text-sm text-ink underline decoration-muted/50 underline-offset-2 hover:decoration-ink focus-visible:outline-2 focus-visible:outline-accent"
              >
                {summaryOf(attrs, lang)}
              </button>
              <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span>
                  <span aria-hidden="true">{ARROWS[direction]} </span>
                  <span className="sr-only">{directionText(lang, direction)} </span>
                  <EntityButton graph={graph} id={other} lang={lang} onSelect={onSelectEntity} />
                </span>
                {date ? <time dateTime={attrs.date ?? attrs.dateEnd ?? undefined} className="text-muted">{date}</time> : <span className="text-muted">{t('panels.undated', lang)}</span>}
                <StatusBadge graph={graph} attrs={attrs} lang={lang} />
              </div>
              <FirstQuote graph={graph} attrs={attrs} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
