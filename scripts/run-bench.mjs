// `npm run bench` (`--scale`: the large-graph bench, scripts/bench/scale.mjs): medians of several runs of the explorer's key timings on the built-in dataset, opening a generated 5,000-node GEXF, plus bundle size.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { serveStatic } from './bench/static-server.mjs';
import { measureApp, measureBare } from './bench/measure.mjs';
import { powerGridGexf } from './bench/gexf.mjs';
import { measureImport } from './bench/measureImport.mjs';
import { measureOneFile } from './bench/measureOneFile.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// Each import run loads the app and opens a 2 MB file (the layout variant runs ForceAtlas2 in the worker): fewer runs.
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? Math.min(RUNS, 3));
const IMPORT_VARIANTS = [
  { key: 'positions', title: 'with viz:position (no layout)', gexf: powerGridGexf({ positions: true }) },
  { key: 'layout', title: 'without positions (worker layout)', gexf: powerGridGexf({ positions: false }) },
];
const VIEWPORT = { width: 1280, height: 800 };

// `--scale [--sizes 1k,5k]`: the large-graph bench (scripts/bench/scale.mjs) instead of this one.
const scaleSizes = process.argv.includes('--scale') ? (await import('./bench/scaleArgs.mjs')).parseScaleSizes(process.argv.slice(2)) : null;

const browserPath = await findBrowser();
if (!browserPath) process.exit(1);

const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, VITE_TEST: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);
// The one-file template, for the size of Export → Interactive HTML.
const standalone = spawnSync('node_modules/.bin/vite', ['build', '-c', 'vite.standalone.config.ts', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, VITE_TEST: '1' } });
if (standalone.status !== 0) process.exit(standalone.status ?? 1);
if (scaleSizes !== null) {
  await (await import('./bench/scale.mjs')).runScaleBench(browserPath, scaleSizes);
  process.exit(0);
}

const dataset = JSON.parse(readFileSync('app/src/generated/dataset.json', 'utf8'));
const bareElements = [
  ...dataset.graph.nodes.map((n) => ({ data: { id: n.key, label: n.attributes.label }, position: { x: n.attributes.x, y: n.attributes.y } })),
  ...dataset.graph.edges.map((e) => ({ data: { id: e.key, source: e.source, target: e.target } })),
];
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bare-elements.json', JSON.stringify(bareElements));

const server = await serveStatic('dist', {
  '/__bench/bare.html': 'scripts/bench/bare.html',
  '/__bench/cytoscape.min.js': 'node_modules/cytoscape/dist/cytoscape.min.js',
  '/__bench/elements.json': 'bench-results/bare-elements.json',
});
const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });

