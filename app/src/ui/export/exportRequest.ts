// What an export request is (formats, options) and its validation: light enough for the menu's first paint.
import { z } from 'zod';

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'json', 'gexf', 'graphml', 'csv', 'md'] as const;
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
  })
  .strict();
export type ExportOptions = z.infer<typeof exportOptions>;

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
