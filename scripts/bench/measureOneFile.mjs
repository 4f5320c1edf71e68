// Bench: the size of Export → Interactive HTML (one file) of the whole built-in dataset, made by the app's own export in the page.
import { gzipSync } from 'node:zlib';
import { statSync } from 'node:fs';

/** Bytes of the exported file (and gzipped) and of the empty template dist/standalone.html. */
export async function measureOneFile(browser, url, viewport) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('graph:drawn').length > 0 && typeof window.__evidenceGraphExport === 'function', undefined, { timeout: 60_000 });
    const result = await page.evaluate(() => window.__evidenceGraphExport('html', { content: 'all' }));
    const file = result.files[0];
    const bytes = Buffer.from(file.data, file.encoding === 'base64' ? 'base64' : 'utf8');
    return { name: file.name, bytes: bytes.length, gzipBytes: gzipSync(bytes).length, templateBytes: statSync('dist/standalone.html').size };
  } finally {
    await context.close();
  }
}
