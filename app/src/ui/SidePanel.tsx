// The details/evidence panel: a side column on desktop, a bottom sheet on phones; shows the selection.
import { forwardRef, useState, type ReactNode } from 'react';
import type { EvidenceGraph } from '../model/graph';
import type { Lang, Selection } from '../state/types';
import { BundlePanel, DetailsPanel, EvidencePanel } from './panels';
import { entityLabel } from '../model/queries';
import { relationSentence } from '../model/sentences';
import { t } from './i18n';
import { SHEET_CLASSES, SheetHeader } from './phone/SheetHeader';
import { useEditSessionContext } from './edit/explorerEdit';
import { RemoveEvidenceButton, SelectionEditBar } from './edit/passages/deferredPassages';

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
  /** "Show only <name>'s claims" in an entity's details: set the claimant filter to that entity. */
  onShowClaimsBy?: (entityId: string) => void;
  /** On phones: another sheet is in front, so this one is hidden (kept mounted). */
  sheetHidden?: boolean;
  /** Relations shown by the filters and time range: a bundle's panel lists only these. */
  visibleRelations?: ReadonlySet<string>;
  /** Shown above an entity's details (the overview's "Expand neighbours" on graphs over the drawing budget). */
  entityExtra?: ReactNode;
}

/** The panel for the current selection; focusable so Enter on the graph can move focus here. */
export const SidePanel = forwardRef<HTMLElement, SidePanelProps>(function SidePanel(p, ref) {
  const { graph, lang, selection } = p;
  const [collapsed, setCollapsed] = useState(false);
  // Edit mode: Edit / Delete for the selection, and Remove on each evidence item (edit/passages/).
  const edit = useEditSessionContext();
  const title =
    selection.kind === 'entity'
      ? graph.hasNode(selection.id)
        ? entityLabel(graph, selection.id, lang)
        : ''
      : selection.kind === 'bundle'
        ? selection.id
            .split('~')
            .map((id) => (graph.hasNode(id) ? entityLabel(graph, id, lang) : id))
            .join(' ⇄ ')
        : graph.hasEdge(selection.id)
          ? relationSentence(graph, selection.id, lang)
          : '';
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
      aria-label={t('shell.panel', lang)}
      data-testid="side-panel"
      data-collapsed={collapsed}
      className={`relative z-20 flex flex-col overflow-y-auto border-muted/30 bg-white outline-none focus-visible:ring-4 focus-visible:ring-accent focus-visible:ring-inset md:w-80 md:shrink-0 md:border-l 2xl:w-96 ${SHEET_CLASSES} ${p.sheetHidden ? 'max-md:hidden' : ''}`}
    >
      <SheetHeader
        lang={lang}
        collapsed={collapsed}
        onCollapsedChange={setCollapsed}
        title={collapsed ? title : undefined}
        close={{ label: t('shell.closePanel', lang), onClick: () => p.onSelect(null) }}
      />
      <div className={`px-4 pb-4 ${collapsed ? 'max-md:hidden' : ''}`}>
        {edit ? <SelectionEditBar lang={lang} selection={selection} evidenceCount={selection.kind === 'relation' && graph.hasEdge(selection.id) ? graph.getEdgeAttribute(selection.id, 'evidence').length : undefined} /> : null}
        {selection.kind === 'entity' ? p.entityExtra : null}
        {selection.kind === 'entity' ? (
          <DetailsPanel
            graph={graph}
            entityId={selection.id}
            lang={lang}
            onSelectEntity={(id) => p.onSelect({ kind: 'entity', id })}
            onSelectRelation={(id) => p.onSelect({ kind: 'relation', id, evidence: 0 })}
            onShowClaimsBy={p.onShowClaimsBy}
          />
        ) : selection.kind === 'bundle' ? (
          <BundlePanel
            graph={graph}
            pair={selection.id}
            lang={lang}
            shown={p.visibleRelations}
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
            evidenceActions={edit ? (i) => <RemoveEvidenceButton session={edit} relationId={selection.id} index={i} /> : undefined}
          />
        )}
      </div>
    </aside>
  );
});
