// Guards the built site: no HTML injection or eval in dist/ beyond allow-listed vendor code, none in our source, no external loads.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Sinks that turn strings into markup or code. */
export const SINKS = [
  { name: 'innerHTML', re: /innerHTML/g },
  { name: 'outerHTML', re: /outerHTML/g },
  { name: 'insertAdjacentHTML', re: /insertAdjacentHTML/g },
  { name: 'dangerouslySetInnerHTML', re: /dangerouslySetInnerHTML/g },
  { name: 'eval(', re: /(?<![\w$.])eval\s*\(/g },
  { name: 'new Function', re: /new\s+Function\b/g },
  { name: 'Function(', re: /(?<![\w$.])Function\s*\(/g },
];

/**
 * Vendor code that contains a sink, allow-listed precisely: `dist` matches the minified text across the hit (`chunk`, when
 * given, limits the entry to output files so named); `library` names the package whose `file` must contain `proof`.
 */
export const VENDOR_ALLOW = [
  // React DOM: creating a <script> element during client rendering (inert: scripts inserted via innerHTML never run).
  { library: 'react-dom', sink: 'innerHTML', dist: /\.innerHTML=`<script><\\\/script>`/, file: 'react-dom/cjs/react-dom-client.production.js', proof: '.innerHTML = "<script>\\x3c/script>"' },
  // React DOM: applying the dangerouslySetInnerHTML prop; our source never passes it (eslint bans it, checked below).
  { library: 'react-dom', sink: 'innerHTML', dist: /__html!==\w+&&\(\w+\.innerHTML=\w+\)/, file: 'react-dom/cjs/react-dom-client.production.js', proof: '(domElement.innerHTML = key)' },
  // React DOM: shouldSetTextContent / resetTextContent read the prop to decide how to write children (no markup written).
  { library: 'react-dom', sink: 'dangerouslySetInnerHTML', dist: /typeof \w+\.dangerouslySetInnerHTML==`object`&&\w+\.dangerouslySetInnerHTML!==null&&\w+\.dangerouslySetInnerHTML\.__html!=null/, file: 'react-dom/cjs/react-dom-client.production.js', proof: 'null != props.dangerouslySetInnerHTML.__html' },
  { library: 'react-dom', sink: 'dangerouslySetInnerHTML', dist: /\w+\.dangerouslySetInnerHTML!=null&&\(\w+\.textContent=``\)/, file: 'react-dom/cjs/react-dom-client.production.js', proof: 'null != props.dangerouslySetInnerHTML && (instance.textContent = "")' },
  // React DOM: prop names in its property switch (string literals, not calls).
  { library: 'react-dom', sink: 'innerHTML', dist: /case`innerHTML`:/, file: 'react-dom/cjs/react-dom-client.production.js', proof: 'case "innerHTML":' },
  { library: 'react-dom', sink: 'dangerouslySetInnerHTML', dist: /case`dangerouslySetInnerHTML`:/, file: 'react-dom/cjs/react-dom-client.production.js', proof: 'case "dangerouslySetInnerHTML":' },
  // zod 4: its eval probe, skipped when z.config({ jitless: true }) is set (the app sets it before any parse).
  { library: 'zod', sink: 'Function(', dist: /jitless\|\|typeof navigator<`u`&&navigator\?\.userAgent\?\.includes\(`Cloudflare`\)\)return!1;try\{return Function\(``\)/, file: 'zod/v4/core/util.js', proof: 'new F("")' },
  // Cytoscape's bundled lodash: global-object fallback, reached only where neither `global` nor `self` exists.
  { library: 'cytoscape', sink: 'Function(', dist: /self&&self\.Object===Object&&self;return \w+=\w+\|\|\w+\|\|Function\(`return this`\)\(\)/, file: 'cytoscape/dist/cytoscape.esm.mjs', proof: "Function('return this')()" },
  // jspdf's optional lazily-loaded dependencies (its html() feature; our PDF export goes through svg2pdf.js and does not call
  // it). Each chunk is recognised by its file name, and only the hits seen in it are allowed.
  // jspdf: html() builds its source element through DOMPurify.
  { library: 'jspdf', chunk: /^jspdf\.es\.min-/, sink: 'innerHTML', dist: /innerHTML/, file: 'jspdf/dist/jspdf.es.min.js', proof: 'e.innerHTML&&e.dompurify&&(r.innerHTML=e.dompurify.sanitize(e.innerHTML' },
  // The same jspdf html() code inlined in the one-file page (dist/standalone.html; its optional dependencies are stubbed out there).
  { library: 'jspdf', chunk: /^standalone\.html$/, sink: 'innerHTML', dist: /\w+\.innerHTML&&\w+\.dompurify&&\(\w+\.innerHTML=\w+\.dompurify\.sanitize\(\w+\.innerHTML\)\)/, file: 'jspdf/dist/jspdf.es.min.js', proof: 'e.innerHTML&&e.dompurify&&(r.innerHTML=e.dompurify.sanitize(e.innerHTML' },
  { library: 'jspdf', chunk: /^standalone\.html$/, sink: 'innerHTML', dist: /\{innerHTML:\w+,dompurify:\w+\}/, file: 'jspdf/dist/jspdf.es.min.js', proof: 'innerHTML:t,dompurify:e' },
  // DOMPurify: the HTML sanitizer itself parses and serializes markup; that is its job.
  { library: 'dompurify', chunk: /^purify\.es-/, sink: 'innerHTML', dist: /innerHTML/, file: 'dompurify/dist/purify.es.mjs', proof: 'innerHTML' },
  { library: 'dompurify', chunk: /^purify\.es-/, sink: 'outerHTML', dist: /outerHTML/, file: 'dompurify/dist/purify.es.mjs', proof: 'outerHTML' },
  // html2canvas: a constant emoji entity written into a probe element to test range support (no data involved).
  { library: 'html2canvas', chunk: /^html2canvas-/, sink: 'innerHTML', dist: /\.innerHTML=typeof``\.repeat==`function`\?`&#128104;`\.repeat\(10\):``/, file: 'html2canvas/dist/html2canvas.esm.js', proof: '&#128104;' },
  // canvg bundles core-js: its global-object fallback, reached only where globalThis, self, global and `this` are all missing.
  { library: 'core-js (in canvg)', chunk: /^index\.es-/, sink: 'Function(', dist: /\|\|\(function\(\)\{return this\}\)\(\)\|\|Function\(`return this`\)\(\)/, file: 'core-js/internals/global-this.js', proof: "Function('return this')()" },
];

const CONTEXT = 120;

/** @typedef {{ sink: string, at: number, offset: number, context: string }} Hit */

/**
 * Every sink occurrence in `text`, with the surrounding text (`offset` = the hit's index in it) for the allow-list.
 * @param {string} text
 * @returns {Hit[]}
 */
export function findSinks(text) {
  /** @type {Hit[]} */
  const hits = [];
  for (const sink of SINKS) {
    for (const m of text.matchAll(sink.re)) {
      const at = m.index ?? 0;
      const from = Math.max(0, at - CONTEXT);
      hits.push({ sink: sink.name, at, offset: at - from, context: text.slice(from, at + CONTEXT) });
    }
  }
  return hits;
}

/** True when a match of `re` in the hit's context spans the hit itself (not merely sits near it). */
function covers(re, hit) {
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  for (const m of hit.context.matchAll(new RegExp(re.source, flags))) {
    const start = m.index ?? 0;
    if (start <= hit.offset && hit.offset < start + m[0].length) return true;
  }
  return false;
}

/** The hits no allow-list entry accounts for: an entry covers a hit when its `dist` pattern matches across it (and, for
 * entries with a `chunk` pattern, only in files whose name matches it).
 * @param {Hit[]} hits
 * @param {{ sink: string, dist: RegExp, chunk?: RegExp }[]} [allow]
 * @param {string} [fileName]
 * @returns {Hit[]}
 */
export function unexplainedSinks(hits, allow = VENDOR_ALLOW, fileName = '') {
  const rules = allow.filter((rule) => rule.chunk === undefined || rule.chunk.test(fileName));
  return hits.filter((hit) => !rules.some((rule) => rule.sink === hit.sink && covers(rule.dist, hit)));
}

/** Allow-list entries whose library file does not contain the proof text (the entry would be unfounded). */
export function unprovenAllowEntries(readModuleFile, allow = VENDOR_ALLOW) {
  return allow.filter((rule) => {
    try {
      return !readModuleFile(rule.file).includes(rule.proof);
    } catch {
      return true;
    }
  });
}

/** src=/href= attributes of an HTML page that load anything absolute (scheme or protocol-relative) other than data:. */
export function externalLoads(html) {
  const out = [];
  // Inline scripts and styles are code, not attributes (the one-file page inlines everything; its CSP governs what code loads).
  const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  for (const m of markup.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)) {
    const url = m[1] ?? '';
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url) && !/^data:/i.test(url)) out.push(url);
  }
  return out;
}

