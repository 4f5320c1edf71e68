// Import layout: deterministic, inside its box, iterations capped by size, file positions keep their aspect.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EvidenceGraph } from '../../graph';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../schema';
import { FULL_LAYOUT_MAX_NODES, boxFor, fitKeepingAspect, iterationsFor, placeByLayout } from './placeNodes';

function ring(n: number): EvidenceGraph {
  const g: EvidenceGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { kind: 'person', label: `Node ${i}`, labelZh: `節點${i}`, aliases: [], descriptionEn: '', descriptionZh: '', mentions: [], x: 0, y: 0 });
  for (let i = 0; i < n; i++) g.addEdge(`n${i}`, `n${(i + 1) % n}`);
  return g;
}

describe('import layout', () => {
  it('caps ForceAtlas2 iterations by size (5,000 nodes → 20) and grows the box with the graph', () => {
    expect([iterationsFor(100), iterationsFor(1000), iterationsFor(5000), iterationsFor(200_000)]).toEqual([300, 100, 20, 15]);
    expect(boxFor(100)).toEqual({ width: 1600, height: 520 });
    expect(boxFor(1000).width).toBeCloseTo(3200);
  });

  it('lays out a graph above the full-layout size the same way twice, every node inside its box at a distinct place', () => {
    const n = FULL_LAYOUT_MAX_NODES + 20;
    const a = ring(n), b = ring(n);
    placeByLayout(a);
    placeByLayout(b);
    const pa = a.mapNodes((_k, at) => [at.x, at.y]);
    expect(pa).toEqual(b.mapNodes((_k, at) => [at.x, at.y]));
    expect(new Set(pa.map((p) => p.join(','))).size).toBe(n);
    for (const [x, y] of pa) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('reports its progress between rounds and stops when a round throws (cancel)', () => {
    const steps: number[] = [];
    placeByLayout(ring(FULL_LAYOUT_MAX_NODES + 20), (f) => steps.push(f));
    expect(steps).toHaveLength(10);
    expect(steps.at(-1)).toBeCloseTo(0.9);
    let calls = 0;
    expect(() =>
      placeByLayout(ring(FULL_LAYOUT_MAX_NODES + 20), () => {
        calls++;
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(calls).toBe(1);
  });

  it('fits file positions keeping their aspect, centred in the box', () => {
    const pts = fitKeepingAspect([{ x: -10, y: 5 }, { x: 10, y: 5 }, { x: 0, y: 10 }], { width: 1600, height: 520 });
    const w = (pts[1]?.x ?? 0) - (pts[0]?.x ?? 0), h = (pts[2]?.y ?? 0) - (pts[0]?.y ?? 0);
    expect(w / h).toBeCloseTo(20 / 5, 2);
    expect(((pts[0]?.x ?? 0) + (pts[1]?.x ?? 0)) / 2).toBeCloseTo(800, 5);
  });
});
