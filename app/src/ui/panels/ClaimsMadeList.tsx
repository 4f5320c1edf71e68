// The "Claims made by <name>" section of the details panel: relations an entity claims, with quotes, and a claimant-filter button.
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import { EntityButton } from './EntityButton';
import { fillTemplate } from './fillTemplate';
import { FirstQuote } from './FirstQuote';
import { entityName, formatDateRange, summaryOf } from './labels';
import { t } from '../i18n';
import { claimsByClaimant } from '../../model/claimsIndex';

export interface ClaimsMadeListProps {
  graph: EvidenceGraph;
  /** The claimant: relations with `claimedBy === entityId` are listed. */
  entityId: string;
  lang: Lang;
  activeRelationId: string | null;
  onSelectRelation: (relationId: string) => void;
  onSelectEntity: (entityId: string) => void;
  /** "Show only <name>'s claims" was activated; no button when absent. */
  onShowClaimsBy?: ((entityId: string) => void) | undefined;
}

/** The relations `entityId` claims, dated ones first in date order, then undated (graph order within each). */
export function claimsMadeBy(graph: EvidenceGraph, entityId: string): string[] {
  const claims = claimsByClaimant(graph, entityId);
  const key = (e: string): string => graph.getEdgeAttribute(e, 'date') ?? graph.getEdgeAttribute(e, 'dateEnd') ?? '\uffff';
  return claims.map((e, i) => ({ e, i, k: key(e) })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i)).map((x) => x.e);
}

/** Nothing when the entity claims nothing; else a heading with the count, the filter button and one item per claim. */
export function ClaimsMadeList({ graph, entityId, lang, activeRelationId, onSelectRelation, onSelectEntity, onShowClaimsBy }: ClaimsMadeListProps) {
  const claims = claimsMadeBy(graph, entityId);
  if (claims.length === 0) return null;
  const name = <bdi>{entityName(graph, entityId, lang)}</bdi>;
  return (
    <div data-claims-by={entityId}>
      <h3 className="font-semibold">
        {fillTemplate(t('panels.claimsMade', lang), { name })} <span className="text-muted">({claims.length})</span>
      </h3>
      <p className="text-xs text-muted">{t('panels.claimsMadeHint', lang)}</p>
      {onShowClaimsBy ? (
        <button
          type="button"
          onClick={() => onShowClaimsBy(entityId)}
          className="mt-1 rounded-md border border-muted/50 px-2 py-1 text-sm text-ink hover:bg-black/5 focus-visible:outline-3 focus-visible:outline-accent"
        >
          {fillTemplate(t('panels.showClaimsBy', lang), { name })}
        </button>
      ) : null}
      <ul className="mt-2 flex flex-col gap-2">
        {claims.map((edge) => {
          const attrs = graph.getEdgeAttributes(edge);
          const date = formatDateRange(attrs.date, attrs.dateEnd);
          const active = edge === activeRelationId;
          return (
            <li key={edge} data-claim={edge} className={`rounded border-l-4 border-dashed p-1 pl-2 ${active ? 'border-accent bg-mark/30' : 'border-ink/40'}`}>
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
                  <EntityButton graph={graph} id={graph.source(edge)} lang={lang} onSelect={onSelectEntity} />
                  <span aria-hidden="true"> {attrs.directed ? '→' : '—'} </span>
                  <span className="sr-only"> {attrs.directed ? t('panels.outgoing', lang) : t('panels.undirected', lang)} </span>
                  <EntityButton graph={graph} id={graph.target(edge)} lang={lang} onSelect={onSelectEntity} />
                </span>
                {date ? <time dateTime={attrs.date ?? attrs.dateEnd ?? undefined} className="text-muted">{date}</time> : <span className="text-muted">{t('panels.undated', lang)}</span>}
              </div>
              <FirstQuote graph={graph} attrs={attrs} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
