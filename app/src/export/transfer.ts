// Exported files as they leave the page for the CLI (Playwright's evaluate): text as is, binary as base64.
import type { ExportFile } from './request';

/** A file as the CLI receives it. */
export interface TransferFile {
  name: string;
  mime: string;
  encoding: 'utf8' | 'base64';
  data: string;
}

/** What the page's export entry point returns. */
export interface TransferResult {
  files: TransferFile[];
  notice: string | null;
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Converts files for transfer out of the page. */
export async function toTransferFiles(files: readonly ExportFile[]): Promise<TransferFile[]> {
  return Promise.all(
    files.map(async (f) =>
      typeof f.content === 'string'
        ? { name: f.name, mime: f.mime, encoding: 'utf8' as const, data: f.content }
        : { name: f.name, mime: f.mime, encoding: 'base64' as const, data: await base64Of(f.content) },
    ),
  );
}
