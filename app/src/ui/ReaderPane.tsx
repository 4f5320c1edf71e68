// The article beside the graph (a sheet on phones, with Back and Close): the panels' Reader fed with memoised spans for one source.
import { useMemo, useState } from 'react';
import type { EvidenceGraph } from '../model/graph';
import type { Lang, Selection } from '../state/types';
import { evidenceSpans, mentionSpans } from '../model/queries';
import { Reader, type ReaderFlash } from './panels';
import { pt } from './phone/phoneStrings';
import { SHEET_CLASSES, SheetHeader } from './phone/SheetHeader';

export interface ReaderPaneProps {
  graph: EvidenceGraph;
  texts: Readonly<Record<string, string>>;
  lang: Lang;
  selection: Selection;
  flash: ReaderFlash | null;
  onSelect: (sel: Selection) => void;
  /** Closes the article (the sheet's × on phones). */
  onClose: () => void;
  /** On phones, when the details/evidence sheet is behind this one: bring it back to the front. */
  onBack?: (() => void) | null;
  /** On phones: another sheet is in front, so this one is hidden (kept mounted). */
  sheetHidden?: boolean;
}

/** Shows the first source (the built-in dataset has one); evidence spans select relations, mentions select entities. */
export function ReaderPane({ graph, texts, lang, selection, flash, onSelect, onClose, onBack, sheetHidden }: ReaderPaneProps) {
  const [collapsed, setCollapsed] = useState(false);
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
      className={`z-10 flex min-h-0 flex-col overflow-hidden border-muted/30 bg-white md:w-80 md:shrink-0 md:border-l 2xl:w-[26rem] ${SHEET_CLASSES} ${collapsed ? '' : 'max-md:h-[50%]'} ${sheetHidden ? 'max-md:hidden' : ''}`}
    >
      <div className="md:hidden">
        <SheetHeader
          lang={lang}
          collapsed={collapsed}
          onCollapsedChange={setCollapsed}
          title={collapsed ? source.title[lang] : undefined}
          back={onBack ? { label: pt(selection?.kind === 'entity' ? 'backToDetails' : 'backToEvidence', lang), onClick: onBack } : null}
          close={{ label: pt('closeArticle', lang), onClick: onClose }}
        />
      </div>
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
        className={`min-h-0 flex-1 overflow-y-auto p-4 ${collapsed ? 'max-md:hidden' : ''}`}
      />
    </aside>
  );
}
