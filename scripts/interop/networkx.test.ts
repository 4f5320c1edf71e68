// Interop: networkx (the most used Python graph library) opens our GEXF, GraphML and CSV of the built dataset with the same nodes, edges and attributes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../app/src/model/formats/csv';
import { toGexf } from '../../app/src/model/formats/gexf';
import { toGraphml } from '../../app/src/model/formats/graphml';
import type { EvidenceGraph } from '../../app/src/model/graph';
import { ROOT, builtGraph } from './builtGraph';
import { ensureNetworkx } from './ensurePython.mjs';

interface Read {
  directed: boolean;
  multigraph: boolean;
  nodes: Record<string, string | null>;
  edges: Record<string, { source: string; target: string; type: string | null; undirected: boolean | null }>;
}
type Report = { networkx: string } & Record<'gexf' | 'graphml' | 'csv', Read>;

let graph: EvidenceGraph;
let dir: string;
let report: Report;

beforeAll(() => {
  const python = ensureNetworkx();
  graph = builtGraph();
  dir = mkdtempSync(join(tmpdir(), 'eg-interop-'));
  writeFileSync(join(dir, 'graph.gexf'), toGexf(graph));
  writeFileSync(join(dir, 'graph.graphml'), toGraphml(graph));
  const { entities, relations } = toCsv(graph);
  writeFileSync(join(dir, 'entities.csv'), entities);
  writeFileSync(join(dir, 'relations.csv'), relations);
  const run = spawnSync(python, [join(ROOT, 'scripts/interop/networkx_check.py'), dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`networkx could not read our files: ${run.stderr.trim().split('\n').pop() ?? ''}`);
  report = JSON.parse(run.stdout) as Report;
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(['gexf', 'graphml', 'csv'] as const)('networkx reads our %s', (format) => {
  it('as a directed multigraph with every node and every relation', () => {
    const read = report[format];
    expect(read.directed).toBe(true);
    expect(read.multigraph).toBe(true);
    expect(Object.keys(read.nodes).sort()).toEqual(graph.nodes().sort());
    expect(Object.keys(read.edges).sort()).toEqual(graph.edges().sort());
    expect(graph.order).toBeGreaterThan(10);
  });

  it('with each node label, and each relation its ends, type and undirected flag', () => {
    const read = report[format];
    graph.forEachNode((node, a) => expect(read.nodes[node], node).toBe(a.label));
    let undirected = 0;
    graph.forEachEdge((edge, a, source, target, _sa, _ta, isUndirected) => {
      expect(read.edges[edge], edge).toEqual({ source, target, type: a.type, undirected: isUndirected });
      if (isUndirected) undirected += 1;
    });
    // The dataset has symmetric relations: the flag is really exercised.
    expect(undirected).toBeGreaterThan(0);
  });
});
