// Export orchestration in the browser: one entry point for the menu and for the CLI (window.__evidenceGraphExport).
import { dataExportFiles, datasetSlug, exportFileName } from '../../export/dataFiles';
import type { ExportFile, ExportFormat, ExportOptions } from '../../export/request';
import type { ExportWords } from '../../export/words';
import type { EvidenceGraph } from '../../model/graph';
import type { VisibleSet } from '../../model/formats/subset';
import type { ViewState } from '../../state/types';
import type { Story } from '../../model/story/types';
import type { GraphView } from '../viewport';
import { exportPdfBlob, exportPngImage, exportSvgText } from './imageExport';

export { toTransferFiles } from '../../export/transfer';

/** Everything an export reads from the app. */
export interface ExportContext {
  graph: EvidenceGraph;
  view: GraphView | null;
  state: ViewState;
  visible: VisibleSet;
  baseUrl: string;
  datasetPrefix?: string;
  /** The words written into files and notices, in the state's language (the UI's string tables). */
  words: ExportWords;
  /** The dataset's source texts, for the dataset bundle. */
  texts?: Record<string, string>;
  /** The dataset's stories, for the interactive HTML file. */
  stories?: readonly Story[];
}

/** The files of one export and, when an image was made smaller than asked, a notice saying so. */
export interface ExportOutcome {
  files: ExportFile[];
  notice: string | null;
}

/** Produces the files for `format`; throws an Error with a readable message on failure. */
export async function performExport(format: ExportFormat, options: ExportOptions, ctx: ExportContext, date = new Date()): Promise<ExportOutcome> {
  const { graph, state, words } = ctx;
  if (format === 'html') {
    const { exportHtmlFile } = await import('./htmlPage');
    const visible = options.content === 'all' ? undefined : ctx.visible;
    const input = { graph, texts: ctx.texts ?? {}, state, ...(visible ? { visible } : {}), ...(ctx.stories ? { stories: ctx.stories } : {}), ...(options.story ? { storyId: options.story } : {}) };
    return { files: [await exportHtmlFile(input, words)], notice: null };
  }
  const name = exportFileName({ dataset: datasetSlug(graph), selection: state.selection, options, format, date });
  if (format !== 'png' && format !== 'svg' && format !== 'pdf') {
    return { files: dataExportFiles(format, options, { graph, state, visible: ctx.visible, baseUrl: ctx.baseUrl, datasetPrefix: ctx.datasetPrefix ?? '', date, words, ...(ctx.texts ? { texts: ctx.texts } : {}), ...(ctx.stories ? { stories: ctx.stories } : {}) }), notice: null };
  }
  const view = ctx.view;
  if (!view || !view.isDrawn()) throw new Error(words('noGraph'));
  const image = { graph, lang: state.lang, words };
  if (format === 'png') {
    const png = await exportPngImage(view, image, options);
    const notice = png.downscaledTo === null ? null : words('downscaled', { files: name, scale: png.downscaledTo.toFixed(2) });
    return { files: [{ name, mime: 'image/png', content: png.blob }], notice };
  }
  if (format === 'svg') return { files: [{ name, mime: 'image/svg+xml', content: await exportSvgText(view, image, options) }], notice: null };
  return { files: [{ name, mime: 'application/pdf', content: await exportPdfBlob(view, image, options, date) }], notice: null };
}
