// The import worker: reads, parses, checks and lays out the user's files off the main thread (the page only draws).
/// <reference lib="webworker" />
import '../zodConfig';
import { canonicalDatasetJson, contentIdOfJson } from '../model/bundle/contentId';
import { importFiles, type ImportResult } from '../model/import/importFiles';
import { topologyOfSerialized } from '../model/scale/topology';
import { checkStoryView } from '../state/storyViewCheck';
import { saveDataset } from '../storage/datasetStore';
import { IMPORT_CHUNK, type ImportRequest, type ImportResponse, type ImportSaveRequest } from './importMessages';

const post = (message: ImportResponse, transfer: Transferable[] = []): void => postMessage(message, transfer);

/** The last successful import, kept until the page asks to store it (or ends this worker). */
let held: (ImportResult & { ok: true }) | null = null;

/** Sends a successful import in parts (importMessages.ts): its shape, nodes and edges, then its content id, computed while the page builds the graph. */
async function sendInParts(result: ImportResult & { ok: true }): Promise<void> {
  const { graph } = result.dataset;
  const { nodes, edges } = graph;
  // The overview's topology first: the page can start the communities of a big graph while the rest arrives.
  const shape = topologyOfSerialized(nodes, edges);
  const { a, b, weight } = shape.topology;
  post({ type: 'head', result: { ...result, dataset: { ...result.dataset, graph: { ...graph, nodes: [], edges: [] } } }, nodes: nodes.length, edges: edges.length, shape }, [a.buffer, b.buffer, weight.buffer]);
  for (let i = 0; i < nodes.length; i += IMPORT_CHUNK) post({ type: 'nodes', nodes: nodes.slice(i, i + IMPORT_CHUNK) });
  for (let i = 0; i < edges.length; i += IMPORT_CHUNK) post({ type: 'edges', edges: edges.slice(i, i + IMPORT_CHUNK) });
  const canonical = canonicalDatasetJson(result.dataset);
  held = result;
  post({ type: 'id', contentId: await contentIdOfJson(canonical), bytes: canonical.length });
}

async function save(request: ImportSaveRequest): Promise<void> {
  if (held === null) return post({ type: 'saved', ok: false });
  try {
    await saveDataset(request.meta, held.dataset, held.report);
    post({ type: 'saved', ok: true });
  } catch {
    post({ type: 'saved', ok: false });
  }
}

addEventListener('message', (event: MessageEvent<ImportRequest | ImportSaveRequest>) => {
  const request = event.data;
  if (request?.type === 'save') {
    void save(request);
    return;
  }
  if (request?.type !== 'import') return;
  void (async () => {
    const result = await importFiles(request.files, {
      baseVocabulary: request.baseVocabulary,
      csvMapping: request.csvMapping,
      checkStoryView,
      onProgress: (stage, fraction) => post({ type: 'progress', stage, ...(fraction === undefined ? {} : { fraction }) }),
    });
    if (result.ok) await sendInParts(result);
    else post({ type: 'result', result, contentId: null });
  })().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    post({
      type: 'result',
      contentId: null,
      result: {
        ok: false,
        report: {
          files: request.files.map((f) => ({ name: f.name, format: null, bytes: f.bytes.byteLength })),
          counts: { sources: 0, entities: 0, relations: 0, evidence: 0, anchored: 0, unanchored: 0, skippedEntities: 0, skippedRelations: 0 },
          issues: [{ severity: 'error', code: 'internal', where: { file: request.files[0]?.name ?? '' }, message: { en: `internal error: ${message}`, zh: `內部錯誤:${message}` } }],
        },
      },
    });
  });
});
