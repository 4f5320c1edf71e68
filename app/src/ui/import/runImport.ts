// Runs one import in a fresh Web Worker: reads the files, reports progress, and cancels by ending the worker.
import type { ImportResult } from '../../model/import/importFiles';
import { DEFAULT_CAPS, emptyReport, type ImportStage } from '../../model/import/report';
import type { CompiledVocabulary } from '../../model/schema';
import type { StoredDatasetMeta } from '../../storage/datasetStore';
import type { ImportRequest, ImportResponse, ImportSaveRequest } from '../../workers/importMessages';
import type { LoadedDataset } from '../builtInDataset';
import { readDrawBudget } from '../scale/drawBudget';
import type { DatasetReceiver } from './receiveDataset';

export interface ImportOutcome {
  result: ImportResult;
  /** Content id of the opened dataset (the link's `d=`), null on failure. */
  contentId: string | null;
  /** A successful import from the worker: the model, built while its parts arrived (receiveDataset.ts). */
  received?: {
    loaded: LoadedDataset;
    /** Length of the dataset's canonical JSON (about its bytes). */
    bytes: number;
    /** Stores the dataset in IndexedDB from the worker, which holds it (the page does not copy it again). */
    save: (meta: StoredDatasetMeta) => Promise<void>;
    /** Ends the worker unless a save is under way (then it ends once saved). */
    release: () => void;
  };
}

export interface ImportRun {
  /** Resolves with the outcome, or null when cancelled. Never rejects. */
  done: Promise<ImportOutcome | null>;
  cancel: () => void;
}

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function refused(files: readonly File[], code: string, file: string, en: string, zh: string): ImportOutcome {
  const report = emptyReport();
  report.files = files.map((f) => ({ name: f.name, format: null, bytes: f.size }));
  report.issues.push({ severity: 'error', code, where: { file }, message: { en, zh } });
  return { result: { ok: false, report }, contentId: null };
}

/** Checks sizes before reading anything (a 2 GB file is refused without being read). */
function sizeProblem(files: readonly File[]): ImportOutcome | null {
  for (const f of files) {
    if (f.size > DEFAULT_CAPS.fileBytes) {
      return refused(files, 'file-too-large', f.name, `file is ${mb(f.size)}, over the ${mb(DEFAULT_CAPS.fileBytes)} limit`, `檔案大小為 ${mb(f.size)},超過 ${mb(DEFAULT_CAPS.fileBytes)} 的上限`);
    }
  }
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > DEFAULT_CAPS.totalBytes) {
    return refused(files, 'total-too-large', files[0]?.name ?? '', `the files total ${mb(total)}, over the ${mb(DEFAULT_CAPS.totalBytes)} limit`, `檔案合計 ${mb(total)},超過 ${mb(DEFAULT_CAPS.totalBytes)} 的上限`);
  }
  return null;
}

