// Renders a view of the built app in headless Chromium and calls the app's own export (window.__evidenceGraphExport).
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../find-browser.mjs';
import type { ExportFormat, ExportOptions } from '../../app/src/export/request';
import type { TransferResult } from '../../app/src/export/transfer';

export interface HeadlessRequest {
  /** Base URL of the served app (ends with `/`). */
  appUrl: string;
  /** Fragment or query of the deep link. */
  link: string;
  format: ExportFormat;
  options: ExportOptions;
  width: number;
  height: number;
  browserPath: string;
}

/** The exported files, and the app's notice (e.g. a PNG made smaller than asked). */
export async function headlessExport(req: HeadlessRequest): Promise<TransferResult> {
  const browser = await chromium.launch({ executablePath: req.browserPath, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: req.width, height: req.height }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${req.appUrl}${req.link}`);
    try {
      await page.waitForFunction(() => performance.getEntriesByName('graph:drawn').length > 0 && typeof window.__evidenceGraphExport === 'function', undefined, {
        timeout: 30_000,
      });
    } catch {
      const shown = await page.locator('[role="alert"]').allTextContents();
      throw new Error(`the app did not draw the graph within 30 s${shown.length ? `: ${shown.join(' ')}` : ''}${errors.length ? ` (page error: ${errors[0]})` : ''}`);
    }
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    });
    return await page.evaluate(
      async ({ format, options }) => {
        const run = window.__evidenceGraphExport;
        if (!run) throw new Error('the app has no export entry point');
        return run(format, options);
      },
      { format: req.format, options: req.options },
    );
  } finally {
    await browser.close();
  }
}
