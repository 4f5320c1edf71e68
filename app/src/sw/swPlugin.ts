// Vite plugin (site build only): writes dist/sw.js, the service worker with this build's version and the list of files it wrote.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const TEMPLATE = new URL('./sw.js', import.meta.url);
const CONFIG_LINE = "const CONFIG = { version: 'dev', files: [] };";

/** The worker's source for a build: `files` relative to the scope (the base path), `version` naming its cache. */
export function serviceWorkerSource(template: string, version: string, files: readonly string[]): string {
  if (!template.includes(CONFIG_LINE)) throw new Error('sw.js: the CONFIG line the build replaces is missing');
  return template.replace(CONFIG_LINE, () => `const CONFIG = ${JSON.stringify({ version, files })};`);
}

/** Emits `sw.js` after every other file of the build is known: the precache list is exactly the build's files. */
export function serviceWorkerPlugin(): Plugin {
  return {
    name: 'evidence-graph-service-worker',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = Object.keys(bundle).sort();
        const hash = createHash('sha256');
        for (const name of files) {
          const file = bundle[name];
          hash.update(name).update(file?.type === 'chunk' ? file.code : (file?.source ?? ''));
        }
        // The app's page is requested as the scope URL ('./') and as index.html: both are cached.
        const precache = ['./', ...files];
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(readFileSync(TEMPLATE, 'utf8'), hash.digest('hex').slice(0, 16), precache) });
      },
    },
  };
}
