// Pan/zoom frame times with real input (mouse drag on the background, wheel zoom), read from requestAnimationFrame in the page.

/** A point of the Cytoscape container with no node under it, in page coordinates (null if every probe hits a node). */
async function emptyPoint(page) {
  return page.evaluate(() => {
    const cy = window.cy;
    if (!cy) return null;
    const box = cy.container().getBoundingClientRect();
    const boxes = [];
    cy.nodes(':visible').forEach((n) => {
      const b = n.renderedBoundingBox({ includeLabels: false });
      if (b.x2 >= 0 && b.y2 >= 0 && b.x1 <= box.width && b.y1 <= box.height) boxes.push(b);
    });
    for (const fy of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
      for (const fx of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const x = box.width * fx;
        const y = box.height * fy;
        if (!boxes.some((b) => x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4)) return { x: box.left + x, y: box.top + y };
      }
    }
    return { x: box.left + box.width * 0.5, y: box.top + box.height * 0.5, onNode: true };
  });
}

const startFrames = (page) =>
  page.evaluate(() => {
    const rec = (window.__frames = { times: [], on: true });
    const tick = (t) => {
      rec.times.push(t);
      if (rec.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

const stopFrames = (page) =>
  page.evaluate(() => {
    window.__frames.on = false;
    return window.__frames.times;
  });

/**
 * Drags the background (pan) and turns the wheel (zoom in, then out) over the graph as fast as input can be sent, so
 * every frame has new input: returns the frame intervals (ms) while the viewport moves (16.7 ms at 60 Hz when drawing
 * keeps up) and the settle frame (the longest one within a second after the last input: the full redraw).
 */
export async function gestureFrames(page) {
  const at = await emptyPoint(page);
  if (at === null) throw new Error('no graph on the page');
  await page.mouse.move(at.x, at.y);
  await startFrames(page);
  const from = await page.evaluate(() => performance.now());
  await page.mouse.down();
  for (let i = 1; i <= 30; i += 1) await page.mouse.move(at.x + i * 6, at.y + i * 3);
  await page.mouse.up();
  for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, -100);
  for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, 100);
  const to = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1000);
  const times = await stopFrames(page);
  const deltas = [];
  let settle = 0;
  for (let i = 1; i < times.length; i += 1) {
    const d = times[i] - times[i - 1];
    if (times[i - 1] >= from && times[i] <= to + 20) deltas.push(d);
    else if (times[i] > to + 20) settle = Math.max(settle, d);
  }
  return { deltas, settle, onNode: Boolean(at.onNode) };
}

export const medianOf = (xs) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const percentile = (xs, p) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
