// A compiled dataset (imported, stored or published) as the explorer loads it: the Graphology model plus its link index.
import { graphFromDataset } from '../../model/graph';
import type { CompiledDataset } from '../../model/schema';
import { datasetIndexFromGraph } from '../../state/datasetIndex';
import type { LoadedDataset } from '../builtInDataset';

/** Builds the model of an already checked dataset (the import worker checked its input against the bundle schema, and its output's other parts and a sample of its nodes and edges against the dataset schema). */
export function loadCompiledDataset(dataset: CompiledDataset): LoadedDataset {
  const graph = graphFromDataset(dataset);
  return { graph, texts: dataset.texts, index: datasetIndexFromGraph(graph), stories: dataset.stories ?? [] };
}
