// A relation's first quote as a short blockquote in its source's language, with "(+N)" when it has more evidence.
import type { EvidenceGraph } from '../../model/graph';
import type { EdgeAttributes } from '../../model/schema';
import { sourceOf } from './labels';

/** The first evidence quote of `attrs` (nothing when it has none). */
export function FirstQuote({ graph, attrs }: { graph: EvidenceGraph; attrs: EdgeAttributes }) {
  const first = attrs.evidence[0];
  if (!first) return null;
  return (
    <blockquote lang={sourceOf(graph, first.source)?.language} className="mt-1 border-l-2 border-mark pl-2 text-sm">
      {first.exact}
      {attrs.evidence.length > 1 ? <span className="ml-1 text-xs text-muted">(+{attrs.evidence.length - 1})</span> : null}
    </blockquote>
  );
}
