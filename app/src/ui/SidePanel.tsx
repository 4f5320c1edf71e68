// The details/evidence panel: a side column on desktop, a bottom sheet on phones; shows the selection.
import { forwardRef } from 'react';
import type { EvidenceGraph } from '../model/graph';
import type { Lang, Selection } from '../state/types';
import { DetailsPanel, EvidencePanel } from './panels';
import { t } from './i18n';

export interface SidePanelProps {
  graph: EvidenceGraph;
  texts: Readonly<Record<string, string>>;
  lang: Lang;
  selection: Exclude<Selection, null>;
  onSelect: (sel: Selection) => void;
  onShowInArticle: (sourceId: string, start: number, end: number) => void;
  onCopyRelationLink: (relationId: string, evidenceIndex: number) => void;
  /** Escape inside the panel: return to where the user came from (the graph). */
  onEscape: () => void;
}

/** The panel for the current selection; focusable so Enter on the graph can move focus here. */
export const SidePanel = forwardRef<HTMLElement, SidePanelProps>(function SidePanel(p, ref) {
  const { graph, lang, selection } = p;
  return (
    <aside
      ref={ref}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          p.onEscape();
        }
      }}
      aria-label={t('panel', lang)}
      data-testid="side-panel"
      className="relative z-20 flex flex-col overflow-y-auto border-muted/30 bg-white outline-none focus-visible:ring-4 focus-visible:ring-accent focus-visible:ring-inset max-md:absolute max-md:inset-x-0 max-md:bottom-0 max-md:max-h-[45%] max-md:rounded-t-2xl max-md:border-t max-md:shadow-[0_-8px_24px_rgba(0,0,0,0.18)] md:w-80 md:shrink-0 2xl:w-96 md:border-l"
    >
      <div className="sticky top-0 z-10 flex justify-end bg-white/95 px-2 pt-2">
        <span aria-hidden="true" className="absolute top-1.5 left-1/2 h-1 w-10 -translate-x-1/2 rounded bg-muted/40 md:hidden" />
        <button
          type="button"
          onClick={() => p.onSelect(null)}
          aria-label={t('closePanel', lang)}
          className="rounded px-2 py-0.5 text-lg leading-none text-muted hover:bg-black/5 focus-visible:outline-3 focus-visible:outline-accent"
        >
          ×
        </button>
      </div>
      <div className="px-4 pb-4">
        {selection.kind === 'entity' ? (
          <DetailsPanel
            graph={graph}
            entityId={selection.id}
            lang={lang}
            onSelectEntity={(id) => p.onSelect({ kind: 'entity', id })}
            onSelectRelation={(id) => p.onSelect({ kind: 'relation', id, evidence: 0 })}
          />
        ) : (
          <EvidencePanel
            graph={graph}
            texts={p.texts}
            relationId={selection.id}
            lang={lang}
            activeEvidence={selection.evidence}
            onSelectEntity={(id) => p.onSelect({ kind: 'entity', id })}
            onSelectRelation={(id) => p.onSelect({ kind: 'relation', id, evidence: 0 })}
            onShowInArticle={p.onShowInArticle}
            onCopyRelationLink={p.onCopyRelationLink}
          />
        )}
      </div>
    </aside>
  );
});
