// Edit mode's passage tools for the explorer, loaded only when edit mode shows them (never for a visitor who only views).
import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import { withStrings } from '../../i18n';
import type { PassageBar as PassageBarC } from './PassageBar';
import type { PassageEditor as PassageEditorC } from './PassageEditor';
import type { RemoveEvidenceButton as RemoveEvidenceButtonC } from './EvidenceForms';
import type { SelectionEditBar as SelectionEditBarC } from './SelectionEditBar';
import type { ShortcutsHelpButton as ShortcutsHelpButtonC } from './ShortcutsHelp';

/** A lazily loaded component (with the lazy string tables), not preloaded after the first draw: only edit mode asks for it. */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => withStrings(load()).then((component) => ({ default: component })));
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

/** The editor (forms, shortcuts n/e/Delete/?): mount once in edit mode with the session and the explorer's selection. */
export const PassageEditor = onDemand<ComponentProps<typeof PassageEditorC>>(() => import('./PassageEditor').then((m) => m.PassageEditor));
/** The selection actions docked at the top of the edit-mode reader. */
export const PassageBar = onDemand<ComponentProps<typeof PassageBarC>>(() => import('./PassageBar').then((m) => m.PassageBar));
/** Edit / Delete for the selected entity or relation, in the side panel. */
export const SelectionEditBar = onDemand<ComponentProps<typeof SelectionEditBarC>>(() => import('./SelectionEditBar').then((m) => m.SelectionEditBar));
/** "Remove" on one evidence item. */
export const RemoveEvidenceButton = onDemand<ComponentProps<typeof RemoveEvidenceButtonC>>(() => import('./EvidenceForms').then((m) => m.RemoveEvidenceButton));
/** The `?` button of the edit bar (shortcuts help). */
export const ShortcutsHelpButton = onDemand<ComponentProps<typeof ShortcutsHelpButtonC>>(() => import('./ShortcutsHelp').then((m) => m.ShortcutsHelpButton));
