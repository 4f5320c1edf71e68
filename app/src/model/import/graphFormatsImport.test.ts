// importFiles with the graph formats: our Graphology JSON, GEXF and GraphML open into the built-in graph; hostile XML gives an error report.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import raw from '../../generated/dataset.json';
import { graphFromSerialized } from '../graph';
import { toGexf } from '../formats/gexf';
import { toGraphml } from '../formats/graphml';
import { toGraphologyJson } from '../formats/graphologyJson';
import { compiledDataset } from '../schema';
import { importFiles } from './importFiles';

const builtIn = compiledDataset.parse(raw);
const graph = graphFromSerialized(builtIn.graph);
const options = { baseVocabulary: builtIn.graph.attributes.vocabulary };

describe('importFiles dispatches the graph formats to their parsers', () => {
  it.each([
    ['data.json', 'graphology-json', toGraphologyJson(graph)],
    ['data.gexf', 'gexf', toGexf(graph)],
    ['data.graphml', 'graphml', toGraphml(graph)],
  ])('%s opens as %s with the same node and edge keys', async (name, format, text) => {
    const result = await importFiles([{ name, bytes: strToU8(text) }], options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.files[0]?.format).toBe(format);
    expect(result.dataset.graph.nodes.map((n) => n.key)).toEqual(builtIn.graph.nodes.map((n) => n.key));
    expect(result.dataset.graph.edges.map((e) => [e.key, e.source, e.target, e.undirected === true])).toEqual(builtIn.graph.edges.map((e) => [e.key, e.source, e.target, e.undirected === true]));
  });

  it('turns a GEXF with a DOCTYPE into an error report (both languages), not a throw', async () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a" label="&x;"/></nodes></graph></gexf>';
    const result = await importFiles([{ name: 'evil.gexf', bytes: strToU8(text) }], options);
    expect(result.ok).toBe(false);
    const error = result.report.issues.find((i) => i.severity === 'error');
    expect(error?.code).toBe('xml-doctype');
    expect(error?.where).toMatchObject({ file: 'evil.gexf', line: 2 });
    expect(error?.message.zh).toContain('DOCTYPE');
  });

  it('carries a parser issue (a skipped hyperedge) into the report', async () => {
    const text = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/><node id="b"/><hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge><edge source="a" target="b"/></graph></graphml>';
    const result = await importFiles([{ name: 'h.graphml', bytes: strToU8(text) }], options);
    expect(result.ok).toBe(true);
    expect(result.report.issues.map((i) => i.code)).toContain('hyperedge-skipped');
  });
});
