// Edit mode's actions on the selected entity or relation, at the top of the details/evidence panel: Edit (e), Delete… and the evidence count.
import type { Lang, Selection } from '../../../state/types';
import { t } from '../../i18n';
import { requestEditor } from './passageStore';

const ACTION =
  'rounded-md border border-muted/60 bg-white px-2 py-0.5 text-xs text-ink hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent';

export interface SelectionEditBarProps {
  lang: Lang;
  selection: Exclude<Selection, null>;
  /** For a relation: how many passages prove it (corroboration). */
  evidenceCount?: number;
}

export function SelectionEditBar({ lang, selection, evidenceCount }: SelectionEditBarProps) {
  if (selection.kind === 'bundle') return null;
  const entity = selection.kind === 'entity';
  return (
    <div className="mb-2 flex flex-wrap items-center gap-1.5 rounded-md bg-canvas px-2 py-1.5" data-testid="selection-edit-bar" role="group" aria-label={t('passages.editTools', lang)}>
      <button
        type="button"
        className={ACTION}
        aria-keyshortcuts="e"
        onClick={() => requestEditor(entity ? { kind: 'edit-entity', id: selection.id } : { kind: 'edit-relation', id: selection.id })}
      >
        {t(entity ? 'passages.editEntity' : 'passages.editRelation', lang)} <kbd className="text-muted">e</kbd>
      </button>
      <button
        type="button"
        className={`${ACTION} text-red-800`}
        aria-keyshortcuts="Delete"
        onClick={() => requestEditor(entity ? { kind: 'delete-entity', id: selection.id } : { kind: 'delete-relation', id: selection.id })}
      >
        {t('passages.deleteAction', lang)}
      </button>
      {!entity && evidenceCount !== undefined ? (
        <span className="ml-auto text-xs text-muted" data-testid="corroboration" data-count={evidenceCount}>
          {evidenceCount === 1 ? t('passages.corroborationOne', lang) : t('passages.corroboration', lang, { n: evidenceCount })}
        </span>
      ) : null}
    </div>
  );
}
