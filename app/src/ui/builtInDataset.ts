// The built-in dataset: the compiled JSON bundled with the app, checked by the schema at load.
import raw from '../generated/dataset.json';
import { graphFromDataset, type EvidenceGraph } from '../model/graph';
import { compiledDataset } from '../model/schema';
import { datasetIndexFromGraph, type DatasetIndex } from '../state/datasetIndex';

/** Everything the app needs from the loaded dataset. */
export interface LoadedDataset {
  graph: EvidenceGraph;
  texts: Record<string, string>;
  index: DatasetIndex;
}

/** Parses and loads the bundled dataset; throws a zod error naming the bad path if the build produced bad data. */
export function loadBuiltInDataset(): LoadedDataset {
  const dataset = compiledDataset.parse(raw);
  const graph = graphFromDataset(dataset);
  return { graph, texts: dataset.texts, index: datasetIndexFromGraph(graph) };
}