const samples = {};
const add = (name, value) => (samples[name] ??= []).push(value);
const failures = {};
const importSamples = Object.fromEntries(IMPORT_VARIANTS.map((v) => [v.key, {}]));
const importFailures = {};
let oneFile = null;
try {
  try {
    oneFile = await measureOneFile(browser, server.url, VIEWPORT);
  } catch (e) {
    failures['one-file HTML size'] = String(e?.message ?? e).split('\n')[0];
  }
  for (let i = 0; i < RUNS; i += 1) {
    const app = await measureApp(browser, server.url, VIEWPORT);
    for (const [k, v] of Object.entries(app.values)) add(k, v);
    for (const [k, why] of Object.entries(app.failures)) failures[k] = why;
    add('bare cytoscape: navigation → drawn', await measureBare(browser, `${server.url}__bench/bare.html`, VIEWPORT));
  }
  for (const variant of IMPORT_VARIANTS) {
    for (let i = 0; i < IMPORT_RUNS; i += 1) {
      try {
        const m = await measureImport(browser, server.url, VIEWPORT, { name: `power-grid-${variant.key}.gexf`, text: variant.gexf.text });
        for (const [k, v] of Object.entries(m)) if (v !== null) (importSamples[variant.key][k] ??= []).push(v);
      } catch (e) {
        importFailures[variant.key] = String(e?.message ?? e).split('\n')[0];
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => ({ median: median(xs), runs: xs.length, min: Math.min(...xs), max: Math.max(...xs) });
const results = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, summary(xs)]));
const importResults = Object.fromEntries(
  IMPORT_VARIANTS.map((v) => [
    v.key,
    { file: { nodes: v.gexf.nodes, edges: v.gexf.edges, bytes: Buffer.byteLength(v.gexf.text), positions: v.key === 'positions' }, ...Object.fromEntries(Object.entries(importSamples[v.key]).map(([k, xs]) => [k, summary(xs)])), ...(importFailures[v.key] ? { failure: importFailures[v.key] } : {}) },
  ]),
);

const assets = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
const html = readFileSync('dist/index.html', 'utf8');
const gz = (f) => gzipSync(readFileSync(join('dist/assets', f))).length;
const initial = assets.filter((f) => html.includes(f));
const size = { allJsGzip: assets.reduce((s, f) => s + gz(f), 0), initialJsGzip: initial.reduce((s, f) => s + gz(f), 0), chunks: assets.length };

const drawn = results['navigation → graph:drawn']?.median;
const bare = results['bare cytoscape: navigation → drawn']?.median;
console.log(`\nEvidence Graph benchmark — built-in dataset (${dataset.graph.nodes.length} nodes, ${dataset.graph.edges.length} edges), ${RUNS} runs, ${VIEWPORT.width}×${VIEWPORT.height}, headless Chromium`);
for (const [k, r] of Object.entries(results)) console.log(`  ${k.padEnd(44)} median ${r.median.toFixed(1).padStart(8)} ms   (min ${r.min.toFixed(1)}, max ${r.max.toFixed(1)})`);
if (drawn && bare) console.log(`  ${'ratio: ours / bare cytoscape (first draw)'.padEnd(44)} ${(drawn / bare).toFixed(2)}×`);
for (const [k, why] of Object.entries(failures)) console.log(`  ${k.padEnd(44)} not measured: ${why}`);
console.log(`  ${'JS gzip: initial load'.padEnd(44)} ${(size.initialJsGzip / 1024).toFixed(1)} KiB`);
console.log(`  ${'JS gzip: all chunks'.padEnd(44)} ${(size.allJsGzip / 1024).toFixed(1)} KiB (${size.chunks} files)`);
if (oneFile) {
  const mb = (n) => (n / 1024 / 1024).toFixed(2);
  const budget = 3 * 1024 * 1024;
  console.log(`  ${'one-file HTML, whole built-in dataset'.padEnd(44)} ${mb(oneFile.bytes)} MB (${oneFile.name}; gzip ${mb(oneFile.gzipBytes)} MB; empty template ${mb(oneFile.templateBytes)} MB) — ${oneFile.bytes <= budget ? 'within' : 'OVER'} the 3 MB budget`);
  size.oneFileHtml = oneFile;
}
const first = IMPORT_VARIANTS[0].gexf;
console.log(`\nOpen a ${first.nodes.toLocaleString('en')}-node GEXF (${first.edges.toLocaleString('en')} edges, generated, seeded) through Open…, ${IMPORT_RUNS} runs each${IMPORT_RUNS < RUNS ? ` (fewer than the ${RUNS} above: each run takes tens of seconds; BENCH_IMPORT_RUNS overrides)` : ''}; times from the file input's change event`);
const row = (label, r, unit) => r && console.log(`  ${label.padEnd(44)} median ${r.median.toFixed(1).padStart(8)} ${unit}   (min ${r.min.toFixed(1)}, max ${r.max.toFixed(1)})`);
for (const v of IMPORT_VARIANTS) {
  const r = importResults[v.key];
  console.log(`  ${v.title}, ${(r.file.bytes / 1024 / 1024).toFixed(1)} MB${r.nodes ? `, ${r.nodes.median} nodes drawn` : ''}:`);
  row('  files set → import report in the DOM', r.report, 'ms');
  row('  files set → next frame after the report', r.reportFrame, 'ms');
  row('  files set → graph:drawn', r.drawn, 'ms');
  row('  longest main-thread task (incl. first draw)', r.longestTask, 'ms');
  row('  long tasks (> 50 ms) in that interval', r.longTasks, '  ');
  row('  JS heap before (built-in dataset, after GC)', r.heapBefore, 'MB');
  row('  JS heap after import (after GC)', r.heapAfter, 'MB');
  if (r.failure) console.log(`    not measured (${importFailures[v.key]})`);
}
console.log('  (longest task: Cytoscape\'s own first draw of the new graph is included; heap: the page\'s main JS context only, not the worker)');
writeFileSync('bench-results/latest.json', JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results, import: { runs: IMPORT_RUNS, results: importResults }, size, failures }, null, 2));
console.log('\nWritten: bench-results/latest.json');
