// Layout tests: deterministic positions, label boxes that do not overlap, coordinates in the target box.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EvidenceGraph } from '../graph';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../schema';
import { nodeBox, overlap, separateBoxes, type PlacedBox } from './labelBoxes';
import { applyLayout, LAYOUT_BOX, PORTRAIT_ASPECT, seededRandom } from './layout';

function sampleGraph(order: number): EvidenceGraph {
  const graph: EvidenceGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
  const rng = seededRandom(7);
  for (let i = 0; i < order; i++) {
    const label = `Person number ${i} ${'x'.repeat(i % 6)}`;
    graph.addNode(`n${i}`, { kind: 'person', label, labelZh: `人物${i}`, aliases: [], descriptionEn: '', descriptionZh: '', mentions: [], x: 0, y: 0 });
  }
  for (let i = 1; i < order; i++) {
    const target = `n${Math.floor(rng() * i)}`;
    const attrs: EdgeAttributes = {
      type: 't', category: 'other', directed: true, stance: 'neutral', date: null, dateEnd: null, status: 'fact', claimedBy: null, summaryEn: '', summaryZh: '',
      evidence: [{ source: 's', exact: 'a', prefix: '', suffix: '', start: 0, end: 1 }],
    };
    graph.addDirectedEdgeWithKey(`e${i}`, `n${i}`, target, attrs);
    if (i % 3 === 0) graph.addDirectedEdgeWithKey(`f${i}`, `n${i}`, 'n0', attrs);
  }
  return graph;
}

const positions = (graph: EvidenceGraph): [string, number, number][] => graph.mapNodes((key, a) => [key, a.x, a.y]);
const portrait = (graph: EvidenceGraph): [string, number, number][] =>
  graph.mapNodes((key, a) => {
    if (a.px === undefined || a.py === undefined) throw new Error(`node ${key}: applyLayout left no portrait position (px/py)`);
    return [key, a.px, a.py];
  });

function clashesAt(graph: EvidenceGraph, at: (key: string) => { x: number; y: number }): string[] {
  const boxes: PlacedBox[] = graph.mapNodes((k, a) => ({ ...nodeBox([a.label, a.labelZh], graph.degree(k)), ...at(k) }));
  const clashes: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const o = overlap(boxes[i] as PlacedBox, boxes[j] as PlacedBox);
      if (o.x > 0.01 && o.y > 0.01) clashes.push(`${i}-${j}`);
    }
  }
  return clashes;
}

let laidOut: EvidenceGraph | null = null;
/** One 70-node graph laid out once and shared by the read-only checks below (each layout tries several seeds: slow). */
function laidOutGraph(): EvidenceGraph {
  if (!laidOut) {
    laidOut = sampleGraph(70);
    applyLayout(laidOut);
  }
  return laidOut;
}

describe('applyLayout', () => {
  it('gives the same positions for the same graph', () => {
    const a = sampleGraph(40);
    const b = sampleGraph(40);
    applyLayout(a);
    applyLayout(b);
    expect(positions(a)).toEqual(positions(b));
    expect(new Set(positions(a).map(([, x, y]) => `${x},${y}`)).size).toBe(40);
    expect(portrait(a)).toEqual(portrait(b));
    expect(new Set(portrait(a).map(([, x, y]) => `${x},${y}`)).size).toBe(40);
  });

  it('leaves no two node+label boxes overlapping in the portrait layout either', () => {
    const graph = laidOutGraph();
    const p = new Map(portrait(graph).map(([k, x, y]) => [k, { x, y }]));
    expect(clashesAt(graph, (k) => p.get(k) ?? { x: NaN, y: NaN })).toEqual([]);
  });

  it('makes the portrait layout tall (about a phone graph area’s aspect) and the landscape one wide', () => {
    const graph = laidOutGraph();
    const spread = (ps: [string, number, number][]): number =>
      (Math.max(...ps.map(([, , y]) => y)) - Math.min(...ps.map(([, , y]) => y))) / (Math.max(...ps.map(([, x]) => x)) - Math.min(...ps.map(([, x]) => x)));
    const target = PORTRAIT_ASPECT.height / PORTRAIT_ASPECT.width;
    expect(spread(portrait(graph))).toBeGreaterThan(target * 0.6);
    expect(spread(portrait(graph))).toBeLessThan(target * 1.6);
    expect(spread(positions(graph))).toBeLessThan(1);
  });

  it('leaves no two node+label boxes overlapping', () => {
    const graph = laidOutGraph();
    expect(clashesAt(graph, (k) => ({ x: graph.getNodeAttribute(k, 'x'), y: graph.getNodeAttribute(k, 'y') }))).toEqual([]);
  });

  it('keeps positions roughly within the layout box (the graph area of a 1280×800 window)', () => {
    const graph = laidOutGraph();
    const xs = graph.mapNodes((_k, a) => a.x);
    const ys = graph.mapNodes((_k, a) => a.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(LAYOUT_BOX.width * 1.5);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(LAYOUT_BOX.height * 1.5);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(LAYOUT_BOX.width * 0.5);
  });
});

describe('separateBoxes', () => {
  it('pushes apart boxes that start on the same spot', () => {
    const boxes: PlacedBox[] = [0, 1, 2].map(() => ({ ...nodeBox(['Same place']), x: 10, y: 10 }));
    expect(separateBoxes(boxes)).toBe(0);
    for (const [i, j] of [[0, 1], [0, 2], [1, 2]] as const) {
      const o = overlap(boxes[i] as PlacedBox, boxes[j] as PlacedBox);
      expect(o.x <= 0 || o.y <= 0).toBe(true);
    }
  });
});
