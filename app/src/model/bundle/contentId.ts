// A dataset's content id for links (`d=`): the first 16 hex digits of the sha256 of its canonical bundle JSON.
import type { CompiledDataset } from '../schema';
import { sha256OfText } from './sha256';
import { toBundle } from './toBundle';

/** Length of a content id in hex digits (64 bits: collisions are not a practical concern for a device's datasets). */
export const CONTENT_ID_LENGTH = 16;

/** Same dataset (graph, positions, texts, evidence), same id; any change to what the app shows gives another. */
export async function datasetContentId(dataset: CompiledDataset): Promise<string> {
  const hash = await sha256OfText(JSON.stringify(toBundle(dataset)));
  return hash.slice(0, CONTENT_ID_LENGTH);
}
