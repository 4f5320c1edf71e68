// Export, DOM-free part shared by the app and the CLI: file names and the data formats' file contents.
import type { EvidenceGraph } from '../model/graph';
import { serializeBundle, toBundle } from '../model/bundle/toBundle';
import { toCsv } from '../model/formats/csv';
import { toGexf } from '../model/formats/gexf';
import { toGraphml } from '../model/formats/graphml';
import { toGraphologyJson } from '../model/formats/graphologyJson';
import { toMarkdownReport } from '../model/formats/markdownReport';
import type { VisibleSet } from '../model/formats/subset';
import type { SerializedGraph } from '../model/schema';
import type { Story } from '../model/story/types';
import { serializeViewState } from '../state/serializeViewState';
import type { Selection, ViewState } from '../state/types';
import { IMAGE_FORMATS, type ExportFile, type ExportFormat, type ExportOptions } from './request';
import type { ExportWords } from './words';

const safePart = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[^a-z0-9-]+/gi, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();

/** A short id for the dataset: its only source's id, or its name as a slug. */
export function datasetSlug(graph: EvidenceGraph): string {
  const sources = graph.getAttribute('sources');
  const only = sources.length === 1 ? sources[0] : undefined;
  return safePart(only ? only.id : graph.getAttribute('name')) || 'dataset';
}

/**
 * `evidence-graph_<dataset>_<what>_<YYYY-MM-DD>[_<part>].<ext>`: `what` is the selected entity or
 * relation id, else `all` (everything), `full` (whole graph) or `view`.
 */
export function exportFileName(p: { dataset: string; selection: Selection; options: ExportOptions; format: ExportFormat; date: Date; part?: string }): string {
  const image = IMAGE_FORMATS.includes(p.format);
  const what = p.selection ? safePart(p.selection.id) || 'selection' : p.options.content === 'all' ? 'all' : image && p.options.scope === 'full' ? 'full' : 'view';
  const ext = p.format === 'bundle' ? 'bundle.json' : p.format;
  const parts = ['evidence-graph', safePart(p.dataset) || 'dataset', what, p.date.toISOString().slice(0, 10), ...(p.part ? [safePart(p.part)] : [])];
  return `${parts.join('_')}.${ext}`;
}

/** A deep link opening `state` with one relation selected (for the Markdown report). */
export function relationLink(baseUrl: string, state: ViewState, relationId: string, datasetPrefix = ''): string {
  return `${baseUrl}#${datasetPrefix}${serializeViewState({ ...state, selection: { kind: 'relation', id: relationId, evidence: 0 } })}`;
}

/** What a data export needs besides the graph. */
export interface DataExportContext {
  graph: EvidenceGraph;
  state: ViewState;
  /** What the filters show. */
  visible: VisibleSet;
  /** The app's URL without fragment, for deep links. */
  baseUrl: string;
  /** The link's dataset keys (`d=…&`), so report links reopen the same dataset; '' for the built-in one. */
  datasetPrefix?: string;
  date: Date;
  /** Words written into files (the report's title), in the state's language. */
  words: ExportWords;
  /** The dataset's source texts (source id → text), written into a dataset bundle. */
  texts?: Record<string, string>;
  /** The dataset's stories, written into a dataset bundle. */
  stories?: readonly Story[];
}

/** The files of a data format (json, gexf, graphml, csv = two files, md); images are not handled here. */
export function dataExportFiles(format: ExportFormat, options: ExportOptions, ctx: DataExportContext): ExportFile[] {
  const visible = options.content === 'all' ? undefined : ctx.visible;
  const { graph, state } = ctx;
  const name = (part?: string): string =>
    exportFileName({ dataset: datasetSlug(graph), selection: state.selection, options, format, date: ctx.date, ...(part ? { part } : {}) });
  switch (format) {
    case 'json':
      return [{ name: name(), mime: 'application/json', content: toGraphologyJson(graph, visible) }];
    case 'gexf':
      return [{ name: name(), mime: 'application/gexf+xml', content: toGexf(graph, visible, { lang: state.lang, edges: options.edges }) }];
    case 'graphml':
      return [{ name: name(), mime: 'application/graphml+xml', content: toGraphml(graph, visible, { edges: options.edges }) }];
    case 'csv': {
      const { entities, relations } = toCsv(graph, visible);
      return [
        { name: name('entities'), mime: 'text/csv;charset=utf-8', content: entities },
        { name: name('relations'), mime: 'text/csv;charset=utf-8', content: relations },
      ];
    }
    case 'md': {
      const content = toMarkdownReport(graph, visible, {
        lang: state.lang,
        title: ctx.words('reportTitle', { name: graph.getAttribute('name') }),
        date: ctx.date.toISOString().slice(0, 10),
        linkFor: (id) => relationLink(ctx.baseUrl, state, id, ctx.datasetPrefix),
      });
      return [{ name: name(), mime: 'text/markdown;charset=utf-8', content }];
    }
    case 'bundle': {
      // The whole dataset (filters and selection do not apply): sources with their texts, vocabulary, positions, evidence.
      const dataset = { graph: graph.export() as unknown as SerializedGraph, texts: ctx.texts ?? {}, ...(ctx.stories && ctx.stories.length > 0 ? { stories: [...ctx.stories] } : {}) };
      const bundleName = exportFileName({ dataset: datasetSlug(graph), selection: null, options: { ...options, content: 'all' }, format, date: ctx.date });
      return [{ name: bundleName, mime: 'application/json', content: serializeBundle(toBundle(dataset)) }];
    }
    default:
      throw new TypeError(`export: ${format} is an image format; it needs the drawn graph`);
  }
}
