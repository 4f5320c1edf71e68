// `npm run bench -- --scale`: generated bundles at 1k, 5k, 20k, 100k opened in the built app beside a bare tuned Cytoscape page; the issue's targets, PASS/MISS.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../find-browser.mjs';
import { gestureFrames, medianOf } from './gesture.mjs';
import { measureScale } from './measureScale.mjs';
import { LONG_TASK_MAX, SCALE_SIZES, SCALE_TARGETS, verdict } from './scaleArgs.mjs';
import { serveStatic } from './static-server.mjs';

const DIR = 'bench-results/scale';
const VIEWPORT = { width: 1280, height: 800 };
const SEED = 1;

/** Runs per size: a few at small sizes, one at 100k (each run there takes minutes on this machine). BENCH_SCALE_RUNS overrides. */
const runsFor = (size) => Number(process.env.BENCH_SCALE_RUNS ?? (size.nodes >= 50_000 ? 1 : 3));

/** A short hash of the generator's code: a cached bundle is reused only if the generator has not changed since. */
function generatorHash() {
  const h = createHash('sha256');
  const files = ['scripts/gen-cli.ts', ...readdirSync('scripts/gen').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort().map((f) => join('scripts/gen', f))];
  for (const f of files) h.update(f).update(readFileSync(f));
  return h.digest('hex').slice(0, 10);
}

/** The bundle for a size (generated once per generator version), its names, and the bare page's elements file. */
function prepare(size, hash) {
  const base = `g-${size.nodes}-${size.edges}-s${SEED}-${hash}`;
  const path = join(DIR, `${base}.json`);
  let genMs = null;
  if (!existsSync(path)) {
    const t0 = performance.now();
    const r = spawnSync('node_modules/.bin/tsx', ['scripts/gen-cli.ts', '--nodes', String(size.nodes), '--edges', String(size.edges), '--seed', String(SEED), '--out', path], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`npm run gen failed for ${size.key}`);
    genMs = performance.now() - t0;
  }
  const bundle = JSON.parse(readFileSync(path, 'utf8'));
  const names = new Map(bundle.entities.map((e) => [e.id, e.name.en]));
  const elementsFile = join(DIR, `${base}.bare.json`);
  if (!existsSync(elementsFile)) {
    const elements = [
      ...bundle.entities.map((e) => ({ data: { id: e.id, label: e.name.en }, position: { x: e.x, y: e.y } })),
      ...bundle.relations.map((r) => ({ data: { id: r.id, source: r.source, target: r.target } })),
    ];
    writeFileSync(elementsFile, JSON.stringify(elements));
  }
  return { path, names, elementsFile, bytes: statSync(path).size, genMs, quotes: bundle.relations.reduce((n, r) => n + r.evidence.length, 0) };
}

/** One run of the bare tuned page: navigation → first frame, and pan/zoom frame times. */
async function measureBareTuned(browser, url, timeout) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('bare:drawn').length > 0, null, { timeout, polling: 200 });
    const drawn = await page.evaluate(() => performance.getEntriesByName('bare:drawn')[0].startTime);
    let pan = null;
    try {
      pan = medianOf((await gestureFrames(page)).deltas);
    } catch {
      pan = null;
    }
    return { drawn, pan };
  } finally {
    await context.close();
  }
}

