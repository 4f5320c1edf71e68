// The one-file page's dataset and first view: read from its data blocks, checked and compiled on the page (no worker, nothing stored).
import { fromBundle, parseBundle } from '../model/bundle';
import { emptyReport } from '../model/import/report';
import { STANDALONE_DATA_ID, STANDALONE_VIEW_ID } from '../export/html/standaloneTemplate';
import { checkStoryView } from '../state/storyViewCheck';
import type { LoadedDataset } from '../ui/builtInDataset';
import { loadCompiledDataset } from '../ui/import/loadCompiled';

const FILE = 'embedded dataset';

/** The text of data block `id` ('' when the page has none). */
function blockText(id: string): string {
  const el = document.getElementById(id);
  return el instanceof HTMLScriptElement && el.type === 'application/json' ? (el.textContent ?? '') : '';
}

/** Opens the data block's view when the file was opened without a fragment (a link with one keeps it). */
export function applyEmbeddedView(): void {
  if (window.location.hash.length > 1) return;
  const text = blockText(STANDALONE_VIEW_ID);
  if (text === '') return;
  let view: unknown;
  try {
    view = JSON.parse(text);
  } catch {
    return;
  }
  if (typeof view !== 'string' || view === '') return;
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${view.replace(/^#/, '')}`);
}

/** The embedded bundle as the explorer loads it; rejects with a readable message when the block is missing or invalid. */
export async function loadEmbeddedDataset(): Promise<LoadedDataset> {
  const text = blockText(STANDALONE_DATA_ID);
  if (text.trim() === '') throw new Error('this page holds no dataset (it is the empty one-file template)');
  const bundle = parseBundle(FILE, text);
  // Stories are checked like an opened file's (their step views read as links).
  const dataset = await fromBundle(bundle, emptyReport(), { file: FILE, checkStoryView });
  return loadCompiledDataset(dataset);
}
