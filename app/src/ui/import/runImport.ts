// Runs one import in a fresh Web Worker: reads the files, reports progress, and cancels by ending the worker.
import type { ImportResult } from '../../model/import/importFiles';
import { DEFAULT_CAPS, emptyReport, type ImportStage } from '../../model/import/report';
import type { CompiledVocabulary } from '../../model/schema';
import type { ImportRequest, ImportResponse } from '../../workers/importMessages';

export interface ImportOutcome {
  result: ImportResult;
  /** Content id of the opened dataset (the link's `d=`), null on failure. */
  contentId: string | null;
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
  const finish = (outcome: ImportOutcome | null): void => {
    worker?.terminate();
    worker = null;
    settle(outcome);
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
    worker = new Worker(new URL('../../workers/importWorker.ts', import.meta.url), { type: 'module', name: 'import' });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.stage, message.fraction);
      else finish({ result: message.result, contentId: message.contentId });
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