const fmt = (v, unit = 'ms') => (v === null || v === undefined ? '—' : unit === 'MB' ? `${v.toFixed(0)} MB` : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`);
const summary = (xs) => (xs.length === 0 ? null : { median: medianOf(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

/** The whole scale bench; `sizes` from parseScaleSizes. Assumes dist/ was just built (VITE_TEST=1). */
export async function runScaleBench(browserPath, sizes) {
  mkdirSync(DIR, { recursive: true });
  const hash = generatorHash();
  const prepared = new Map();
  for (const size of sizes) {
    console.log(`scale bench: preparing ${size.label}…`);
    prepared.set(size.key, prepare(size, hash));
  }
  const extra = {
    '/__bench/bare-tuned.html': 'scripts/bench/bare-tuned.html',
    '/__bench/cytoscape.min.js': 'node_modules/cytoscape/dist/cytoscape.min.js',
  };
  for (const size of sizes) extra[`/__bench/elements-${size.key}.json`] = prepared.get(size.key).elementsFile;
  const server = await serveStatic('dist', extra);
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
  const results = {};
  try {
    for (const size of sizes) {
      const file = prepared.get(size.key);
      const big = size.nodes >= 50_000;
      const app = {};
      const bare = { drawn: [], pan: [] };
      const failures = {};
      for (let i = 0; i < runsFor(size); i += 1) {
        console.log(`scale bench: ${size.key}, run ${i + 1}/${runsFor(size)}: app…`);
        try {
          const m = await measureScale(browser, server.url, VIEWPORT, { path: file.path, names: file.names }, { importTimeout: big ? 900_000 : 300_000 });
          for (const [k, v] of Object.entries(m.values)) (app[k] ??= []).push(v);
          Object.assign(failures, m.failures);
        } catch (e) {
          failures['app run'] = String(e?.message ?? e).split('\n')[0].slice(0, 200);
        }
        console.log(`scale bench: ${size.key}, run ${i + 1}/${runsFor(size)}: bare tuned Cytoscape…`);
        try {
          const b = await measureBareTuned(browser, `${server.url}__bench/bare-tuned.html?e=elements-${size.key}.json`, big ? 300_000 : 240_000);
          bare.drawn.push(b.drawn);
          if (b.pan !== null) bare.pan.push(b.pan);
        } catch (e) {
          const why = String(e?.message ?? e).split('\n')[0].slice(0, 200);
          failures['bare run'] = /Timeout/i.test(why) ? `the bare page did not draw within ${big ? 300 : 240} s` : why;
        }
      }
      results[size.key] = {
        size,
        file: { bytes: file.bytes, quotes: file.quotes, generatedMs: file.genMs },
        app: Object.fromEntries(Object.entries(app).map(([k, xs]) => [k, summary(xs)])),
        bare: { drawn: summary(bare.drawn), pan: summary(bare.pan) },
        failures,
      };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  printScale(sizes, results);
  // Runs of other sizes (e.g. --sizes 100k on its own) are kept: the files hold the latest figures of every size.
  const date = new Date().toISOString();
  let previous;
  try {
    previous = JSON.parse(readFileSync('bench-results/scale.json', 'utf8')).results ?? {};
  } catch {
    previous = {};
  }
  for (const r of Object.values(results)) r.date = date;
  const merged = { ...previous, ...results };
  const order = (k) => (SCALE_SIZES.findIndex((s) => s.key === k) + SCALE_SIZES.length + 1) % (SCALE_SIZES.length + 1);
  const keys = Object.keys(merged).sort((a, b) => order(a) - order(b));
  writeFileSync('bench-results/scale.json', JSON.stringify({ date, viewport: VIEWPORT, results: merged }, null, 2));
  writeFileSync('bench-results/scale.md', `${[...MD_HEAD, ...keys.map((k) => markdownRow(merged[k]))].join('\n')}\n`);
  console.log(`\nWritten: bench-results/scale.json, bench-results/scale.md (${keys.join(', ')})`);
}

const MD_HEAD = [
  '| size | open file → first frame | pan/zoom frame | select → details | filter | search | files set → graph:interactive (parsed + indexed) | longest task: import excl. first draw / interaction | JS heap |',
  '|---|---|---|---|---|---|---|---|---|',
];

/** One size as a row of the README table: each figure with the bare page's, the target and PASS/MISS. */
export function markdownRow(r) {
  const t = SCALE_TARGETS[r.size.key] ?? {};
  const a = (k) => r.app[k]?.median ?? null;
  const cell = (value, target, bareValue, unit) => {
    if (value === null) return '—';
    const v = verdict(target, value, bareValue);
    const ratio = bareValue ? ` (bare ${fmt(bareValue, unit)}, ${(value / bareValue).toFixed(2)}×)` : '';
    return `${fmt(value, unit)}${ratio}${target ? ` ${target.text}` : ''}${v ? ` **${v}**` : ''}`;
  };
  const first = a('files set → graph:drawn');
  const firstCell = t.overviewAfter
    ? `${fmt(first)}${r.bare.drawn ? ` (bare ${fmt(r.bare.drawn.median)})` : ''}: parsed ${fmt(a('files set → import report'))}, then ${cell(a('import report → graph:drawn'), t.overviewAfter)}`
    : cell(first, t.firstFrame, r.bare.drawn?.median ?? null);
  const lt = { max: LONG_TASK_MAX, text: `≤ ${LONG_TASK_MAX} ms` };
  const imp = a('longest task, import (excl. first draw)');
  const int = a('longest task, interaction');
  const ltVerdict = imp === null && int === null ? '' : verdict(lt, Math.max(imp ?? 0, int ?? 0));
  const drawn = a('drawn elements');
  return `| ${r.size.label}${drawn === null ? '' : ` (app drew ${drawn.toLocaleString('en')} elements)`} | ${firstCell} | ${cell(a('pan/zoom frame'), t.panZoom, r.bare.pan?.median ?? null)} | ${cell(a('select → details'), t.select)} | ${cell(a('filter toggle → redrawn'), t.filter)} | ${cell(a('search typed → results'), t.search)} | ${cell(a('files set → graph:interactive'), t.parsedIndexed)} | ${fmt(imp)} / ${fmt(int)} ${lt.text}${ltVerdict ? ` **${ltVerdict}**` : ''} | ${cell(a('JS heap (main context, after GC)'), t.heap, undefined, 'MB')} |`;
}

function printScale(sizes, results) {
  console.log(`\nScale bench: generated bundles (npm run gen, seed ${SEED}) opened through Open… in the built app, ${VIEWPORT.width}×${VIEWPORT.height}, headless Chromium; medians`);
  console.log('bare = a bare Cytoscape page drawing every element of the same bundle (preset positions) with pixelRatio 1, hideEdgesOnViewport, textureOnViewport, haystack edges, min-zoomed-font-size 10');
  for (const size of sizes) {
    const r = results[size.key];
    const t = SCALE_TARGETS[size.key] ?? {};
    const a = (k) => r.app[k]?.median ?? null;
    const bareDrawn = r.bare.drawn?.median ?? null;
    const barePan = r.bare.pan?.median ?? null;
    const runs = r.app['files set → graph:drawn']?.runs ?? 0;
    console.log(`\n${size.label}: ${(r.file.bytes / 1024 / 1024).toFixed(1)} MB bundle, ${r.file.quotes} quotes, ${runs} app run(s); the app drew ${a('drawn elements') ?? '?'} elements`);
    const rows = [];
    const row = (label, value, target, pass, bareValue, unit) =>
      rows.push([label, fmt(value, unit), bareValue === undefined ? '' : fmt(bareValue, unit), bareValue && value ? `${(value / bareValue).toFixed(2)}×` : '', target?.text ?? '—', pass]);
    const first = a('files set → graph:drawn');
    row('open file → first frame (graph:drawn)', first, t.firstFrame, verdict(t.firstFrame, first, bareDrawn), bareDrawn);
    row('  of which: parsed (→ import report)', a('files set → import report'), undefined, '');
    row('  import report → first frame', a('import report → graph:drawn'), t.overviewAfter, verdict(t.overviewAfter, a('import report → graph:drawn')));
    row('parsed + indexed (→ graph:interactive)', a('files set → graph:interactive'), t.parsedIndexed, verdict(t.parsedIndexed, a('files set → graph:interactive')));
    row('pan/zoom frame (median)', a('pan/zoom frame'), t.panZoom, verdict(t.panZoom, a('pan/zoom frame')), barePan);
    row('pan/zoom frame (p95 / settle redraw)', a('pan/zoom frame (p95)'), undefined, '', undefined);
    rows[rows.length - 1][1] = `${fmt(a('pan/zoom frame (p95)'))} / ${fmt(a('pan/zoom settle frame'))}`;
    row('select → details shown', a('select → details'), t.select, verdict(t.select, a('select → details')));
    row('filter toggle → redrawn', a('filter toggle → redrawn'), t.filter, verdict(t.filter, a('filter toggle → redrawn')));
    row('search typed → results shown', a('search typed → results'), t.search, verdict(t.search, a('search typed → results')));
    const lt = { max: LONG_TASK_MAX, text: `≤ ${LONG_TASK_MAX} ms` };
    row('longest task, import (incl. first draw)', a('longest task, import (incl. first draw)'), undefined, '');
    row('longest task, import (excl. first draw)', a('longest task, import (excl. first draw)'), lt, verdict(lt, a('longest task, import (excl. first draw)')));
    row('longest task, interaction', a('longest task, interaction'), lt, verdict(lt, a('longest task, interaction')));
    row('JS heap after (main context, after GC)', a('JS heap (main context, after GC)'), t.heap, verdict(t.heap, a('JS heap (main context, after GC)')), undefined, 'MB');
    const widths = [42, 12, 12, 8, 16, 4];
    console.log(`  ${['metric', 'app', 'bare tuned', 'ratio', 'target', ''].map((h, i) => h.padEnd(widths[i])).join(' ')}`);
    for (const cells of rows) console.log(`  ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' ')}`.trimEnd());
    for (const [k, why] of Object.entries(r.failures)) console.log(`  not measured — ${k}: ${why}`);
  }
  console.log(`\n${[...MD_HEAD, ...sizes.map((size) => markdownRow(results[size.key]))].join('\n')}`);
}
