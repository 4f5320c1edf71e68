// The one-file page: JSON data blocks cannot be broken out of, the inliner's CSP hashes match what it inlines, and the export fills the template.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import raw from '../../generated/dataset.json';
import { fromBundle, parseBundle } from '../../model/bundle/fromBundle';
import { graphFromDataset } from '../../model/graph';
import { emptyReport } from '../../model/import/report';
import { compiledDataset } from '../../model/schema';
import { defaultViewState } from '../../state/defaultViewState';
import { htmlExportContent, htmlExportPage, htmlFileName, UnknownStoryError } from './htmlExport';
import { scriptJson } from './scriptJson';
import { inlineSingleFile } from './singleFile';
import { emptyDataBlock, fillStandalone, isStandaloneTemplate, NotATemplateError, STANDALONE_DATA_ID, STANDALONE_VIEW_ID } from './standaloneTemplate';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');
const HOSTILE = 'He said "</script><script>alert(1)</script>" and <!-- <script> & \u2028 done </SCRIPT >';

/** What an HTML parser sees as the text of the element opened by `open`: everything up to the first `</script` (any case). */
function scriptText(html: string, open: string): string {
  const start = html.indexOf(open);
  expect(start, `${open} is in the page`).toBeGreaterThanOrEqual(0);
  const from = start + open.length;
  const end = html.slice(from).search(/<\/script/i);
  return html.slice(from, from + end);
}

const BUILT_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>T</title>
    <script type="module" crossorigin src="./assets/standalone-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/style-abc.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;
const JS = 'const q = "</script><!-- x";console.log(q, /<\\/script>/.test(q));';
const CSS = 'body{color:red}';

describe('one-file page', () => {
  it('a quote containing </script> stays inside its data block and parses back exactly', () => {
    const template = inlineSingleFile({ html: BUILT_PAGE, js: JS, css: CSS, sha256 });
    const bundle = { name: 'x', relations: [{ evidence: [{ exact: HOSTILE }] }] };
    const page = fillStandalone(template, { bundle, view: 'v=1&s=e:a' });
    const json = scriptText(page, `<script type="application/json" id="${STANDALONE_DATA_ID}">`);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(bundle);
    expect(JSON.parse(scriptText(page, `<script type="application/json" id="${STANDALONE_VIEW_ID}">`))).toBe('v=1&s=e:a');
    expect(JSON.parse(scriptJson(HOSTILE))).toBe(HOSTILE);
  });

  it('the CSP allows exactly the inlined script and stylesheet by their sha256, with no unsafe-inline and no network source', () => {
    const page = inlineSingleFile({ html: BUILT_PAGE, js: JS, css: CSS, sha256, extraStyleSources: ["'sha256-cytoscape='"] });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
    const directive = (name: string): string[] => csp.split('; ').find((d) => d.startsWith(`${name} `))?.split(' ').slice(1) ?? [];
    const script = scriptText(page, '<script type="module">');
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    expect(style).toBe(CSS);
    expect(directive('script-src')).toEqual([`'sha256-${sha256(script)}'`]);
    expect(directive('style-src')).toEqual([`'sha256-${sha256(style)}'`, "'sha256-cytoscape='"]);
    expect(directive('default-src')).toEqual(["'none'"]);
    expect(directive('connect-src')).toEqual(["'none'"]);
    expect(directive('worker-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe|'self'|https?:/);
    // The script is all there (only the two sequences that would end or change the element are escaped), and loads nothing.
    expect(script.replace('<\\/script', '</script').replace('\\x3C!--', '<!--')).toBe(JS);
    expect(page).not.toMatch(/\s(?:src|href)="\.\/assets/);
    // The CSP meta comes right after the charset, before the style and script it governs.
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<style>'));
    expect(page.indexOf('<meta charset')).toBeLessThan(page.indexOf('Content-Security-Policy'));
    expect(isStandaloneTemplate(page)).toBe(true);
  });

  it('refuses a page that is not the built one-file template (e.g. a dev server answering with index.html)', () => {
    expect(isStandaloneTemplate(BUILT_PAGE)).toBe(false);
    expect(() => fillStandalone(BUILT_PAGE, { bundle: {}, view: '' })).toThrow(NotATemplateError);
    expect(() => inlineSingleFile({ html: BUILT_PAGE.replace(/<script[^>]*><\/script>/, ''), js: JS, css: CSS, sha256 })).toThrow(/one module script/);
  });

  it('exports the whole dataset or only the visible part as a bundle that opens back, with the current view as the first view', async () => {
    const dataset = compiledDataset.parse(raw);
    const graph = graphFromDataset(dataset);
    const [a, b] = graph.nodes() as [string, string];
    const edge = graph.edges().find((e) => [graph.source(e), graph.target(e)].every((n) => n === a || n === b)) ?? graph.edges(a)[0];
    const state = { ...defaultViewState(), selection: { kind: 'entity' as const, id: a } };
    const whole = htmlExportContent({ graph, texts: dataset.texts, state });
    const whole2 = await fromBundle(parseBundle('w', JSON.stringify(whole.bundle)), emptyReport());
    expect(whole2.graph.nodes.length).toBe(graph.order);
    expect(whole2.graph.edges.length).toBe(graph.size);
    expect(whole.view).toBe(`v=1&s=e:${a}`);
    const visible = { nodes: new Set([a, graph.source(edge as string), graph.target(edge as string)]), edges: new Set([edge as string]) };
    const part = htmlExportContent({ graph, texts: dataset.texts, state, visible });
    const back = await fromBundle(parseBundle('p', JSON.stringify(part.bundle)), emptyReport());
    expect(back.graph.nodes.map((n) => n.key).sort()).toEqual([...visible.nodes].sort());
    expect(back.graph.edges.map((e) => e.key)).toEqual([edge]);
    const page = htmlExportPage(inlineSingleFile({ html: BUILT_PAGE, js: JS, css: CSS, sha256 }), { graph, texts: dataset.texts, state, visible });
    expect(page).not.toContain(emptyDataBlock(STANDALONE_DATA_ID));
    expect(htmlFileName('Evidence Graph')).toBe('evidence-graph.html');
    expect(htmlFileName('')).toBe('dataset.html');
  });

  it('includes a story only when asked, opening at its first step; an unknown story id is an error', () => {
    const dataset = compiledDataset.parse(raw);
    const graph = graphFromDataset(dataset);
    const story = { id: 'tour', title: { en: 'Tour', zh: '導覽' }, steps: [{ view: 's=e:elon-musk', caption: { en: 'A', zh: 'A' } }] };
    const state = defaultViewState();
    expect(htmlExportContent({ graph, texts: {}, state, stories: [story] }).bundle).toMatchObject({ stories: [] });
    const withStory = htmlExportContent({ graph, texts: {}, state, stories: [story], storyId: 'tour' });
    expect(withStory.bundle).toMatchObject({ stories: [story] });
    expect(withStory.view).toBe('st=tour.1');
    expect(() => htmlExportContent({ graph, texts: {}, state, stories: [story], storyId: 'nope' })).toThrow(UnknownStoryError);
  });
});
