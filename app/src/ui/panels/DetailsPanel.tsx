// The entity details panel: names in both languages, kind, description, aliases, relations grouped by type, claims made.
import { useDeferredValue, useId, useState } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import { ClaimsMadeList } from './ClaimsMadeList';
import { EntityRelationList } from './EntityRelationList';
import { KindIcon } from './KindIcon';
import { t } from '../i18n';
import { entityName } from './labels';
import { kindLabel, relationsOf, type RelationGroup } from '../../model/queries';

/** Relations the panel lists before "Show all" (a hub of a big graph has thousands). */
export const DETAILS_RELATIONS_MAX = 100;

/**
 * Relations drawn with the heading when another entity is selected; the rest (up to DETAILS_RELATIONS_MAX) follow in a
 * deferred render, so a hub's details appear without waiting for a hundred list items to be built and laid out.
 */
export const DETAILS_RELATIONS_FIRST = 20;

/** The first `max` relations of `groups`, in order (groups emptied by the cut are left out). */
export function firstRelations(groups: readonly RelationGroup[], max: number): RelationGroup[] {
  const out: RelationGroup[] = [];
  let left = max;
  for (const group of groups) {
    if (left <= 0) break;
    out.push(group.relations.length <= left ? group : { ...group, relations: group.relations.slice(0, left) });
    left -= group.relations.length;
  }
  return out;
}

export interface DetailsPanelProps {
  graph: EvidenceGraph;
  /** The entity shown. An id not in the graph renders a short "unknown entity" message. */
  entityId: string;
  /** UI and label language. */
  lang: Lang;
  /** A relation of this entity was activated (its summary button). */
  onSelectRelation: (relationId: string) => void;
  /** The other end of a relation was activated. */
  onSelectEntity: (entityId: string) => void;
  /** Relation to mark as current in the list (e.g. the one whose evidence is open). */
  activeRelationId?: string | null;
  /** "Show only <name>'s claims" was activated (sets the claimant filter); no button when absent. */
  onShowClaimsBy?: (entityId: string) => void;
  className?: string;
}

/** A labelled region (`<section aria-labelledby>`) describing one entity and listing its relations. */
export function DetailsPanel({ graph, entityId, lang, onSelectRelation, onSelectEntity, activeRelationId = null, onShowClaimsBy, className = '' }: DetailsPanelProps) {
  const headingId = useId();
  const [allFor, setAllFor] = useState<string | null>(null);
  // The entity whose whole list is rendered: it lags behind `entityId` for one deferred render after a change.
  const settled = useDeferredValue(entityId);
  if (!graph.hasNode(entityId)) {
    return (
      <section aria-labelledby={headingId} className={className} data-panel="details">
        <h2 id={headingId} className="text-lg font-semibold">{t('panels.detailsHeading', lang)}</h2>
        <p role="alert">{t('panels.unknownEntity', lang, { id: entityId })}</p>
      </section>
    );
  }
  const a = graph.getNodeAttributes(entityId);
  const name = entityName(graph, entityId, lang);
  const otherName = entityName(graph, entityId, lang === 'en' ? 'zh' : 'en');
  const description = lang === 'zh' ? a.descriptionZh || a.descriptionEn : a.descriptionEn || a.descriptionZh;
  const groups = relationsOf(graph, entityId);
  const total = groups.reduce((n, g) => n + g.relations.length, 0);
  const whole = allFor === entityId || total <= DETAILS_RELATIONS_MAX ? groups : firstRelations(groups, DETAILS_RELATIONS_MAX);
  const hidden = total - whole.reduce((n, g) => n + g.relations.length, 0);
  const listed = settled === entityId ? whole : firstRelations(whole, DETAILS_RELATIONS_FIRST);

  return (
    <section aria-labelledby={headingId} className={`flex flex-col gap-3 text-ink ${className}`} data-panel="details" data-entity={entityId}>
      <header>
        <p className="text-xs uppercase tracking-wide text-muted">{t('panels.detailsHeading', lang)}</p>
        <h2 id={headingId} className="line-clamp-3 text-xl font-semibold leading-tight">
          <bdi>{name}</bdi>
        </h2>
        {otherName !== name ? (
          <p className="text-base text-muted" lang={lang === 'en' ? 'zh-Hant' : 'en'}>
            <bdi>{otherName}</bdi>
          </p>
        ) : null}
        <p className="mt-1 flex items-center gap-1 text-sm">
          <span className="sr-only">{t('panels.kind', lang)}: </span>
          <KindIcon kind={a.kind} kinds={graph.getAttribute('vocabulary').kinds} />
          <span data-kind={a.kind}>{kindLabel(graph, a.kind, lang)}</span>
        </p>
      </header>
      {description ? <p className="text-sm">{description}</p> : null}
      {a.aliases.length > 0 ? (
        <div className="text-sm">
          <h3 className="font-medium text-muted">{t('panels.aliases', lang)}</h3>
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {a.aliases.map((alias, i) => (
              <li key={i}>
                <bdi>{alias}</bdi>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <h3 className="font-semibold">
          {t('panels.relations', lang)} <span className="text-muted">({total})</span>
        </h3>
        {total === 0 ? <p className="text-sm text-muted">{t('panels.noRelations', lang)}</p> : null}
        {listed.map((group) => (
          <EntityRelationList
            key={group.type}
            graph={graph}
            group={group}
            lang={lang}
            activeRelationId={activeRelationId}
            onSelectRelation={onSelectRelation}
            onSelectEntity={onSelectEntity}
          />
        ))}
        {hidden > 0 ? (
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-muted" data-relations-more={hidden}>
            {t('panels.relationsMore', lang, { n: hidden })}
            <button
              type="button"
              onClick={() => setAllFor(entityId)}
              className="rounded-md border border-muted/50 px-2 py-1 text-sm text-ink hover:bg-black/5 focus-visible:outline-3 focus-visible:outline-accent"
            >
              {t('panels.showAllRelations', lang, { n: total })}
            </button>
          </p>
        ) : null}
      </div>
      <ClaimsMadeList
        graph={graph}
        entityId={entityId}
        lang={lang}
        activeRelationId={activeRelationId}
        onSelectRelation={onSelectRelation}
        onSelectEntity={onSelectEntity}
        onShowClaimsBy={onShowClaimsBy}
      />
    </section>
  );
}
