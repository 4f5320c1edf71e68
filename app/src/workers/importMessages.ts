// The messages between the page and the import worker (plain, structured-cloneable data only).
import type { ImportFile, ImportFilesOptions, ImportResult } from '../model/import/importFiles';
import type { ImportStage } from '../model/import/report';
import type { CompiledVocabulary } from '../model/schema';

export interface ImportRequest {
  type: 'import';
  files: ImportFile[];
  baseVocabulary: CompiledVocabulary;
  csvMapping?: ImportFilesOptions['csvMapping'];
}

export type ImportResponse =
  | { type: 'progress'; stage: ImportStage; fraction?: number }
  | { type: 'result'; result: ImportResult; contentId: string | null };
