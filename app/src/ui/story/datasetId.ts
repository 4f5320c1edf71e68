// Which dataset the page shows, by its link (`d=`), for keeping stories per dataset.
import { BUILT_IN_DATASET_ID, readDatasetKeys } from '../../state/datasetLink';

/** The content id of the dataset the link names, or the built-in id. */
export function currentDatasetId(): string {
  return readDatasetKeys(window.location.hash).keys.d ?? BUILT_IN_DATASET_ID;
}
