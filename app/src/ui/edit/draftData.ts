// A draft as the explorer shows it: compileForEditing (never throws; known nodes keep their positions, new ones go near their neighbours) → LoadedDataset.
import { compileForEditing, type NodePosition } from '../../model/edit/compileForEditing';
import type { AuthoringDataset } from '../../model/edit/authoring';
import type { CompiledDataset, SerializedGraph } from '../../model/schema';
import type { LoadedDataset } from '../builtInDataset';
import { loadCompiledDataset } from '../import/loadCompiled';

/** The draft as drawn, and what could not be drawn as written (compileForEditing's `skipped`). */
export interface DrawnDraft {
  data: LoadedDataset;
  skipped: string[];
}

/** Every drawn node's position (what the next compile keeps). */
export function drawnPositions(data: LoadedDataset): Map<string, NodePosition> {
  const positions = new Map<string, NodePosition>();
  data.graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y, ...(a.px === undefined || a.py === undefined ? {} : { px: a.px, py: a.py }) }));
  return positions;
}

/** The drawn draft as a compiled dataset (the bundle and the re-layout worker read it). */
export function drawnCompiled(data: LoadedDataset): CompiledDataset {
  return { graph: data.graph.export() as unknown as SerializedGraph, texts: data.texts, ...(data.stories.length > 0 ? { stories: data.stories } : {}) };
}

/** Compiles the draft for drawing; nodes in `positions` (the previous drawing, or a re-layout's) stay there. */
export function compileDraft(dataset: AuthoringDataset, positions?: ReadonlyMap<string, NodePosition>): DrawnDraft {
  const { dataset: compiled, skipped } = compileForEditing(dataset, positions);
  compiled.graph.attributes.name = dataset.name;
  return { data: loadCompiledDataset(compiled), skipped };
}
