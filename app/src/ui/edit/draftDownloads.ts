// The draft's downloads: the dataset bundle (the import issue's format) and the graph-data .zip (`npm run validate`/`npm run data` read it).
import { serializeBundle, toBundle } from '../../model/bundle/toBundle';
import type { AuthoringDataset } from '../../model/edit/authoring';
import { graphDataZip } from '../../model/edit/graphDataZip';
import type { SerializedGraph } from '../../model/schema';
import type { LoadedDataset } from '../builtInDataset';
import { downloadBlob } from '../download';

/** A file-name part from the draft's name (`My data!` → `my-data`). */
export function draftSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^a-z0-9-]+/gi, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'dataset'
  );
}

/** The bundle's JSON for the draft as drawn (positions included). */
export function draftBundleText(data: LoadedDataset, name: string): string {
  const graph = data.graph.export() as unknown as SerializedGraph;
  const dataset = { graph: { ...graph, attributes: { ...graph.attributes, name } }, texts: data.texts, ...(data.stories.length > 0 ? { stories: data.stories } : {}) };
  return serializeBundle(toBundle(dataset));
}

/** Offers the bundle for download; returns the file name. */
export function downloadDraftBundle(data: LoadedDataset, dataset: AuthoringDataset): string {
  const file = `${draftSlug(dataset.name)}.bundle.json`;
  downloadBlob(new Blob([draftBundleText(data, dataset.name)], { type: 'application/json' }), file);
  return file;
}

/** Offers the graph-data zip for download; returns the file name. */
export function downloadDraftZip(dataset: AuthoringDataset): string {
  const file = `${draftSlug(dataset.name)}-graph-data.zip`;
  const bytes = graphDataZip(dataset);
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), file);
  return file;
}
