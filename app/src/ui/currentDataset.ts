// The dataset keys of the page's current link, for building links to other views of the same dataset.
import { datasetKeysPrefix, readDatasetKeys } from '../state/datasetLink';

/** `d=…&dn=…&src=…&` of the current link ('' on the built-in dataset). */
export function currentDatasetPrefix(): string {
  return datasetKeysPrefix(readDatasetKeys(window.location.hash).keys);
}
