// The one-file page's data blocks: their ids, the empty blocks the build leaves in the template, and filling them with a dataset and a view.
import { scriptJson } from './scriptJson';

/** Id of the data block holding the dataset bundle. */
export const STANDALONE_DATA_ID = 'evidence-graph-data';
/** Id of the data block holding the view to open when the file's link has no fragment (a string, the fragment without `#`). */
export const STANDALONE_VIEW_ID = 'evidence-graph-view';

/** The empty data block `id` exactly as the one-file build writes it into the template. */
export function emptyDataBlock(id: string): string {
  return `<script type="application/json" id="${id}"></script>`;
}

/** What goes into a one-file page. */
export interface StandaloneContent {
  /** The dataset bundle (any JSON value; the page checks it with the bundle schema). */
  bundle: unknown;
  /** The fragment to open when the file is opened without one (`v=1&s=…`, no `#`); '' for the default view. */
  view: string;
}

/** Thrown when the text given as a template is not the one-file build (e.g. a dev server's page). */
export class NotATemplateError extends Error {
  override readonly name = 'NotATemplateError';
}

/** True when `html` holds each empty data block exactly once (the built one-file template). */
export function isStandaloneTemplate(html: string): boolean {
  return [STANDALONE_DATA_ID, STANDALONE_VIEW_ID].every((id) => {
    const block = emptyDataBlock(id);
    const at = html.indexOf(block);
    return at >= 0 && html.indexOf(block, at + block.length) < 0;
  });
}

/** The template with its data blocks filled: the page then opens `content.bundle` at `content.view`. */
export function fillStandalone(template: string, content: StandaloneContent): string {
  if (!isStandaloneTemplate(template)) throw new NotATemplateError('not the one-file template: its empty data blocks are missing');
  const fill = (html: string, id: string, value: unknown): string => {
    const block = emptyDataBlock(id);
    const at = html.indexOf(block);
    const open = block.slice(0, block.indexOf('></script>') + 1);
    return `${html.slice(0, at)}${open}${scriptJson(value)}</script>${html.slice(at + block.length)}`;
  };
  // Filled blocks hold no `<` (scriptJson), so filling one cannot create or hide the other's empty block.
  return fill(fill(template, STANDALONE_VIEW_ID, content.view), STANDALONE_DATA_ID, content.bundle);
}
