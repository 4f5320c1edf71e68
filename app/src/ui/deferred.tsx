// Components loaded on first use (their code leaves the first bundle): each renders nothing until its chunk is in.
import { lazy, Suspense, type ComponentPropsWithRef, type ComponentType } from 'react';
import type { SidePanel as SidePanelComponent } from './SidePanel';
import { withStrings } from './i18n';

const loaders: Array<() => Promise<unknown>> = [];
let preloaded: Promise<void> | null = null;

/**
 * Wraps a component loader: the component's chunk (and the string tables not in the first bundle) load when it first
 * renders (or on `preloadDeferred`), inside its own Suspense (fallback: nothing).
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const loadOnce = () => (loading ??= withStrings(load()).then((component) => ({ default: component })));
  loaders.push(loadOnce);
  const Lazy = lazy(loadOnce);
  function Deferred(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Deferred;
}

/** Starts loading every deferred component (call it after the first draw); resolves when all are in. */
export function preloadDeferred(): Promise<void> {
  preloaded ??= Promise.all(loaders.map((load) => load())).then(() => undefined);
  return preloaded;
}

/** The filters panel (opened from the toolbar). */
export const FiltersPanel = deferred(() => import('./FiltersPanel').then((m) => m.FiltersPanel));
/** The accessible table view. */
export const DataTable = deferred(() => import('./panels/DataTable').then((m) => m.DataTable));
/** The analysis panel (paths, sizing, camps). */
export const AnalysisPanel = deferred(() => import('./analysis/AnalysisPanel').then((m) => m.AnalysisPanel));
/** The article reader. */
export const ReaderPane = deferred(() => import('./ReaderPane').then((m) => m.ReaderPane));
/** Runs the analyses (path, centrality, camps) when the view asks for one; renders nothing. */
export const AnalysisRunner = deferred(() => import('./analysis/AnalysisRunner').then((m) => m.AnalysisRunner));
/** The details/evidence/bundle panel of the selection. */
export const SidePanel = deferred<ComponentPropsWithRef<typeof SidePanelComponent>>(() => import('./SidePanel').then((m) => m.SidePanel));
/** The Export menu button and its dialog (the exporters themselves load on use). */
export const ExportMenu = deferred(() => import('./export/ExportMenu').then((m) => m.ExportMenu));
/** The import progress / report dialog (shown only while opening files). */
export const ImportDialog = deferred(() => import('./import/ImportDialog').then((m) => m.ImportDialog));
/** The Datasets menu of the toolbar (switch, remove, forget). */
export const DatasetsMenu = deferred(() => import('./import/DatasetsMenu').then((m) => m.DatasetsMenu));
/** The phone toolbar's More menu (phones only). */
export const MoreMenu = deferred(() => import('./phone/MoreMenu').then((m) => m.MoreMenu));
/** The page-wide drop target for opening files. */
export const DropTarget = deferred(() => import('./import/DropTarget').then((m) => m.DropTarget));
/** The bar listing what a link asked for that was ignored or adjusted (only links with notices show it). */
export const NoticeBar = deferred(() => import('./NoticeBar').then((m) => m.NoticeBar));
/** The top bar of the filters and analysis sheets on phones (hidden from `md` up). */
export const PhoneSheetBar = deferred(() => import('./phone/PhoneSheetBar').then((m) => m.PhoneSheetBar));
