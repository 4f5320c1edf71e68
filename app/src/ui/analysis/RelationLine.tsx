// One relation in an analysis list: a button with its sentence (category line, claim badge) and, optionally, its quote.
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import { CategorySwatch } from '../panels/CategorySwatch';
import { StatusBadge } from '../panels/StatusBadge';
import { relationSentence } from '../../model/sentences';
import { firstQuote } from './relationText';

export interface RelationLineProps {
  graph: EvidenceGraph;
  id: string;
  lang: Lang;
  onSelectRelation: (id: string) => void;
  /** Show the first evidence quote under the sentence. */
  quote?: boolean;
  /** Text before the sentence, e.g. the date. */
  prefix?: string;
}

/** A relation as a clickable sentence; unknown ids render as plain text. */
export function RelationLine({ graph, id, lang, onSelectRelation, quote = true, prefix }: RelationLineProps) {
  if (!graph.hasEdge(id)) return <bdi className="text-sm text-muted">{id}</bdi>;
  const a = graph.getEdgeAttributes(id);
  const q = quote ? firstQuote(graph, id) : null;
  return (
    <div className="text-sm" data-relation={id}>
      <div className="flex flex-wrap items-center gap-1.5">
        <CategorySwatch category={a.category} status={a.status} />
        <button
          type="button"
          onClick={() => onSelectRelation(id)}
          className="rounded text-left font-medium text-accent hover:underline focus-visible:outline-2 focus-visible:outline-accent"
        >
          {prefix ? <span className="mr-1 font-normal text-muted tabular-nums">{prefix}</span> : null}
          <bdi>{relationSentence(graph, id, lang)}</bdi>
        </button>
        <StatusBadge graph={graph} attrs={a} lang={lang} />
      </div>
      {q ? (
        <blockquote lang={q.lang} className="mt-0.5 border-l-2 border-mark pl-2 text-ink">
          <bdi>{q.text}</bdi>
        </blockquote>
      ) : null}
    </div>
  );
}
