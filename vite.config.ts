// Vite config: the app lives in app/, builds to dist/ with relative paths; strict CSP in built HTML and preview headers.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitDataset } from './app/src/model/data/splitDataset';
import { serviceWorkerPlugin } from './app/src/sw/swPlugin';
import { saveToGraphDataPlugin } from './app/src/edit-server/savePlugin';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// Cytoscape's renderer inserts one <style id="__________cytoscape_stylesheet"> with exactly this text: allow its hash.
// The check below fails the build if a Cytoscape upgrade changes what it writes (the hash would then be stale).
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const cytoscapeSource = readFileSync(here('./node_modules/cytoscape/dist/cytoscape.esm.mjs'), 'utf8');
if (!cytoscapeSource.includes("stylesheet.textContent = '.' + className + ' { position: relative; }'")) {
  throw new Error('vite.config.ts: Cytoscape no longer writes the inline stylesheet this CSP allows; update CYTOSCAPE_STYLE');
}
const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** The CSP source allowing Cytoscape's inline stylesheet (the one-file build's CSP needs it too). */
export const CYTOSCAPE_STYLE_SOURCE = sha256(CYTOSCAPE_STYLE);

/** The Content-Security-Policy of the built site (frame-ancestors is header-only: meta tags cannot carry it). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${CYTOSCAPE_STYLE_SOURCE}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];
const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP_HEADER,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/** Build only (dev keeps HMR's inline scripts): puts the CSP meta tag first in <head>. */
function cspMeta(): Plugin {
  return {
    name: 'evidence-graph-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_DIRECTIVES.join('; ') }, injectTo: 'head-prepend' },
    ],
  };
}

// VITE_DATASET=hostile bundles the hostile fixture (e2e/hostile/dataset.json) instead of the built-in dataset, into dist-hostile/.
const hostile = process.env.VITE_DATASET === 'hostile';

/**
 * The built-in dataset as two modules: `virtual:dataset/core` (ids, labels, positions, types, dates: in the first
 * bundle, enough to draw) and `virtual:dataset/details` (quotes, summaries, descriptions, texts: a chunk loaded after
 * the first draw). Each is emitted as JSON.parse of a string, which browsers parse faster than an object literal.
 */
function datasetParts(): Plugin {
  const file = here(hostile ? './e2e/hostile/dataset.json' : './app/src/generated/dataset.json');
  const ids: Record<string, 'core' | 'details'> = { '\0dataset:core': 'core', '\0dataset:details': 'details' };
  return {
    name: 'evidence-graph-dataset-parts',
    resolveId: (id) => (id === 'virtual:dataset/core' ? '\0dataset:core' : id === 'virtual:dataset/details' ? '\0dataset:details' : null),
    load(id) {
      const part = ids[id];
      if (!part) return null;
      this.addWatchFile(file);
      const parts = splitDataset(JSON.parse(readFileSync(file, 'utf8')));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(parts[part]))});`;
    },
  };
}

export default defineConfig({
  root: here('./app'),
  // The import worker's dependencies, pre-bundled at dev-server start: found late, they made Vite reload the page mid-import.
  optimizeDeps: {
    include: ['@xmldom/xmldom', 'fflate', 'graphology-layout-forceatlas2', 'graphology-layout-noverlap', 'graphology-layout/random', 'papaparse', 'read-excel-file/universal', 'yaml', 'idb'],
  },
  base: './',
  plugins: [react(), tailwindcss(), cspMeta(), datasetParts(), serviceWorkerPlugin(), saveToGraphDataPlugin(here('.'))],
  resolve: hostile ? { alias: [{ find: /^\.\.\/generated\/dataset\.json$/, replacement: here('./e2e/hostile/dataset.json') }] } : {},
  build: {
    outDir: here(hostile ? './dist-hostile' : './dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173, strictPort: false, headers: { 'Referrer-Policy': 'no-referrer' } },
  preview: { port: 4173, headers: SECURITY_HEADERS },
});
