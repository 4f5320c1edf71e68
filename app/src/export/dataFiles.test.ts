// Export, DOM-free part: request checks, file names that say what they hold, and data files per format.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { testGraph } from '../model/formats/testGraph';
import { defaultViewState } from '../state/defaultViewState';
import type { ViewState } from '../state/types';
import { dataExportFiles, datasetSlug, exportFileName, relationLink } from './dataFiles';
import { exportOptions, imageFrame, parseExportRequest, type ExportOptions } from './request';
import { creditLine, type ExportWords } from './words';

const DATE = new Date('2026-11-29T13:00:00Z');
const defaults: ExportOptions = exportOptions.parse({});

function graph() {
  return testGraph(
    [{ id: 'musk', label: '=HYPERLINK("x")' }, { id: 'openai', kind: 'organization' }, 'altman'],
    [
      { id: 'r1', source: 'musk', target: 'openai', type: 'sued', category: 'conflict', status: 'claim', claimedBy: 'musk' },
      { id: 'r2', source: 'altman', target: 'openai', type: 'co-founded', category: 'founding', directed: false },
    ],
    'Grok & the dispute',
  );
}

const visible = { nodes: new Set(['musk', 'openai']), edges: new Set(['r1']) };
const state = (patch: Partial<ViewState> = {}): ViewState => ({ ...defaultViewState(), ...patch });
/** Words as the UI gives them: here a template per key, filled like the real tables. */
const words: ExportWords = (key, vars = {}) =>
  ({ reportTitle: 'Report on {name}', credit: 'Source: {sources} · Evidence Graph', creditMany: 'Sources: {sources} · Evidence Graph' } as Record<string, string>)[key]?.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k])) ?? key;
const ctx = (patch: Partial<ViewState> = {}) => ({ graph: graph(), state: state(patch), visible, baseUrl: 'https://example.org/app/', date: DATE, words });

describe('parseExportRequest', () => {
  it('fills defaults for an empty options object', () => {
    expect(parseExportRequest('png', {})).toEqual({ format: 'png', options: { scope: 'view', scale: 2, background: true, content: 'visible', edges: 'directed' } });
  });
  it('accepts the picture frame options and the mixed edge form, and rejects an unknown edge form', () => {
    const { options } = parseExportRequest('svg', { title: true, titleText: 'My title', legend: false, credit: true, edges: 'mixed' });
    expect(options).toMatchObject({ title: true, titleText: 'My title', legend: false, credit: true, edges: 'mixed' });
    expect(() => parseExportRequest('gexf', { edges: 'sideways' })).toThrow(/options\.edges/);
  });
  it('rejects an unknown format, naming it and the accepted ones', () => {
    expect(() => parseExportRequest('bmp', {})).toThrow(/unknown format "bmp".*png, svg, pdf/);
  });
  it('rejects bad options, naming the field', () => {
    expect(() => parseExportRequest('png', { scale: -1 })).toThrow(/options\.scale/);
    expect(() => parseExportRequest('png', { scope: 'world' })).toThrow(/options\.scope/);
    expect(() => parseExportRequest('png', { evil: true })).toThrow(/options/);
  });
});

describe('imageFrame', () => {
  it('puts title, legend and credit on the whole graph by default, and none on the view', () => {
    expect(imageFrame(exportOptions.parse({ scope: 'full' }), 'Dataset')).toEqual({ title: 'Dataset', legend: true, credit: true });
    expect(imageFrame(exportOptions.parse({}), 'Dataset')).toEqual({ title: null, legend: false, credit: false });
  });
  it('lets each part be switched on or off, and the title text replace the dataset name unless blank', () => {
    expect(imageFrame(exportOptions.parse({ legend: true, title: true, titleText: ' Mine ' }), 'Dataset')).toEqual({ title: 'Mine', legend: true, credit: false });
    expect(imageFrame(exportOptions.parse({ scope: 'full', credit: false, titleText: '  ' }), 'Dataset')).toEqual({ title: 'Dataset', legend: true, credit: false });
  });
});

describe('creditLine', () => {
  it('names the source with its date in the language asked, and every source when there are several', () => {
    expect(creditLine(graph(), 'en', words)).toBe('Source: Test source, 2024-03 · Evidence Graph');
    expect(creditLine(graph(), 'zh', words)).toBe('Source: 測試來源, 2024-03 · Evidence Graph');
    const two = graph();
    two.setAttribute('sources', [...two.getAttribute('sources'), { id: 'b', title: { en: 'Other', zh: '其他' }, language: 'en', published: '2024-04-01' }]);
    expect(creditLine(two, 'en', words)).toBe('Sources: Test source, 2024-03; Other, 2024-04-01 · Evidence Graph');
  });
});

