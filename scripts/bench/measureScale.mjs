// Scale bench, one run in the app: open a generated bundle through Open…, then pan/zoom, select, filter and search, timing each.
import { gestureFrames, medianOf, percentile } from './gesture.mjs';

/** Registered before the app runs: every long task, and the moment the file input's change event fires. */
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

async function heapMB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / (1024 * 1024);
}

const twoFrames = 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))';

/** Long tasks of the page that started in [from, to] (ms, page clock). */
const tasksIn = (page, from, to) =>
  page.evaluate(([a, b]) => (window.__bench.longtasks === null ? null : window.__bench.longtasks.filter((t) => t.start >= a && t.start <= b)), [from, to]);

/**
 * One run. `file` = {path, names: Map id → English name}. Returns {values, failures}: values in ms (heap in MB);
 * a step that cannot be done (no such control, timed out) is named in failures with the reason.
 */
export async function measureScale(browser, url, viewport, file, { importTimeout = 300_000 } = {}) {
  const context = await browser.newContext({ viewport });
  const values = {};
  const failures = {};
  const step = async (name, fn) => {
    try {
      const v = await fn();
      if (v !== null && v !== undefined) values[name] = v;
    } catch (e) {
      failures[name] = String(e?.message ?? e).split('\n')[0].slice(0, 160);
    }
  };
  try {
    await context.addInitScript(INIT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('graph:interactive').length > 0, null, { timeout: 60_000 });
    const input = page.getByTestId('open-files');
    await input.waitFor({ state: 'attached', timeout: 10_000 });
    const before = await page.evaluate(() => {
      const marks = { drawn: performance.getEntriesByName('graph:drawn').length, interactive: performance.getEntriesByName('graph:interactive').length };
      const watch = (window.__bench.watch = { reportAt: null, failedAt: null, failure: null });
      const check = () => {
        const dialog = document.querySelector('[data-dialog="import"][data-mode="report"]');
        if (watch.reportAt === null && dialog?.querySelector('[data-ok="true"]')) watch.reportAt = performance.now();
        if (watch.failedAt === null && dialog?.querySelector('[data-ok="false"]')) {
          watch.failedAt = performance.now();
          watch.failure = dialog.textContent.slice(0, 300);
        }
      };
      new MutationObserver(check).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-mode', 'data-ok'] });
      return marks;
    });
    const tSet = await page.evaluate(() => performance.now());
    await input.setInputFiles(file.path);
    await page.waitForFunction(
      (n) => performance.getEntriesByName('graph:drawn').length > n || window.__bench.watch.failedAt !== null,
      before.drawn,
      { timeout: importTimeout, polling: 200 },
    );
    const failure = await page.evaluate(() => window.__bench.watch.failure);
    if (failure !== null) throw new Error(`import failed: ${failure}`);
    // Search ready (the app's graph:interactive for the new dataset), then let the long-task observer deliver.
    let interactiveAt = null;
    try {
      await page.waitForFunction((n) => performance.getEntriesByName('graph:interactive').length > n, before.interactive, { timeout: importTimeout, polling: 200 });
      interactiveAt = await page.evaluate((n) => performance.getEntriesByName('graph:interactive')[n].startTime, before.interactive);
    } catch {
      failures['files set → graph:interactive'] = 'graph:interactive never came for the new dataset';
    }
    await page.evaluate(`${twoFrames}.then(() => new Promise((r) => setTimeout(r, 200)))`);
    const seen = await page.evaluate((n) => ({ filesSetAt: window.__bench.filesSetAt, reportAt: window.__bench.watch.reportAt, drawnAt: performance.getEntriesByName('graph:drawn')[n].startTime }), before.drawn);
    const t0 = seen.filesSetAt ?? tSet;
    values['files set → graph:drawn'] = seen.drawnAt - t0;
    if (seen.reportAt !== null) {
      values['files set → import report'] = seen.reportAt - t0;
      values['import report → graph:drawn'] = seen.drawnAt - seen.reportAt;
    }
    if (interactiveAt !== null) values['files set → graph:interactive'] = interactiveAt - t0;
    const end = Math.max(seen.drawnAt, interactiveAt ?? 0);
    const during = await tasksIn(page, t0, end);
    if (during !== null) {
      values['longest task, import (incl. first draw)'] = Math.max(0, ...during.map((t) => t.duration));
      // Cytoscape's own first draw: the long task that ends last before the graph:drawn mark.
      const draw = during.filter((t) => t.start + t.duration <= seen.drawnAt + 1).sort((a, b) => b.start + b.duration - (a.start + a.duration))[0];
      values['longest task, import (excl. first draw)'] = Math.max(0, ...during.filter((t) => t !== draw).map((t) => t.duration));
    }
    values['drawn elements'] = await page.evaluate(() => (window.cy ? window.cy.elements().length : 0));

    // Close the import report.
    await step('close report', async () => {
      const close = page.locator('[data-dialog="import"] button').last();
      if (await close.count()) await close.click();
      await page.locator('[data-dialog="import"]').waitFor({ state: 'detached', timeout: 10_000 });
      return null;
    });
    const interactionStart = await page.evaluate(() => performance.now());

    await step('pan/zoom frame', async () => {
      const { deltas, settle, onNode } = await gestureFrames(page);
      if (onNode) failures['pan/zoom: note'] = 'no empty background found: the drag moved a node';
      if (deltas.length === 0) throw new Error('no frame while the viewport moved');
      values['pan/zoom frame (p95)'] = percentile(deltas, 0.95);
      values['pan/zoom frames'] = deltas.length;
      values['pan/zoom settle frame'] = settle;
      return medianOf(deltas);
    });

    // Select: an entity node that is drawn (expanding an overview group first if none is).
    const drawnEntities = () =>
      page.evaluate(() =>
        window.cy
          ? window.cy
              .nodes(':visible')
              .filter((n) => /^n[0-9a-z]+$/.test(n.id()))
              .sort((a, b) => b.degree() - a.degree())
              .map((n) => n.id())
              .slice(0, 5)
          : [],
      );
    let entities = await drawnEntities();
    if (entities.length < 2) {
      await step('expand a group (to have an entity to select)', async () => {
        await page.evaluate(() => {
          const biggest = window.cy.nodes(':visible').sort((a, b) => b.degree() - a.degree())[0];
          biggest?.emit('tap');
        });
        await page.waitForFunction(() => window.cy.nodes(':visible').some((n) => /^n[0-9a-z]+$/.test(n.id())), null, { timeout: 30_000 });
        await page.evaluate(twoFrames);
        entities = await drawnEntities();
        return null;
      });
    }
    const selectTime = (id, name) =>
      page.evaluate(
        async ([id, name]) => {
          const shown = () => [...document.querySelectorAll('section h2, section h3')].some((h) => h.textContent.includes(name));
          const t0 = performance.now();
          window.cy.$id(id).emit('tap');
          while (!shown() && performance.now() - t0 < 20_000) await new Promise((r) => setTimeout(r, 1));
          if (!shown()) throw new Error(`details of ${name} never appeared (headings: ${[...document.querySelectorAll('section h2')].map((h) => h.textContent.slice(0, 40)).join(' | ')}; selection in link: ${/[#&]s=([^&]*)/.exec(location.hash)?.[1] ?? 'none'})`);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return performance.now() - t0;
        },
        [id, name],
      );
    const selects = [];
    for (const id of entities.slice(0, 3)) {
      await step(`select ${id}`, async () => {
        selects.push(await selectTime(id, file.names.get(id) ?? id));
        return null;
      });
    }
    if (selects.length > 0) values['select → details'] = medianOf(selects);
    else failures['select → details'] ??= 'no entity node drawn to select';

    await step('filter toggle → redrawn', async () => {
      const button = page.getByRole('button', { name: /^filters/i });
      if (await button.count()) {
        const pressed = await button.first().getAttribute('aria-pressed');
        if (pressed !== 'true') await button.first().click();
      }
      const box = page.getByRole('checkbox', { name: /^people/i }).first();
      await box.waitFor({ timeout: 10_000 });
      // Checked on each frame Cytoscape draws (its 'render' event), not by polling: a poll every 1 ms walked every drawn
      // node while the app worked, and its own cost went into the figure.
      const ms = await box.evaluate(async (el) => {
        const cy = window.cy;
        const people = () => cy.nodes('[kind = "person"]').filter((n) => n.visible()).length;
        const had = people();
        const t0 = performance.now();
        const redrawn = new Promise((resolve, reject) => {
          const check = () => {
            if (had > 0 && people() > 0) return;
            clearTimeout(timer);
            cy.off('render', check);
            resolve();
          };
          const timer = setTimeout(() => {
            cy.off('render', check);
            reject(new Error('the graph never redrew'));
          }, 20_000);
          cy.on('render', check);
        });
        el.click();
        await redrawn;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - t0;
      });
      await box.click();
      await page.evaluate(twoFrames);
      return ms;
    });

    await step('search typed → results', async () => {
      const target = entities[entities.length - 1] ?? [...file.names.keys()][Math.floor(file.names.size / 2)];
      const name = file.names.get(target);
      const search = page.getByRole('combobox', { name: /^search$/i }).first();
      await search.waitFor({ timeout: 10_000 });
      await search.focus();
      return search.evaluate(async (el, name) => {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const list = document.getElementById(el.getAttribute('aria-controls'));
        const shown = () => [...(list?.querySelectorAll('[role="option"]') ?? [])].some((o) => o.textContent.includes(name));
        const t0 = performance.now();
        setter.call(el, name);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        while (!shown() && performance.now() - t0 < 20_000) await new Promise((r) => setTimeout(r, 1));
        if (!shown()) throw new Error(`no result for ${name}`);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - t0;
      }, name);
    });

    const interactionEnd = await page.evaluate(() => performance.now());
    const tasks = await tasksIn(page, interactionStart, interactionEnd);
    if (tasks !== null) values['longest task, interaction'] = Math.max(0, ...tasks.map((t) => t.duration));
    await step('JS heap (main context, after GC)', () => heapMB(cdp));
  } finally {
    await context.close();
  }
  return { values, failures };
}
