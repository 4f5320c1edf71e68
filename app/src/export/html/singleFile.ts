// The one-file build's last step: the page's script and stylesheet inlined, empty data blocks added, and a CSP that allows exactly those by hash.
import { emptyDataBlock, STANDALONE_DATA_ID, STANDALONE_VIEW_ID } from './standaloneTemplate';

/** What the inliner needs: the built page, its one script and one stylesheet, and a sha256 (base64) function. */
export interface SingleFileInput {
  html: string;
  js: string;
  css: string;
  /** Base64 sha256 of a text's UTF-8 bytes (node:crypto in the build, Web Crypto elsewhere). */
  sha256: (text: string) => string;
  /** Further `'sha256-…'` sources for style-src (Cytoscape's own inline stylesheet). */
  extraStyleSources?: readonly string[];
}

/** The one-file page's Content-Security-Policy: nothing from anywhere, except the inlined script and styles by hash. */
export function singleFileCsp(scriptHashes: readonly string[], styleSources: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`,
    `style-src ${styleSources.join(' ')}`,
    'img-src data: blob:',
    "font-src 'none'",
    "connect-src 'none'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** `js` made safe inside `<script>`: `</script` and `<!--` cannot end or change the element (escapes valid in strings, templates and regexes). */
export function inlineScriptText(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}

function removeOnce(html: string, re: RegExp, what: string): string {
  const hits = html.match(new RegExp(re.source, `${re.flags.replace('g', '')}g`)) ?? [];
  if (hits.length !== 1) throw new Error(`single-file build: expected one ${what} in the built page, found ${hits.length}`);
  return html.replace(re, '');
}

/** The built page with everything inline and the strict CSP meta at the head of `<head>`; throws if the page is not shaped as expected. */
export function inlineSingleFile(input: SingleFileInput): string {
  const { sha256 } = input;
  if (/<\/style/i.test(input.css)) throw new Error('single-file build: the stylesheet contains "</style"');
  let html = removeOnce(input.html, /<script type="module"[^>]*\ssrc="[^"]+"[^>]*><\/script>\s*/, 'module script');
  html = removeOnce(html, /<link rel="stylesheet"[^>]*\shref="[^"]+"[^>]*>\s*/, 'stylesheet link');
  html = html.replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  if (/<(?:script|link)\b[^>]*\s(?:src|href)="(?!data:)/i.test(html)) throw new Error('single-file build: the page still loads a file');
  const js = inlineScriptText(input.js);
  const css = input.css;
  const csp = singleFileCsp([sha256(js)], [`'sha256-${sha256(css)}'`, ...(input.extraStyleSources ?? [])]);
  // The CSP comes right after <meta charset> (which must stay in the first bytes), before anything it governs.
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  const headStart = html.indexOf('<head>');
  const headEnd = html.indexOf('</head>');
  const bodyEnd = html.lastIndexOf('</body>');
  if (headStart < 0 || headEnd < 0 || bodyEnd < 0) throw new Error('single-file build: the page has no <head> or </body>');
  const cspAt = charset && charset.index < headEnd ? charset.index + charset[0].length : headStart + '<head>'.length;
  const blocks = `${emptyDataBlock(STANDALONE_DATA_ID)}\n    ${emptyDataBlock(STANDALONE_VIEW_ID)}\n    `;
  return [
    html.slice(0, cspAt),
    `\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
    html.slice(cspAt, headEnd),
    `  <style>${css}</style>\n  `,
    html.slice(headEnd, bodyEnd),
    `  ${blocks}<script type="module">${js}</script>\n  `,
    html.slice(bodyEnd),
  ].join('');
}
