// Fact vs claim badge: "claim by <name>" with a dashed border (like claim lines), or a plain "fact" tag.
import type { EvidenceGraph } from '../../model/graph';
import type { EdgeAttributes } from '../../model/schema';
import type { Lang } from '../../state/types';
import { EntityButton } from './EntityButton';
import { fillTemplate } from './fillTemplate';
import { entityName } from './labels';
import { t } from '../i18n';

export interface StatusBadgeProps {
  graph: EvidenceGraph;
  attrs: Pick<EdgeAttributes, 'status' | 'claimedBy'>;
  lang: Lang;
  /** When given, the claimant's name is a button selecting them. */
  onSelectEntity?: (id: string) => void;
}

/** Shows whether the source narrates the relation as fact or reports it as somebody's claim (and whose). */
export function StatusBadge({ graph, attrs, lang, onSelectEntity }: StatusBadgeProps) {
  if (attrs.status === 'fact') {
    return <span className="rounded border border-muted/40 px-1 text-xs text-muted" data-status="fact">{t('panels.fact', lang)}</span>;
  }
  const claimant = attrs.claimedBy;
  const name = claimant === null ? '?' : onSelectEntity ? (
    <EntityButton graph={graph} id={claimant} lang={lang} onSelect={onSelectEntity} />
  ) : (
    <bdi>{entityName(graph, claimant, lang)}</bdi>
  );
  return (
    <span className="rounded border border-dashed border-ink/60 px-1 text-xs text-ink" data-status="claim">
      {fillTemplate(t('panels.claimBy', lang), { name })}
    </span>
  );
}
