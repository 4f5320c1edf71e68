// Vite config of the one-file build: the read-only explorer (app/standalone.html) with all JS and CSS inlined into dist/standalone.html under a hash-only CSP.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { inlineSingleFile } from './app/src/export/html/singleFile';
import { CYTOSCAPE_STYLE_SOURCE } from './vite.config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

/** The name of the template the site serves next to index.html (the app's Export fetches it from there). */
export const STANDALONE_FILE = 'standalone.html';

/** Replaces the build's page, script and stylesheet by one self-contained page (anything else in the build is an error). */
function singleFile(): Plugin {
  return {
    name: 'evidence-graph-single-file',
    apply: 'build',
    enforce: 'post',
    // Last of all: after Vite's own generateBundle steps (e.g. the dynamic-import preload markers it rewrites).
    generateBundle: { order: 'post', handler(_options, bundle) {
      const files = Object.values(bundle);
      const pages = files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
      const scripts = files.filter((f) => f.type === 'chunk');
      const styles = files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
      const other = files.filter((f) => !pages.includes(f) && !scripts.includes(f) && !styles.includes(f));
      if (pages.length !== 1 || scripts.length !== 1 || styles.length !== 1 || other.length > 0) {
        this.error(`single-file build: expected one page, one script and one stylesheet, got ${files.map((f) => f.fileName).join(', ')}`);
      }
      const text = (f: (typeof files)[number] | undefined): string => (f === undefined ? '' : f.type === 'chunk' ? f.code : typeof f.source === 'string' ? f.source : new TextDecoder().decode(f.source));
      const html = inlineSingleFile({ html: text(pages[0]), js: text(scripts[0]), css: text(styles[0]), sha256, extraStyleSources: [CYTOSCAPE_STYLE_SOURCE] });
      for (const f of files) delete bundle[f.fileName];
      this.emitFile({ type: 'asset', fileName: STANDALONE_FILE, source: html });
    } },
  };
}

const WORKER = /new\s+Worker\(\s*new\s+URL\([^()]*import\.meta\.url\s*\)\s*(?:,\s*\{[^{}]*\})?\s*\)/g;

/** Every `new Worker(new URL(…, import.meta.url))` becomes a NoWorker: no worker file is emitted and none can start. */
function noWorkers(): Plugin {
  const stand = here('./app/src/standalone/noWorker.ts');
  return {
    name: 'evidence-graph-no-workers',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.[jt]sx?$/.test(id) || !WORKER.test(code)) return null;
      WORKER.lastIndex = 0;
      return { code: `import { NoWorker as __EvidenceGraphNoWorker } from ${JSON.stringify(stand)};\n${code.replace(WORKER, 'new __EvidenceGraphNoWorker()')}`, map: null };
    },
  };
}

export default defineConfig({
  root: here('./app'),
  mode: 'standalone',
  base: './',
  publicDir: false,
  plugins: [noWorkers(), react(), tailwindcss(), singleFile()],
  // jspdf's optional dependencies serve its html() and addSvgAsImage, which our PDF export does not call: ~0.4 MB less.
  resolve: { alias: ['html2canvas', 'dompurify', 'canvg'].map((name) => ({ find: new RegExp(`^${name}$`), replacement: here('./app/src/standalone/absentOptional.ts') })) },
  build: {
    outDir: here('./dist'),
    // Written after the site's build into the same folder: keep the site's files.
    emptyOutDir: false,
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: here('./app/standalone.html'),
      // One script: every dynamic import (panels, search, exporters) inlined.
      output: { codeSplitting: false },
    },
  },
});
