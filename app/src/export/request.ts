// What an export request is (formats, options) and its validation: light enough for the menu's first paint.
import { z } from '../model/z';
import { EDGE_FORMS } from '../model/formats/edgeForm';

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'json', 'gexf', 'graphml', 'csv', 'md', 'bundle', 'html'] as const;
export const exportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof exportFormat>;
export const IMAGE_FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf'];

/** Export options; every field has a default, so `{}` is a valid request. */
export const exportOptions = z
  .object({
    /** Images: the current viewport or the whole graph. */
    scope: z.enum(['view', 'full']).default('view'),
    /** PNG pixel scale (the menu offers 1, 2 and 4). */
    scale: z.number().positive().max(16).default(2),
    /** Images: paint the canvas colour behind the graph (false = transparent). */
    background: z.boolean().default(true),
    /** What the filters show, or everything in the dataset. */
    content: z.enum(['visible', 'all']).default('visible'),
    /** PNG/SVG: a title above the graph; unset = on for the whole graph, off for the view. */
    title: z.boolean().optional(),
    /** The title's text; unset or blank = the dataset's name. */
    titleText: z.string().max(300).optional(),
    /** PNG/SVG: a legend of the kinds and categories shown, with the fact/claim line styles; unset = as `title`. */
    legend: z.boolean().optional(),
    /** PNG/SVG: a credit line naming the source(s) and their dates; unset = as `title`. */
    credit: z.boolean().optional(),
    /** GEXF/GraphML: every edge directed with an `undirected` flag (readable everywhere), or a mixed graph. */
    edges: z.enum(EDGE_FORMS).default('directed'),
    /** Interactive HTML: include this story (by id) and open the file at its first step. */
    story: z.string().max(64).optional(),
  })
  .strict();
export type ExportOptions = z.infer<typeof exportOptions>;

/** The parts drawn around an exported PNG/SVG, with the scope-dependent defaults resolved. */
export interface ImageFrame {
  /** The title text, or null for none. */
  title: string | null;
  legend: boolean;
  credit: boolean;
}

/** Resolves the frame options: each part on by default for the whole graph, off for the view. */
export function imageFrame(options: ExportOptions, datasetName: string): ImageFrame {
  const byDefault = options.scope === 'full';
  const text = options.titleText?.trim() ? options.titleText.trim() : datasetName;
  return {
    title: (options.title ?? byDefault) ? text : null,
    legend: options.legend ?? byDefault,
    credit: options.credit ?? byDefault,
  };
}

/** One file an export produces: text, or binary as a Blob. */
export interface ExportFile {
  name: string;
  mime: string;
  content: string | Blob;
}

/** Validates an export request from outside (the CLI); the error names the bad field. */
export function parseExportRequest(format: unknown, options: unknown): { format: ExportFormat; options: ExportOptions } {
  const f = exportFormat.safeParse(format);
  if (!f.success) throw new TypeError(`export: unknown format ${JSON.stringify(format)}; expected one of ${EXPORT_FORMATS.join(', ')}`);
  const o = exportOptions.safeParse(options ?? {});
  if (!o.success) {
    const issue = o.error.issues[0];
    throw new TypeError(`export: options.${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return { format: f.data, options: o.data };
}
