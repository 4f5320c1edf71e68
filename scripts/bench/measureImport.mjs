// Import bench step: open a file through "Open…", time files set → report → graph:drawn, longest main-thread task, heap after.

/** Registered before the app runs: every long task of the page, and the moment the file input's change event fires. */
const INIT = () => {
  window.__bench = { longtasks: [], filesSetAt: null };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    window.__bench.longtasks = null;
  }
  document.addEventListener(
    'change',
    (e) => {
      if (e.target instanceof HTMLInputElement && e.target.dataset.testid === 'open-files') window.__bench.filesSetAt = performance.now();
    },
    true,
  );
};

/** Heap of the page's main JS context after a forced GC (MB); the import worker's own heap is not included. */
async function heapMB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / (1024 * 1024);
}

/**
 * One run: loads the app (built-in dataset), waits until it is interactive, opens `file` ({name, text}) with
 * setInputFiles, and returns ms from the input's change event to the report dialog (data-ok="true") entering the DOM,
 * to the next animation frame after that (when it can first be painted), and to the new
 * graph:drawn mark, the longest main-thread task starting in that interval (Cytoscape's first draw included), and heap (MB).
 */
export async function measureImport(browser, url, viewport, file) {
  const context = await browser.newContext({ viewport });
  try {
    await context.addInitScript(INIT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('graph:interactive').length > 0, null, { timeout: 60_000 });
    const input = page.getByTestId('open-files');
    await input.waitFor({ state: 'attached', timeout: 10_000 });
    const heapBefore = await heapMB(cdp);
    const drawnBefore = await page.evaluate(() => {
      const before = performance.getEntriesByName('graph:drawn').length;
      const watch = (window.__bench.watch = { reportAt: null, reportFrameAt: null, failedAt: null });
      const check = () => {
        const dialog = document.querySelector('[data-dialog="import"][data-mode="report"]');
        if (watch.reportAt === null && dialog?.querySelector('[data-ok="true"]')) {
          watch.reportAt = performance.now();
          // The next frame: when the report can first be painted (after whatever else that task does).
          requestAnimationFrame(() => (watch.reportFrameAt = performance.now()));
        }
        if (watch.failedAt === null && dialog?.querySelector('[data-ok="false"]')) watch.failedAt = performance.now();
      };
      new MutationObserver(check).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-mode', 'data-ok'] });
      return before;
    });
    const tSet = await page.evaluate(() => performance.now());
    await input.setInputFiles({ name: file.name, mimeType: 'text/xml', buffer: Buffer.from(file.text) });
    await page.waitForFunction(
      (n) => performance.getEntriesByName('graph:drawn').length > n || window.__bench.watch.failedAt !== null,
      drawnBefore,
      { timeout: 180_000, polling: 100 },
    );
    // Let the long-task observer deliver the task that held the draw.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
    const seen = await page.evaluate((n) => {
      const b = window.__bench;
      const drawn = performance.getEntriesByName('graph:drawn')[n];
      return { filesSetAt: b.filesSetAt, reportAt: b.watch.reportAt, reportFrameAt: b.watch.reportFrameAt, failedAt: b.watch.failedAt, drawnAt: drawn ? drawn.startTime : null, longtasks: b.longtasks };
    }, drawnBefore);
    if (seen.failedAt !== null || seen.drawnAt === null) throw new Error('the import report says the file was not opened');
    const t0 = seen.filesSetAt ?? tSet;
    // Tasks starting from the change event up to the mark: the task that dispatched it (Playwright decoding the file
    // buffer into a File, then the app's onChange) started before t0 and is left out.
    const during = seen.longtasks === null ? null : seen.longtasks.filter((t) => t.start >= t0 && t.start <= seen.drawnAt);
    const nodes = await page.evaluate(() => window.cy?.nodes().length ?? 0);
    return {
      drawn: seen.drawnAt - t0,
      report: seen.reportAt === null ? null : seen.reportAt - t0,
      reportFrame: seen.reportFrameAt === null ? null : seen.reportFrameAt - t0,
      longestTask: during === null ? null : Math.max(0, ...during.map((t) => t.duration)),
      longTasks: during === null ? null : during.length,
      heapBefore,
      heapAfter: await heapMB(cdp),
      nodes,
    };
  } finally {
    await context.close();
  }
}
