// Export → Interactive HTML (one file), DOM-free part: the bundle (whole dataset or the visible part, optionally a story), the first view and the file name.
import { toBundle } from '../../model/bundle/toBundle';
import type { VisibleSet } from '../../model/formats/subset';
import { subsetGraph } from '../../model/formats/subset';
import type { EvidenceGraph } from '../../model/graph';
import type { CompiledDataset, SerializedGraph } from '../../model/schema';
import type { Story } from '../../model/story/types';
import { serializeViewState } from '../../state/serializeViewState';
import type { ViewState } from '../../state/types';
import { fillStandalone, type StandaloneContent } from './standaloneTemplate';

/** What goes into one exported page. */
export interface HtmlExportInput {
  graph: EvidenceGraph;
  texts: Record<string, string>;
  /** The current view: it becomes the file's first view. */
  state: ViewState;
  /** Only these nodes and edges (the filters' result); undefined = the whole dataset. */
  visible?: VisibleSet;
  /** The dataset's stories (when it has any). */
  stories?: readonly Story[];
  /** Include this story and open the file at its first step. */
  storyId?: string;
}

/** A story id that is not in the dataset. */
export class UnknownStoryError extends Error {
  override readonly name = 'UnknownStoryError';
  constructor(readonly storyId: string) {
    super(`this dataset has no story ${JSON.stringify(storyId)}`);
  }
}

/** `<dataset name>.html`, the name made safe for any file system. */
export function htmlFileName(datasetName: string): string {
  const slug = datasetName
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${slug || 'dataset'}.html`;
}

/** The bundle and first view of the page (story included when asked; it must be one of `stories`). */
export function htmlExportContent(input: HtmlExportInput): StandaloneContent {
  const graph = input.visible ? subsetGraph(input.graph, input.visible) : input.graph;
  const dataset: CompiledDataset = { graph: graph.export() as unknown as SerializedGraph, texts: input.texts };
  const bundle = toBundle(dataset);
  if (input.storyId === undefined) return { bundle: { ...bundle, stories: [] }, view: serializeViewState(input.state) };
  const story = input.stories?.find((s) => s.id === input.storyId);
  if (!story) throw new UnknownStoryError(input.storyId);
  // The story's own link key (state/storyLink.ts): the file opens at step 1.
  return { bundle: { ...bundle, stories: [story] }, view: `st=${story.id}.1` };
}

/** The exported page: the template with the content filled in. */
export function htmlExportPage(template: string, input: HtmlExportInput): string {
  return fillStandalone(template, htmlExportContent(input));
}
