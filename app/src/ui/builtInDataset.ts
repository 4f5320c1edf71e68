// The built-in dataset: its core (enough to draw) bundled with the app; its words (quotes, summaries, texts) and stories loaded after the first draw and checked by the schema.
import core from 'virtual:dataset/core';
import { joinDataset } from '../model/data/splitDataset';
import { graphFromDataset, type EvidenceGraph } from '../model/graph';
import type { Story } from '../model/story/types';
import { datasetIndexFromGraph, type DatasetIndex } from '../state/datasetIndex';

/** Everything the app needs from the loaded dataset. */
export interface LoadedDataset {
  graph: EvidenceGraph;
  texts: Record<string, string>;
  index: DatasetIndex;
  /**
   * The dataset's guided stories (checked by `npm run data`/the importer). For the built-in dataset they come with the
   * details: this array is filled in place when `details` resolves (empty until then).
   */
  stories: Story[];
  /**
   * Present while the words are still loading: resolves once they are in the graph and `texts` (rejects, naming the
   * bad path, if they fail the schema). Until then entities and relations have their ids, labels, positions, types,
   * dates and evidence counts, but empty quotes, summaries, descriptions and aliases. Absent = complete.
   */
  details?: Promise<void>;
}

/** Resolves after the first graph frame (the `graph:drawn` mark), or when the page is idle if nothing draws (table view). */
function afterFirstDraw(): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName('graph:drawn').length > 0) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('graph:drawn').length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'mark' });
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
    idle(() => resolve(), { timeout: 1000 });
  });
}

/** Loads the details chunk, joins it to the core, checks the whole dataset once, and fills the graph and texts in place. */
async function completeBuiltIn(graph: EvidenceGraph, texts: Record<string, string>, stories: Story[]): Promise<void> {
  await afterFirstDraw();
  // The schema (zod) loads here too, after the first draw: it is not needed to draw.
  const [{ default: details }, { compiledDataset }] = await Promise.all([import('virtual:dataset/details'), import('../model/schema')]);
  const dataset = compiledDataset.parse(joinDataset(core, details));
  for (const { key, attributes } of dataset.graph.nodes) graph.mergeNodeAttributes(key, attributes);
  for (const { key, attributes } of dataset.graph.edges) graph.mergeEdgeAttributes(key, attributes);
  Object.assign(texts, dataset.texts);
  stories.push(...(dataset.stories ?? []));
}

/**
 * Loads the bundled dataset's core for the first draw (no schema pass on the critical path); its `details` promise
 * brings the words after the first frame, then checks the whole dataset against the schema.
 */
export function loadBuiltInDataset(): LoadedDataset {
  const graph = graphFromDataset(core);
  const texts: Record<string, string> = {};
  const stories: Story[] = [];
  const details = completeBuiltIn(graph, texts, stories);
  return { graph, texts, index: datasetIndexFromGraph(graph), stories, details };
}
