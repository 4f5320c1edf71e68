// Export orchestration, browser part: one entry point for the menu and for the CLI (window.__evidenceGraphExport).
import type { EvidenceGraph } from '../../model/graph';
import type { VisibleSet } from '../../model/formats/subset';
import type { GraphView } from '../../render/viewport';
import type { ViewState } from '../../state/types';
import { t } from '../i18n';
import { exportPdfBlob, exportPngImage, exportSvgText } from './imageExport';
import { dataExportFiles, datasetSlug, exportFileName, type ExportFile, type ExportFormat, type ExportOptions } from './runExport';

/** Everything an export reads from the app. */
export interface ExportContext {
  graph: EvidenceGraph;
  view: GraphView | null;
  state: ViewState;
  visible: VisibleSet;
  baseUrl: string;
}

/** The files of one export and, when an image was made smaller than asked, a notice saying so. */
export interface ExportOutcome {
  files: ExportFile[];
  notice: string | null;
}

/** Produces the files for `format`; throws an Error with a readable message on failure. */
export async function performExport(format: ExportFormat, options: ExportOptions, ctx: ExportContext, date = new Date()): Promise<ExportOutcome> {
  const { graph, state } = ctx;
  const lang = state.lang;
  const name = exportFileName({ dataset: datasetSlug(graph), selection: state.selection, options, format, date });
  if (format !== 'png' && format !== 'svg' && format !== 'pdf') {
    return { files: dataExportFiles(format, options, { graph, state, visible: ctx.visible, baseUrl: ctx.baseUrl, date }), notice: null };
  }
  const view = ctx.view;
  if (!view || view.core.container()?.offsetParent === null) throw new Error(t('export.noGraph', lang));
  if (format === 'png') {
    const png = await exportPngImage(view, options);
    const notice = png.downscaledTo === null ? null : t('export.downscaled', lang, { files: name, scale: png.downscaledTo.toFixed(2) });
    return { files: [{ name, mime: 'image/png', content: png.blob }], notice };
  }
  if (format === 'svg') return { files: [{ name, mime: 'image/svg+xml', content: await exportSvgText(view, graph, options, lang) }], notice: null };
  return { files: [{ name, mime: 'application/pdf', content: await exportPdfBlob(view, graph, options, lang, date) }], notice: null };
}

/** A file as the CLI receives it: text as is, binary as base64. */
export interface TransferFile {
  name: string;
  mime: string;
  encoding: 'utf8' | 'base64';
  data: string;
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Converts files for transfer out of the page (Playwright's evaluate). */
export async function toTransferFiles(files: readonly ExportFile[]): Promise<TransferFile[]> {
  return Promise.all(
    files.map(async (f) =>
      typeof f.content === 'string'
        ? { name: f.name, mime: f.mime, encoding: 'utf8' as const, data: f.content }
        : { name: f.name, mime: f.mime, encoding: 'base64' as const, data: await base64Of(f.content) },
    ),
  );
}
