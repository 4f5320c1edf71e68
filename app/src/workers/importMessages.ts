// The messages between the page and the import worker (plain, structured-cloneable data only).
import type { ImportFile, ImportFilesOptions, ImportResult } from '../model/import/importFiles';
import type { ImportStage } from '../model/import/report';
import type { CompiledVocabulary, SerializedGraph } from '../model/schema';
import type { Topology } from '../model/scale/topology';
import type { StoredDatasetMeta } from '../storage/datasetStore';

export interface ImportRequest {
  type: 'import';
  files: ImportFile[];
  baseVocabulary: CompiledVocabulary;
  csvMapping?: ImportFilesOptions['csvMapping'];
}

/** After a successful import (`id` received), the page may ask the worker to store the dataset it holds (IndexedDB). */
export interface ImportSaveRequest {
  type: 'save';
  meta: StoredDatasetMeta;
}

/**
 * A failed import answers with one `result`. A successful one is sent in parts, so that no single message takes the
 * page long to receive: `head` (the dataset with empty node and edge lists, and the graph's shape), `nodes` and `edges` in chunks of at most
 * IMPORT_CHUNK, then `id` (the content id, computed while the page builds the graph; `bytes` = its canonical JSON's
 * length). A `save` request is answered by `saved`.
 */
export type ImportResponse =
  | { type: 'progress'; stage: ImportStage; fraction?: number }
  | { type: 'result'; result: ImportResult; contentId: string | null }
  | { type: 'head'; result: ImportResult & { ok: true }; nodes: number; edges: number; shape: GraphShape }
  | { type: 'nodes'; nodes: SerializedGraph['nodes'] }
  | { type: 'edges'; edges: SerializedGraph['edges'] }
  | { type: 'id'; contentId: string; bytes: number }
  | { type: 'saved'; ok: boolean };

/** The graph's overview topology and the elements drawing it whole takes (`topologyOfSerialized`), sent first. */
export interface GraphShape {
  topology: Topology;
  total: number;
}

/** Nodes or edges per message of a successful import (a few milliseconds each for the page to receive). */
export const IMPORT_CHUNK = 1000;
