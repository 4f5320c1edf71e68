// A bundle's panel: the relations between two entities (either direction) grouped by type, each with its first quote.
import { useId } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import { pairRelationGroups, splitPairKey } from '../../model/parallelEdges';
import type { Lang } from '../../state/types';
import { EntityButton } from './EntityButton';
import { EntityRelationList } from './EntityRelationList';
import { t } from '../i18n';
import { fillTemplate } from './fillTemplate';
import { entityName } from './labels';

export interface BundlePanelProps {
  graph: EvidenceGraph;
  /** The pair key `a~b`. */
  pair: string;
  lang: Lang;
  /** Relations shown under the filters and time range (the bundle's count); absent = all. */
  shown?: ReadonlySet<string>;
  onSelectRelation: (relationId: string) => void;
  onSelectEntity: (entityId: string) => void;
}

/** A labelled region listing the pair's shown relations by type; each opens its own evidence. */
export function BundlePanel({ graph, pair, lang, shown, onSelectRelation, onSelectEntity }: BundlePanelProps) {
  const headingId = useId();
  const ends = splitPairKey(pair);
  const [a, b] = ends ?? ['', ''];
  const groups = pairRelationGroups(graph, a, b, shown);
  const all = pairRelationGroups(graph, a, b).reduce((n, g) => n + g.relations.length, 0);
  const count = groups.reduce((n, g) => n + g.relations.length, 0);
  const name = (id: string) => <bdi>{graph.hasNode(id) ? entityName(graph, id, lang) : id}</bdi>;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 text-ink" data-panel="bundle" data-pair={pair}>
      <header>
        <h2 id={headingId} className="line-clamp-3 text-xl font-semibold leading-tight">
          {fillTemplate(t('bundles.heading', lang), { a: name(a), b: name(b) })}
        </h2>
        {graph.hasNode(a) && graph.hasNode(b) ? (
          <p className="mt-1 flex flex-wrap items-baseline gap-x-2 text-sm">
            <EntityButton graph={graph} id={a} lang={lang} onSelect={onSelectEntity} />
            <span aria-hidden="true">⇄</span>
            <EntityButton graph={graph} id={b} lang={lang} onSelect={onSelectEntity} />
          </p>
        ) : null}
      </header>
      <div>
        <h3 className="font-semibold">
          {t('panels.relations', lang)} <span className="text-muted" data-testid="bundle-count">({count})</span>
        </h3>
        {all > count ? <p className="text-sm text-muted">{t('bundles.hiddenByFilters', lang, { count: all - count })}</p> : null}
        {groups.map((group) => (
          <EntityRelationList
            key={group.type}
            graph={graph}
            group={group}
            lang={lang}
            activeRelationId={null}
            onSelectRelation={onSelectRelation}
            onSelectEntity={onSelectEntity}
          />
        ))}
      </div>
    </section>
  );
}