describe('exportFileName', () => {
  it('names dataset, selection and date', () => {
    const name = exportFileName({ dataset: 'grok-openai-2024-03', selection: { kind: 'entity', id: 'elon-musk' }, options: defaults, format: 'png', date: DATE });
    expect(name).toBe('evidence-graph_grok-openai-2024-03_elon-musk_2026-11-29.png');
  });
  it("says 'view', 'full' or 'all' when nothing is selected, and adds the part for CSV", () => {
    const base = { dataset: 'd', selection: null, date: DATE } as const;
    expect(exportFileName({ ...base, options: defaults, format: 'svg' })).toBe('evidence-graph_d_view_2026-11-29.svg');
    expect(exportFileName({ ...base, options: { ...defaults, scope: 'full' }, format: 'pdf' })).toBe('evidence-graph_d_full_2026-11-29.pdf');
    expect(exportFileName({ ...base, options: { ...defaults, content: 'all' }, format: 'csv', part: 'entities' })).toBe('evidence-graph_d_all_2026-11-29_entities.csv');
  });
  it('keeps hostile ids out of the file name (no path separators, dots or markup)', () => {
    const name = exportFileName({ dataset: '../../etc', selection: { kind: 'entity', id: '<script>/../x' }, options: defaults, format: 'md', date: DATE });
    expect(name).toMatch(/^evidence-graph_etc_script-x_2026-11-29\.md$/);
  });
});

describe('datasetSlug', () => {
  it("uses the only source's id", () => {
    expect(datasetSlug(graph())).toBe('src');
  });
});

describe('dataExportFiles', () => {
  it('exports only the visible relations by default and everything when asked', () => {
    const [visibleJson] = dataExportFiles('json', defaults, ctx());
    const [allJson] = dataExportFiles('json', { ...defaults, content: 'all' }, ctx());
    const keys = (f: typeof visibleJson) => (JSON.parse(String(f?.content)) as { edges: { key: string }[] }).edges.map((e) => e.key);
    expect(keys(visibleJson)).toEqual(['r1']);
    expect(keys(allJson).sort()).toEqual(['r1', 'r2']);
    expect(allJson?.name).toBe('evidence-graph_src_all_2026-11-29.json');
  });
  it('gives CSV as two files, entities and relations, with formula-looking cells guarded', () => {
    const files = dataExportFiles('csv', defaults, ctx());
    expect(files.map((f) => f.name)).toEqual(['evidence-graph_src_view_2026-11-29_entities.csv', 'evidence-graph_src_view_2026-11-29_relations.csv']);
    const rows = Papa.parse<string[]>(String(files[0]?.content).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows.map((r) => r[0])).toEqual(['id', 'musk', 'openai']);
    expect(rows[1]?.[2]).toBe(`'=HYPERLINK("x")`);
  });
  it('writes GEXF and GraphML all-directed by default and mixed when asked', () => {
    expect(String(dataExportFiles('gexf', defaults, ctx())[0]?.content)).toContain('defaultedgetype="directed"');
    expect(String(dataExportFiles('graphml', defaults, ctx())[0]?.content)).toContain('edgedefault="directed"');
    expect(String(dataExportFiles('gexf', { ...defaults, content: 'all', edges: 'mixed' }, ctx())[0]?.content)).toContain('type="undirected"');
    expect(String(dataExportFiles('graphml', { ...defaults, edges: 'mixed' }, ctx())[0]?.content)).toContain('edgedefault="undirected"');
  });
  it('writes XML for GEXF and GraphML and a Markdown report whose links reopen each relation', () => {
    expect(String(dataExportFiles('gexf', defaults, ctx())[0]?.content)).toMatch(/^<\?xml[\s\S]*<gexf/);
    expect(String(dataExportFiles('graphml', defaults, ctx())[0]?.content)).toMatch(/<graphml/);
    const md = String(dataExportFiles('md', defaults, ctx({ lang: 'zh' }))[0]?.content);
    expect(md).toContain(relationLink('https://example.org/app/', state({ lang: 'zh' }), 'r1'));
    expect(md).not.toContain('r2');
    expect(md.startsWith('# Report on Grok')).toBe(true);
  });
  it('refuses image formats, which need the drawn graph', () => {
    expect(() => dataExportFiles('png', defaults, ctx())).toThrow(/image format/);
  });
});
