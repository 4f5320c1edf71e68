// The Export menu's entries: PNG of the current view or the whole graph (data formats are added by the lead).
import { useMemo } from 'react';
import { uiTokens } from '../../../tailwind.config';
import type { GraphView } from '../render/viewport';
import type { Lang, Selection } from '../state/types';
import { downloadBlob, exportFileName } from './download';
import type { ExportItem } from './ExportMenu';
import { t } from './i18n';

/** Menu entries bound to the current graph view; `notify` shows the outcome as a status message. */
export function useExportItems(opts: { view: GraphView | null; lang: Lang; selection: Selection; notify: (msg: string) => void }): ExportItem[] {
  const { view, lang, selection, notify } = opts;
  return useMemo(() => {
    const png = (full: boolean) => async (): Promise<void> => {
      if (!view) return;
      try {
        const out = await view.exportPng({ scale: 2, full, transparent: false, background: uiTokens.canvas });
        downloadBlob(out.blob, exportFileName(full ? 'evidence-graph-full' : 'evidence-graph', selection?.id ?? null, 'png'));
        notify(out.downscaled ? t('exportDownscaled', lang, { scale: out.scale.toFixed(2) }) : t('exportDone', lang));
      } catch (e) {
        notify(t('exportFailed', lang, { message: e instanceof Error ? e.message : String(e) }));
      }
    };
    return [
      { id: 'png-view', label: 'exportPng', run: png(false) },
      { id: 'png-full', label: 'exportPngFull', run: png(true) },
    ];
  }, [view, lang, selection, notify]);
}
