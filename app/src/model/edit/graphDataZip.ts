// "Download graph-data (.zip)": the authoring dataset as the files `npm run validate` and `npm run data` read, zipped.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { AuthoringDataset } from './authoring';
import { toDataInput } from './dataFiles';

/** A fixed timestamp, so the same dataset gives the same zip bytes. */
const MTIME = new Date(Date.UTC(2024, 0, 1));

/** The zip: `graph-data/…` YAML files and source texts, ready to unpack at a repository's root. */
export function graphDataZip(dataset: AuthoringDataset): Uint8Array {
  const input = toDataInput(dataset);
  const files: Zippable = {};
  for (const f of input.files) files[f.path] = [strToU8(f.text), { mtime: MTIME }];
  for (const t of input.sourceTexts) files[t.path] = [strToU8(t.text), { mtime: MTIME }];
  return zipSync(files, { level: 6 });
}
