// Tests for where group nodes sit: at their members' centre when that is free, else moved out so no two group boxes overlap.
import { describe, expect, it } from 'vitest';
import type { EvidenceGraph } from '../graph';
import { groupPositions, groupSize, layoutScale, separateCircles } from './groupPositions';
import { buildScaleIndex } from './scaleIndex';
import { scaleTestGraph, threeCliques } from './scaleTestGraph';
import { graphStructure } from './structure';
import { topologyOf } from './topology';

/** `cliques` cliques of `size`, chained by one relation each, every clique's members on a circle round the origin: all centres meet at (0, 0). */
function concentricCliques(cliques: number, size: number): EvidenceGraph {
  const nodes: Array<[string, string]> = [];
  const relations: Array<[string, string]> = [];
  for (let c = 0; c < cliques; c++) {
    for (let i = 0; i < size; i++) nodes.push([`c${c}m${i}`, 'person']);
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) relations.push([`c${c}m${i}`, `c${c}m${j}`]);
    if (c > 0) relations.push([`c${c - 1}m0`, `c${c}m0`]);
  }
  const graph = scaleTestGraph(nodes, relations);
  for (let c = 0; c < cliques; c++) {
    for (let i = 0; i < size; i++) {
      const angle = (2 * Math.PI * i) / size + c * 0.1;
      graph.mergeNodeAttributes(`c${c}m${i}`, { x: (200 + 40 * c) * Math.cos(angle), y: (200 + 40 * c) * Math.sin(angle) });
    }
  }
  return graph;
}

const layoutOf = (graph: EvidenceGraph) => {
  const topology = topologyOf(graph);
  const index = buildScaleIndex(topology, graphStructure(topology));
  return { index, layout: groupPositions(graph, index) };
};

describe('groupPositions', () => {
  it('no two group boxes overlap, even when every community has its centre at the same point', () => {
    const graph = concentricCliques(14, 6);
    const { index, layout } = layoutOf(graph);
    expect(index.communities.length).toBeGreaterThan(10);
    const scale = layoutScale(layout.extent);
    const boxes = index.communities.map((id) => {
      const p = layout.positions.get(id)!;
      const half = (groupSize(index.members.get(id)!.length) * scale) / 2;
      return { id, x1: p.x - half, x2: p.x + half, y1: p.y - half, y2: p.y + half };
    });
    for (const a of boxes) {
      for (const b of boxes) {
        if (a.id >= b.id) continue;
        const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        expect(overlap, `${a.id} and ${b.id} overlap`).toBe(false);
      }
    }
  });

  it('keeps a group at its members’ centre when nothing is in the way', () => {
    const { layout } = layoutOf(threeCliques(8));
    // threeCliques puts entity i at x = 10 i, y = 0: a0…a7 have their centre at x = 35, b at 115, c at 195.
    expect(layout.positions.get('a0')).toEqual({ x: 35, y: 0 });
    expect(layout.positions.get('b0')).toEqual({ x: 115, y: 0 });
    expect(layout.positions.get('c0')).toEqual({ x: 195, y: 0 });
  });

  it('moves the smaller of two overlapping circles and leaves the larger where it was, the same way every time', () => {
    const circles = [
      { x: 0, y: 0, r: 10 },
      { x: 2, y: 0, r: 30 },
    ];
    const placed = separateCircles(circles);
    expect(placed[1]).toEqual({ x: 2, y: 0 });
    expect(Math.max(Math.abs(placed[0]!.x - 2), Math.abs(placed[0]!.y))).toBeGreaterThanOrEqual(40);
    expect(separateCircles(circles)).toEqual(placed);
  });
});
