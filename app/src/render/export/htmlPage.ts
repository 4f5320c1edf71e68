// Export → Interactive HTML (one file) in the browser: the one-file template fetched from the app's own origin, filled with the dataset and the view.
import { htmlExportPage, htmlFileName, UnknownStoryError, type HtmlExportInput } from '../../export/html/htmlExport';
import { isStandaloneTemplate, NotATemplateError } from '../../export/html/standaloneTemplate';
import type { ExportFile } from '../../export/request';
import type { ExportWords } from '../../export/words';

/** The template's file name next to the app's index.html (written by vite.standalone.config.ts). */
export const STANDALONE_TEMPLATE = 'standalone.html';

/** Fetches the one-file template from the app's own origin (never anywhere else); throws a readable Error. */
export async function fetchStandaloneTemplate(words: ExportWords): Promise<string> {
  const url = new URL(`${import.meta.env.BASE_URL}${STANDALONE_TEMPLATE}`, document.baseURI);
  if (url.origin !== window.location.origin || !/^https?:$/.test(url.protocol)) throw new Error(words('htmlNoTemplate', { detail: url.protocol }));
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
  } catch (e) {
    throw new Error(words('htmlNoTemplate', { detail: e instanceof Error ? e.message : String(e) }), { cause: e });
  }
  if (!response.ok) throw new Error(words('htmlNoTemplate', { detail: `HTTP ${response.status}` }));
  const text = await response.text();
  // A dev server answers any path with the app's own page: only the built template has the empty data blocks.
  if (!isStandaloneTemplate(text)) throw new Error(words('htmlNoTemplate', { detail: 'not the one-file build' }));
  return text;
}

/** The exported page as a file named after the dataset. */
export async function exportHtmlFile(input: HtmlExportInput, words: ExportWords): Promise<ExportFile> {
  const template = await fetchStandaloneTemplate(words);
  try {
    return { name: htmlFileName(input.graph.getAttribute('name')), mime: 'text/html;charset=utf-8', content: htmlExportPage(template, input) };
  } catch (e) {
    if (e instanceof UnknownStoryError) throw new Error(words('htmlUnknownStory', { id: e.storyId }), { cause: e });
    if (e instanceof NotATemplateError) throw new Error(words('htmlNoTemplate', { detail: e.message }), { cause: e });
    throw e;
  }
}
