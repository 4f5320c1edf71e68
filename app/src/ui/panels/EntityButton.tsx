// A clickable entity name: kind shape + name in <bdi> (hostile or right-to-left names cannot reorder the UI around them).
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import { KindIcon } from './KindIcon';
import { entityName } from './labels';

export interface EntityButtonProps {
  graph: EvidenceGraph;
  id: string;
  lang: Lang;
  onSelect: (id: string) => void;
  className?: string;
}

/** A button naming entity `id`; an unknown id renders as plain text, not a button. */
export function EntityButton({ graph, id, lang, onSelect, className = '' }: EntityButtonProps) {
  if (!graph.hasNode(id)) return <bdi className={className}>{id}</bdi>;
  return (
    <button
      type="button"
      data-entity={id}
      onClick={() => onSelect(id)}
      className={`inline-flex min-h-6 items-baseline gap-1 rounded text-left font-medium text-accent hover:underline focus-visible:outline-2 focus-visible:outline-accent ${className}`}
    >
      <KindIcon kind={graph.getNodeAttribute(id, 'kind')} kinds={graph.getAttribute('vocabulary').kinds} size={12} />
      <bdi>{entityName(graph, id, lang)}</bdi>
    </button>
  );
}