/** Starts importing `files`; `onProgress` names each stage. */
export function startImport(files: readonly File[], baseVocabulary: CompiledVocabulary, onProgress: (stage: ImportStage, fraction?: number) => void, csvMapping?: ImportRequest['csvMapping']): ImportRun {
  let worker: Worker | null = null;
  let settle: (outcome: ImportOutcome | null) => void = () => {};
  let cancelled = false;
  const done = new Promise<ImportOutcome | null>((resolve) => {
    settle = resolve;
  });
  /** Ends the communities started early for the overview (a cancelled or failed import). */
  let cancelEarly = (): void => {};
  const finish = (outcome: ImportOutcome | null): void => {
    if (outcome === null || !outcome.result.ok) cancelEarly();
    worker?.terminate();
    worker = null;
    settle(outcome);
  };
  let head: Extract<ImportResponse, { type: 'head' }> | null = null;
  let receiver: DatasetReceiver | null = null;
  let received = 0;
  let saved: ((ok: boolean) => void) | null = null;
  /** Settles with a successful outcome but keeps the worker (it holds the dataset to store). */
  const succeed = (message: Extract<ImportResponse, { type: 'id' }>): void => {
    if (head === null || receiver === null) return;
    const kept = worker;
    const { dataset, loaded } = receiver.done();
    const end = (): void => {
      kept?.terminate();
      if (worker === kept) worker = null;
    };
    const save = (meta: StoredDatasetMeta): Promise<void> => {
      if (kept === null || worker !== kept) return Promise.reject(new Error('the import worker has ended'));
      return new Promise<void>((resolve, reject) => {
        saved = (ok) => {
          saved = null;
          end();
          if (ok) resolve();
          else reject(new Error('the dataset could not be stored'));
        };
        const request: ImportSaveRequest = { type: 'save', meta };
        kept.postMessage(request);
      });
    };
    settle({ result: { ...head.result, dataset }, contentId: message.contentId, received: { loaded, bytes: message.bytes, save, release: () => saved === null && end() } });
  };
  /** The graph could not be built from the worker's parts: fails like a failed import, naming why. */
  const failBuilding = (error: unknown): void => {
    const report = head?.result.report ?? emptyReport();
    const message = error instanceof Error ? error.message : String(error);
    report.issues.push({ severity: 'error', code: 'internal', where: { file: files[0]?.name ?? '' }, message: { en: `could not build the graph: ${message}`, zh: `無法建立圖:${message}` } });
    finish({ result: { ok: false, report }, contentId: null });
  };
  void (async () => {
    const tooBig = sizeProblem(files);
    if (tooBig) return finish(tooBig);
    onProgress('read', 0);
    const read: ImportRequest['files'] = [];
    for (const [i, file] of files.entries()) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (cancelled) return;
      read.push({ name: file.name, bytes });
      onProgress('read', (i + 1) / files.length);
    }
    // The receiver loads on use (it is not needed for the first draw of the app).
    const { receiveDataset, startEarlyStructure } = await import('./receiveDataset');
    if (cancelled) return;
    worker = new Worker(new URL('../../workers/importWorker.ts', import.meta.url), { type: 'module', name: 'import' });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      try {
        switch (message.type) {
          case 'progress':
            return onProgress(message.stage, message.fraction);
          case 'result':
            return finish({ result: message.result, contentId: message.contentId });
          case 'head':
            head = message;
            receiver = receiveDataset(message.result.dataset, message.shape);
            // A graph over the drawing budget opens on its overview: its communities start now, beside the receiving.
            if (message.shape.total > readDrawBudget()) cancelEarly = startEarlyStructure(message.shape.topology);
            return onProgress('draw', 0);
          case 'nodes':
            receiver?.nodes(message.nodes);
            received += message.nodes.length;
            return onProgress('draw', received / Math.max(1, (head?.nodes ?? 0) + (head?.edges ?? 0)));
          case 'edges':
            receiver?.edges(message.edges);
            received += message.edges.length;
            return onProgress('draw', received / Math.max(1, (head?.nodes ?? 0) + (head?.edges ?? 0)));
          case 'id':
            return succeed(message);
          case 'saved':
            return saved?.(message.ok);
        }
      } catch (error) {
        failBuilding(error);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(refused(files, 'internal', files[0]?.name ?? '', `the import stopped unexpectedly: ${event.message}`, `匯入意外中止:${event.message}`));
    };
    const request: ImportRequest = { type: 'import', files: read, baseVocabulary, ...(csvMapping === undefined ? {} : { csvMapping }) };
    worker.postMessage(request, read.map((f) => f.bytes.buffer as ArrayBuffer));
  })().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    finish(refused(files, 'read-failed', files[0]?.name ?? '', `could not read the file: ${message}`, `無法讀取檔案:${message}`));
  });
  return {
    done,
    cancel: () => {
      cancelled = true;
      finish(null);
    },
  };
}
