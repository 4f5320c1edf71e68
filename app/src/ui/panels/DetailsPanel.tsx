// The entity details panel: names in both languages, kind, description, aliases, relations grouped by type, claims made.
import { useId } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import { ClaimsMadeList } from './ClaimsMadeList';
import { EntityRelationList } from './EntityRelationList';
import { KindIcon } from './KindIcon';
import { t } from '../i18n';
import { entityName } from './labels';
import { kindLabel, relationsOf } from '../../model/queries';

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
        {groups.map((group) => (
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
