// The export entry point the headless CLI calls: window.__evidenceGraphExport(format, options).
import type { TransferResult } from './transfer';

declare global {
  interface Window {
    __evidenceGraphExport?: (format: string, options?: unknown) => Promise<TransferResult>;
  }
}
export {};
