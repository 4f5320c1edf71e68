// The import worker: reads, parses, checks and lays out the user's files off the main thread (the page only draws).
/// <reference lib="webworker" />
import '../zodConfig';
import { datasetContentId } from '../model/bundle/contentId';
import { importFiles } from '../model/import/importFiles';
import { checkStoryView } from '../state/storyViewCheck';
import type { ImportRequest, ImportResponse } from './importMessages';

const post = (message: ImportResponse): void => postMessage(message);

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request?.type !== 'import') return;
  void (async () => {
    const result = await importFiles(request.files, {
      baseVocabulary: request.baseVocabulary,
      csvMapping: request.csvMapping,
      checkStoryView,
      onProgress: (stage, fraction) => post({ type: 'progress', stage, ...(fraction === undefined ? {} : { fraction }) }),
    });
    const contentId = result.ok ? await datasetContentId(result.dataset) : null;
    post({ type: 'result', result, contentId });
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
