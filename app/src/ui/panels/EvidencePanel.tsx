// The relation evidence panel: summary, type, ends, stance, date, fact/claim, every evidence item, parallel siblings.
import { useId, type ReactNode } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import { CategorySwatch } from './CategorySwatch';
import { EntityButton } from './EntityButton';
import { EvidenceItem } from './EvidenceItem';
import { SiblingRelations } from './SiblingRelations';
import { StatusBadge } from './StatusBadge';
import { categoryLabel, parallelRelations } from '../../model/queries';
import { typeLabel } from '../../model/sentences';
import { formatDateRange, summaryOf } from './labels';
import { t } from '../i18n';

export interface EvidencePanelProps {
  graph: EvidenceGraph;
  /** Full source texts keyed by source id (CompiledDataset.texts), to show each quote inside its paragraph. */
  texts: Readonly<Record<string, string>>;
  /** The relation (edge key) shown. An id not in the graph renders a short "unknown relation" message. */
  relationId: string;
  lang: Lang;
  /** 0-based index of the evidence item to mark as current (from the view state's selection). */
  activeEvidence?: number;
  onSelectEntity: (entityId: string) => void;
  /** A sibling (parallel) relation was activated. */
  onSelectRelation: (relationId: string) => void;
  /** "Show in article": scroll the reader to [start, end) of `sourceId` and flash it. */
  onShowInArticle: (sourceId: string, start: number, end: number) => void;
  /** "Copy link to this relation": the shell builds the deep link and copies quote + link. */
  onCopyRelationLink: (relationId: string, evidenceIndex: number) => void;
  className?: string;
  /** Edit mode: more actions on evidence item `index` (Remove). */
  evidenceActions?: (index: number) => ReactNode;
}

/** A labelled region (`<section aria-labelledby>`) with everything that proves one relation. */
export function EvidencePanel(props: EvidencePanelProps) {
  const { graph, texts, relationId, lang, activeEvidence = 0, onSelectEntity, onSelectRelation, className = '' } = props;
  const headingId = useId();
  if (!graph.hasEdge(relationId)) {
    return (
      <section aria-labelledby={headingId} className={className} data-panel="evidence">
        <h2 id={headingId} className="text-lg font-semibold">{t('panels.evidenceHeading', lang)}</h2>
        <p role="alert">{t('panels.unknownRelation', lang, { id: relationId })}</p>
      </section>
    );
  }
  const a = graph.getEdgeAttributes(relationId);
  const date = formatDateRange(a.date, a.dateEnd);
  const siblings = parallelRelations(graph, graph.source(relationId), graph.target(relationId)).filter((id) => id !== relationId);
  const row = 'grid grid-cols-[6rem_minmax(0,1fr)] gap-x-2 text-sm';
  // Words wrap whole (the panel's overflow-wrap: anywhere would split "open-sourced" mid-word in this narrow column).
  const words = 'min-w-0 [overflow-wrap:break-word]';

  return (
    <section aria-labelledby={headingId} className={`flex flex-col gap-3 text-ink ${className}`} data-panel="evidence" data-relation={relationId}>
      <header>
        <p className="text-xs uppercase tracking-wide text-muted">{t('panels.evidenceHeading', lang)}</p>
        <h2 id={headingId} className="text-lg font-semibold leading-snug">{summaryOf(a, lang)}</h2>
      </header>
      <dl className="flex flex-col gap-1">
        <div className={row}>
          <dt className="text-muted">{t('panels.type', lang)}</dt>
          <dd className="flex flex-wrap items-center gap-x-1">
            <CategorySwatch category={a.category} status={a.status} />
            <span className={words}>{typeLabel(graph, a.type, lang)}</span>
            <span className={`text-muted ${words}`} data-category={a.category}>
              ({categoryLabel(graph, a.category, lang)})
            </span>
          </dd>
        </div>
        <div className={row}>
          <dt className="text-muted">{t('panels.fromTo', lang)}</dt>
          <dd className="flex flex-wrap items-baseline gap-1">
            <EntityButton graph={graph} id={graph.source(relationId)} lang={lang} onSelect={onSelectEntity} />
            <span aria-hidden="true">{a.directed ? '→' : '—'}</span>
            <span className="sr-only">{a.directed ? t('panels.outgoing', lang) : t('panels.undirected', lang)}</span>
            <EntityButton graph={graph} id={graph.target(relationId)} lang={lang} onSelect={onSelectEntity} />
          </dd>
        </div>
        <div className={row}>
          <dt className="text-muted">{t('panels.stance', lang)}</dt>
          <dd data-stance={a.stance}>{t(`panels.stances.${a.stance}`, lang)}</dd>
        </div>
        <div className={row}>
          <dt className="text-muted">{t('panels.date', lang)}</dt>
          <dd>{date ? <time dateTime={a.date ?? a.dateEnd ?? undefined}>{date}</time> : t('panels.undated', lang)}</dd>
        </div>
        <div className={row}>
          <dt className="text-muted">{t('panels.status', lang)}</dt>
          <dd>
            <StatusBadge graph={graph} attrs={a} lang={lang} onSelectEntity={onSelectEntity} />
          </dd>
        </div>
      </dl>
      <ol className="flex flex-col gap-2">
        {a.evidence.map((ev, i) => (
          <EvidenceItem
            key={i}
            graph={graph}
            relationId={relationId}
            evidence={ev}
            index={i}
            total={a.evidence.length}
            text={Object.hasOwn(texts, ev.source) ? texts[ev.source] : undefined}
            lang={lang}
            active={i === activeEvidence}
            onShowInArticle={props.onShowInArticle}
            onCopyRelationLink={props.onCopyRelationLink}
            actions={props.evidenceActions?.(i)}
          />
        ))}
      </ol>
      {siblings.length > 0 ? <SiblingRelations graph={graph} ids={siblings} lang={lang} onSelectRelation={onSelectRelation} /> : null}
    </section>
  );
}