function filesUnder(dir, exts) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(path);
  }
  return out;
}

/**
 * What only the dev server has: the "Save to graph-data/" endpoint's path and its token's meta name
 * (app/src/edit-server/protocol.ts). No built file may contain either (the client code for it is behind import.meta.env.DEV).
 */
export const DEV_ONLY_NAMES = ['/__evidence-graph/save', 'evidence-graph-save-token'];

/** The dev-only names found in a built file's text. */
export function devOnlyNamesIn(text) {
  return DEV_ONLY_NAMES.filter((name) => text.includes(name));
}

/** Checks built folders and our source; returns a list of problems (empty when clean). */
export function checkDist(root, distDirs) {
  const problems = [];
  for (const dir of distDirs) {
    for (const file of filesUnder(join(root, dir), ['.js', '.mjs', '.html'])) {
      const text = readFileSync(file, 'utf8');
      for (const hit of unexplainedSinks(findSinks(text), VENDOR_ALLOW, basename(file))) problems.push(`${relative(root, file)}: ${hit.sink} (not allow-listed): …${hit.context}…`);
      if (file.endsWith('.html')) for (const url of externalLoads(text)) problems.push(`${relative(root, file)}: loads an external URL ${url}`);
    }
    for (const file of filesUnder(join(root, dir), [''])) {
      for (const name of devOnlyNamesIn(readFileSync(file, 'latin1'))) problems.push(`${relative(root, file)}: contains '${name}', which only the dev server may have`);
    }
  }
  const readModuleFile = (path) => readFileSync(join(root, 'node_modules', path), 'utf8');
  for (const rule of unprovenAllowEntries(readModuleFile)) problems.push(`allow-list entry for ${rule.library} (${rule.sink}): '${rule.proof}' not found in node_modules/${rule.file}`);
  for (const file of filesUnder(join(root, 'app/src'), ['.ts', '.tsx']).filter((f) => !/\.test\.tsx?$/.test(f) && !f.includes('/generated/'))) {
    for (const hit of findSinks(readFileSync(file, 'utf8'))) problems.push(`${relative(root, file)}: our source uses ${hit.sink}`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dist'];
  const problems = checkDist(root, dirs);
  for (const p of problems) console.error(`check-dist: ${p}`);
  if (problems.length > 0) process.exit(1);
  console.log(`check-dist: ${dirs.join(', ')} and app/src clean (no HTML-injection or eval sinks outside the allow-list, no external loads, no dev-server-only names)`);
}
