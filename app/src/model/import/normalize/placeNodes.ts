// Node positions for an import: the file's own (fitted into the layout box, aspect kept), else the compiler's deterministic layout, capped by size.
import random from 'graphology-layout/random';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { EvidenceGraph } from '../../graph';
import { bounds, type Point } from '../../data/fitBox';
import { LAYOUT_BOX, applyLayout, seededRandom } from '../../data/layout';
import { NODE_SIZE, nodeBox, separateBoxes, type PlacedBox } from '../../data/labelBoxes';

/**
 * Up to this many nodes the compiler's full layout runs (600 ForceAtlas2 iterations, label boxes apart, portrait
 * positions). Its label-box pass is quadratic with up to 20,000 rounds: ~0.3 s at 40 nodes, 6 s at 60, 200 s at 250.
 */
export const FULL_LAYOUT_MAX_NODES = 40;
/** The layout box grows beyond this many nodes. */
const BOX_GROWS_AFTER = 250;
/** Label boxes are pushed apart (bounded rounds) up to this many nodes. */
const LABEL_BOXES_MAX_NODES = 200;
const SEED = 20240318;

/** ForceAtlas2 iterations for a larger graph: about 100k node-iterations in all (5,000 nodes → 20), between 15 and 300. */
export function iterationsFor(order: number): number {
  return Math.max(15, Math.min(300, Math.round(100_000 / order)));
}

/** noverlap iterations for a larger graph (none above 2,000 nodes: each pass is quadratic-ish and overlaps cannot all go at that density). */
export function noverlapIterationsFor(order: number): number {
  return order > 2000 ? 0 : Math.max(5, Math.min(100, Math.round(40_000 / order)));
}

/** The box a graph of `order` nodes is fitted into: LAYOUT_BOX, grown by √(order / 250) for larger graphs so nodes keep some room. */
export function boxFor(order: number): { width: number; height: number } {
  const grow = Math.max(1, Math.sqrt(order / BOX_GROWS_AFTER));
  return { width: LAYOUT_BOX.width * grow, height: LAYOUT_BOX.height * grow };
}

/** Scales points uniformly (aspect kept) to fit inside `box` with a node's margin, centred; rounded to 0.1. */
export function fitKeepingAspect(points: readonly Point[], box: { width: number; height: number }): Point[] {
  if (points.length === 0) return [];
  const b = bounds(points);
  const w = Math.max(b.maxX - b.minX, 1e-9), h = Math.max(b.maxY - b.minY, 1e-9);
  const inner = { width: box.width - 2 * NODE_SIZE, height: box.height - 2 * NODE_SIZE };
  const scale = points.length === 1 ? 1 : Math.min(inner.width / w, inner.height / h);
  const cx = (b.minX + b.maxX) / 2, cy = (b.minY + b.maxY) / 2;
  const round = (v: number): number => Math.round(v * 10) / 10;
  return points.map((p) => ({ x: round(box.width / 2 + (p.x - cx) * scale), y: round(box.height / 2 + (p.y - cy) * scale) }));
}

function writePoints(graph: EvidenceGraph, points: readonly Point[]): void {
  graph.nodes().forEach((key, i) => {
    const p = points[i] as Point;
    graph.mergeNodeAttributes(key, { x: p.x, y: p.y });
  });
}

/** Keeps the positions the file gave (every node has them), fitted into the layout box. */
export function placeFromFile(graph: EvidenceGraph): void {
  writePoints(graph, fitKeepingAspect(graph.mapNodes((_k, a) => ({ x: a.x, y: a.y })), boxFor(graph.order)));
}

/**
 * Lays the graph out deterministically: the compiler's own `applyLayout` up to FULL_LAYOUT_MAX_NODES nodes; above,
 * the same seeded start and ForceAtlas2 settings (Barnes-Hut above 500 nodes) with iterations capped by size, fitted
 * into a box grown with the graph, a short noverlap, and label boxes pushed apart in bounded rounds (about 1M box pairs in all) up to 200 nodes
 * (no portrait positions: those graphs are drawn from x/y in every orientation). `onStep` is called between rounds
 * with the fraction done; it may throw to stop the layout (cancel).
 */
export function placeByLayout(graph: EvidenceGraph, onStep: (fraction: number) => void = () => undefined): void {
  if (graph.order <= FULL_LAYOUT_MAX_NODES) {
    applyLayout(graph);
    return;
  }
  random.assign(graph, { rng: seededRandom(SEED), scale: 1000, center: 0 });
  const settings = { ...forceAtlas2.inferSettings(graph), linLogMode: true, outboundAttractionDistribution: false, barnesHutOptimize: graph.order > 500 };
  // Ten rounds, so the caller can show progress and stop between them (a 5,000-node layout takes seconds).
  const total = iterationsFor(graph.order);
  const chunk = Math.ceil(total / 10);
  for (let done = 0; done < total; done += chunk) {
    forceAtlas2.assign(graph, { iterations: Math.min(chunk, total - done), settings, getEdgeWeight: null });
    onStep((0.9 * Math.min(total, done + chunk)) / total);
  }
  const box = boxFor(graph.order);
  writePoints(graph, fitKeepingAspect(graph.mapNodes((_k, a) => ({ x: a.x, y: a.y })), box));
  const passes = noverlapIterationsFor(graph.order);
  if (passes > 0) {
    noverlap.assign(graph, { maxIterations: passes, settings: { margin: 2, ratio: 1, expansion: 1.05 }, inputReducer: (_k, a) => ({ x: a.x, y: a.y, size: NODE_SIZE / 2 }) });
    writePoints(graph, fitKeepingAspect(graph.mapNodes((_k, a) => ({ x: a.x, y: a.y })), box));
  }
  if (graph.order <= LABEL_BOXES_MAX_NODES) {
    const placed: PlacedBox[] = graph.mapNodes((key, a) => ({ ...nodeBox([a.label, a.labelZh], graph.degree(key)), x: a.x, y: a.y }));
    separateBoxes(placed, Math.min(100, Math.floor(2_000_000 / graph.order ** 2)));
    writePoints(graph, placed.map((p) => ({ x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 })));
  }
}
