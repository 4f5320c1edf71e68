// viewStateFromLink: the whole read path in one call — parse, then clean against the dataset, notices merged.
import { cleanViewState } from './cleanViewState';
import type { DatasetIndex } from './datasetIndex';
import type { Notice } from './notices';
import { parseViewState } from './parseViewState';
import type { ViewState } from './types';

/** Opens a link (fragment, `?query` or full URL) as a clean view state plus everything that was ignored. */
export function viewStateFromLink(link: string, dataset: DatasetIndex): { state: ViewState; notices: Notice[] } {
  const parsed = parseViewState(link);
  const cleaned = cleanViewState(parsed.state, dataset);
  return { state: cleaned.state, notices: [...parsed.notices, ...cleaned.notices] };
}
