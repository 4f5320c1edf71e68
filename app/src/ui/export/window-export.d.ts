// The export entry point the headless CLI calls: window.__evidenceGraphExport(format, options).
import type { TransferFile } from './performExport';

declare global {
  interface Window {
    __evidenceGraphExport?: (format: string, options?: unknown) => Promise<{ files: TransferFile[]; notice: string | null }>;
  }
}
export {};
