// The article beside the graph (a sheet on phones): the panels' Reader fed with memoised spans for one source.
import { useMemo } from 'react';
import type { EvidenceGraph } from '../model/graph';
import type { Lang, Selection } from '../state/types';
import { evidenceSpans, mentionSpans } from '../model/queries';
import { Reader, type ReaderFlash } from './panels';

export interface ReaderPaneProps {
  graph: EvidenceGraph;
  texts: Readonly<Record<string, string>>;
  lang: Lang;
  selection: Selection;
  flash: ReaderFlash | null;
  onSelect: (sel: Selection) => void;
}

/** Shows the first source (the built-in dataset has one); evidence spans select relations, mentions select entities. */
export function ReaderPane({ graph, texts, lang, selection, flash, onSelect }: ReaderPaneProps) {
  const source = graph.getAttribute('sources')[0];
  const sourceId = source?.id ?? '';
  const evidence = useMemo(() => (sourceId ? evidenceSpans(graph, sourceId) : []), [graph, sourceId]);
  const mentions = useMemo(() => (sourceId ? mentionSpans(graph, sourceId) : []), [graph, sourceId]);
  const active = useMemo(() => {
    if (selection?.kind === 'relation') return [selection.id];
    if (selection?.kind === 'entity' && graph.hasNode(selection.id)) return graph.edges(selection.id);
    return [];
  }, [graph, selection]);
  if (!source) return null;
  return (
    <aside
      aria-label={source.title[lang]}
      className="z-10 flex min-h-0 flex-col overflow-hidden border-muted/30 bg-white max-md:absolute max-md:inset-x-0 max-md:bottom-0 max-md:h-[45%] max-md:rounded-t-2xl max-md:border-t max-md:shadow-[0_-8px_24px_rgba(0,0,0,0.18)] md:w-80 2xl:w-[26rem] md:shrink-0 md:border-l"
    >
      <Reader
        text={texts[sourceId] ?? ''}
        title={source.title[lang]}
        textLang={source.language}
        lang={lang}
        evidence={evidence}
        mentions={mentions}
        activeRelationIds={active}
        flash={flash}
        onSelectRelations={(ids) => {
          const first = ids[0];
          if (first) onSelect({ kind: 'relation', id: first, evidence: 0 });
        }}
        onSelectEntity={(id) => onSelect({ kind: 'entity', id })}
        className="min-h-0 flex-1 overflow-y-auto p-4"
      />
    </aside>
  );
}
