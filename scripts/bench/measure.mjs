// Benchmark steps run in the page: navigation milestones, select → details, filter → redraw, slider, path, bare page.

const markTime = (page, name) =>
  page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 60_000 }).then(() =>
    page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, name),
  );

/** One run of the explorer: returns {values, failures}. */
export async function measureApp(browser, url, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const values = {};
  const failures = {};
  const step = async (name, fn) => {
    try {
      values[name] = await fn();
    } catch (e) {
      failures[name] = String(e?.message ?? e).split('\n')[0];
    }
  };
  await page.goto(url);
  await step('navigation → graph:drawn', () => markTime(page, 'graph:drawn'));
  await step('navigation → graph:interactive', () => markTime(page, 'graph:interactive'));
  const selectTime = (id, name) =>
    page.evaluate(
      async ([id, name]) => {
        const shown = () => [...document.querySelectorAll('section h2, section h3')].some((h) => h.textContent.includes(name));
        const t0 = performance.now();
        window.cy.$id(id).emit('tap');
        for (let i = 0; i < 2000 && !shown(); i += 1) await new Promise((r) => setTimeout(r, 1));
        if (!shown()) throw new Error('details never appeared');
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - t0;
      },
      [id, name],
    );
  await step('select node → details painted (panel opens)', () => selectTime('elon-musk', 'Elon Musk'));
  await step('select another node → details painted', () => selectTime('openai', 'OpenAI'));
  await step('filter toggle → redrawn', async () => {
    const button = page.getByRole('button', { name: /^filters/i });
    if (await button.count()) await button.first().click();
    const box = page.getByRole('checkbox', { name: /^(people|人物)/i }).first();
    await box.waitFor({ timeout: 5000 });
    return box.evaluate(async (el) => {
      const t0 = performance.now();
      el.click();
      for (let i = 0; i < 2000 && window.cy.nodes('[kind = "person"]').some((n) => n.visible()); i += 1) await new Promise((r) => setTimeout(r, 1));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    });
  });
  await step('time slider tick → redrawn', async () => {
    const slider = page.getByRole('slider', { name: /^from/i }).first();
    await slider.waitFor({ timeout: 3000 });
    return slider.evaluate(async (el) => {
      const before = window.cy.edges(':visible').length;
      const t0 = performance.now();
      el.focus();
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setter.call(el, String(Number(el.max) - 3));
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      for (let i = 0; i < 2000 && window.cy.edges(':visible').length === before; i += 1) await new Promise((r) => setTimeout(r, 1));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    });
  });
  await step('path query → drawn', async () => {
    const t0 = Date.now();
    await page.evaluate(() => { location.hash = '#v=1&p=reid-hoffman,satya-nadella'; });
    await page.waitForFunction(() => window.cy && window.cy.elements('.path').length > 0, null, { timeout: 10_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return Date.now() - t0;
  });
  await context.close();
  return { values, failures };
}

/** One run of the bare Cytoscape page: navigation → first drawn frame (ms). */
export async function measureBare(browser, url, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  const t = await markTime(page, 'bare:drawn');
  await context.close();
  return t;
}
