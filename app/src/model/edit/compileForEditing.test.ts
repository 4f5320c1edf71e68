// compileForEditing: the compiler's graph without its layout, known positions kept, new nodes placed near their neighbours without overlap, never throwing.
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../data/compile';
import { nodeBox, overlap, type PlacedBox } from '../data/labelBoxes';
import { graphFromDataset } from '../graph';
import { compiledDataset, type CompiledDataset, type RelationRecord } from '../schema';
import type { AuthoringDataset } from './authoring';
import { compileForEditing, positionsOf } from './compileForEditing';
import { toDataInput } from './dataFiles';
import { addEntity } from './entityOps';
import { authoringFromCompiled } from './fromCompiled';
import { addRelation } from './relationOps';
import { builtInCompiled, smallDataset, TEXT } from './testDataset';

const builtIn = builtInCompiled();
const copy = authoringFromCompiled(builtIn, 'Copy').dataset;
const builtInPositions = positionsOf(builtIn);
const SOURCE = copy.sources[0]?.record.id ?? '';

/** The best-connected entity of the built-in dataset. */
const hub = (() => {
  const graph = graphFromDataset(builtIn);
  return graph.nodes().reduce((best, key) => (graph.degree(key) > graph.degree(best) ? key : best));
})();

/** Adds a person joined to `to` by a relation quoting `start`…`end` of the source. */
function withPerson(ds: AuthoringDataset, name: string, to: string | null, start = 0, end = 4): { dataset: AuthoringDataset; id: string } {
  const e = addEntity(ds, { kind: 'person', name: { en: name, zh: name } });
  if (to === null) return e;
  const r = addRelation(e.dataset, { type: 'worked-at', source: e.id, target: to, status: 'fact', passage: { source: SOURCE, start, end } });
  return { dataset: r.dataset, id: e.id };
}

/** Every node's landscape (or portrait) node+label box, as the layout measures it. */
function boxes(dataset: CompiledDataset, portrait = false): Map<string, PlacedBox> {
  const graph = graphFromDataset(dataset);
  return new Map(
    graph.mapNodes((key, a) => [key, { ...nodeBox([a.label, a.labelZh], graph.degree(key)), x: portrait ? (a.px as number) : a.x, y: portrait ? (a.py as number) : a.y }] as const),
  );
}

function overlapsOf(key: string, all: Map<string, PlacedBox>): string[] {
  const box = all.get(key) as PlacedBox;
  return [...all].filter(([other, b]) => other !== key && overlap(box, b).x > 0 && overlap(box, b).y > 0).map(([other]) => other);
}

/** Brute force: the distance from `centre` to the nearest spot (4-unit grid, within 600) where `box` overlaps none of `others`. */
function nearestFreeSpot(box: PlacedBox, centre: PlacedBox, others: readonly PlacedBox[]): number {
  let best = Infinity;
  for (let dx = -600; dx <= 600; dx += 4) {
    for (let dy = -600; dy <= 600; dy += 4) {
      const d = Math.hypot(dx, dy);
      if (d >= best) continue;
      const at = { ...box, x: centre.x + dx, y: centre.y + dy };
      if (others.every((o) => overlap(at, o).x <= 0 || overlap(at, o).y <= 0)) best = d;
    }
  }
  return best;
}

const withoutPositions = (dataset: CompiledDataset) =>
  dataset.graph.nodes.map(({ key, attributes: { x: _x, y: _y, px: _px, py: _py, ...rest } }) => ({ key, attributes: rest }));

describe('compileForEditing', () => {
  it('without positions lays out like compileDataset: the same dataset, positions included', () => {
    const { dataset } = smallDataset();
    const compiled = compileForEditing(dataset);
    expect(compiled.skipped).toEqual([]);
    expect(compiled.dataset).toEqual(compileDataset(toDataInput(dataset)));
  });

  it('keeps every known position exactly: the built-in copy with its positions is the built-in graph', () => {
    const { dataset, skipped } = compileForEditing(copy, builtInPositions);
    expect(skipped).toEqual([]);
    expect(dataset.graph.nodes).toEqual(builtIn.graph.nodes);
    expect(dataset.graph.edges).toEqual(builtIn.graph.edges);
    expect(dataset.texts).toEqual(builtIn.texts);
  });

  it('places a new node near its neighbour, its box overlapping no other, in both orientations, old nodes unmoved', () => {
    const { dataset: ds, id } = withPerson(copy, 'Newcomer Person', hub);
    const { dataset, skipped } = compileForEditing(ds, builtInPositions);
    expect(skipped).toEqual([]);
    for (const [key, p] of builtInPositions) {
      const a = dataset.graph.nodes.find((n) => n.key === key)?.attributes;
      expect({ x: a?.x, y: a?.y, px: a?.px, py: a?.py }).toEqual(p);
    }
    for (const portrait of [false, true]) {
      const all = boxes(dataset, portrait);
      expect(overlapsOf(id, all)).toEqual([]);
      const [me, them] = [all.get(id) as PlacedBox, all.get(hub) as PlacedBox];
      // Near: within a ring of candidate spots (34 units apart) of the nearest free spot (the built-in graph is densely packed around its hub).
      const nearestFree = nearestFreeSpot(me, them, [...all].filter(([key]) => key !== id).map(([, b]) => b));
      expect(Math.hypot(me.x - them.x, me.y - them.y)).toBeLessThan(nearestFree + 60);
    }
  });

  it('places a new node whose only neighbour is new next to that neighbour', () => {
    const first = withPerson(copy, 'First Newcomer', hub);
    const second = withPerson(first.dataset, 'Second Newcomer', first.id, 5, 9);
    const { dataset } = compileForEditing(second.dataset, builtInPositions);
    const all = boxes(dataset);
    const [a, b] = [all.get(first.id) as PlacedBox, all.get(second.id) as PlacedBox];
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeLessThan(300);
    expect(overlapsOf(second.id, all)).toEqual([]);
    expect(overlapsOf(first.id, all)).toEqual([]);
  });

  it('puts a node without placed neighbours under the graph, overlapping nothing', () => {
    const lone = withPerson(copy, 'Lone Entity', null);
    const { dataset } = compileForEditing(lone.dataset, builtInPositions);
    for (const portrait of [false, true]) {
      const before = boxes(builtIn, portrait);
      const bottom = Math.max(...[...before.values()].map((b) => b.y + b.bottom));
      const all = boxes(dataset, portrait);
      const box = all.get(lone.id) as PlacedBox;
      expect(box.y - box.top).toBeGreaterThanOrEqual(bottom);
      expect(overlapsOf(lone.id, all)).toEqual([]);
    }
  });

  it('places many new nodes around one hub without any two boxes overlapping', () => {
    let ds = copy;
    const added: string[] = [];
    for (let i = 0; i < 25; i++) {
      const next = withPerson(ds, `Member Number ${i}`, hub, i, i + 3);
      ds = next.dataset;
      added.push(next.id);
    }
    const { dataset } = compileForEditing(ds, builtInPositions);
    const all = boxes(dataset);
    for (const id of added) expect(overlapsOf(id, all)).toEqual([]);
  });

  it('is deterministic: the same dataset and positions give the same bytes', () => {
    const { dataset: ds } = withPerson(withPerson(copy, 'Lone Entity', null).dataset, 'Newcomer Person', hub);
    expect(JSON.stringify(compileForEditing(ds, builtInPositions))).toBe(JSON.stringify(compileForEditing(ds, builtInPositions)));
  });

  it("equals compileDataset's graph apart from positions after edits", () => {
    const { dataset: small, bob } = smallDataset();
    const before = compileForEditing(small).dataset;
    const carol = addEntity(small, { kind: 'person', name: { en: 'Carol', zh: '卡羅' } });
    const start = TEXT.indexOf('Bob Corp denied');
    const { dataset: ds } = addRelation(carol.dataset, { type: 'worked-at', source: carol.id, target: bob, status: 'fact', passage: { source: small.sources[0]?.record.id ?? '', start, end: start + 15 } });
    const mine = compileForEditing(ds, positionsOf(before)).dataset;
    const reference = compileDataset(toDataInput(ds));
    expect(withoutPositions(mine)).toEqual(withoutPositions(reference));
    expect(mine.graph.edges).toEqual(reference.graph.edges);
    expect(mine.graph.attributes).toEqual(reference.graph.attributes);
    expect(mine.texts).toEqual(reference.texts);
  });

  it('leaves out, and names, relations that cannot be drawn, keeps unlocatable quotes unanchored, and never throws', () => {
    const { dataset: base, alice, bob, relation, source } = smallDataset();
    const good = base.relations[0] as RelationRecord;
    const broken: AuthoringDataset = {
      ...base,
      entities: [...base.entities, { ...(base.entities[0] as AuthoringDataset['entities'][number]) }],
      relations: [
        good,
        { ...good },
        { ...good, id: 'bad-type', type: 'sues' },
        { ...good, id: 'bad-target', target: 'nobody' },
        { ...good, id: 'loop', target: alice },
        { ...good, id: 'moved-quote', evidence: [{ source, quote: 'words that are not there' }] },
        { ...good, id: 'bad-claimant', status: 'claim', claimedBy: 'nobody' },
        { ...good, id: 'bad-date', date: '2024-02-30' },
      ],
    };
    const { dataset, skipped } = compileForEditing(broken);
    expect(skipped).toEqual([
      `entity '${alice}': duplicate id, left out`,
      `relation '${relation}': duplicate id, left out`,
      "relation 'bad-type': unknown relation type 'sues', left out",
      "relation 'bad-target': unknown entity 'nobody', left out",
      "relation 'loop': same source and target, left out",
      "relation 'moved-quote': quote 1 is not found in its source as written, shown unanchored",
      "relation 'bad-claimant': unknown claimant 'nobody', drawn without it",
      "relation 'bad-date': '2024-02-30' is not a real calendar date, drawn undated",
    ]);
    expect(compiledDataset.safeParse(dataset).success).toBe(true);
    expect(dataset.graph.nodes.map((n) => n.key)).toEqual([alice, bob]);
    expect(dataset.graph.edges.map((e) => e.key)).toEqual([relation, 'moved-quote', 'bad-claimant', 'bad-date']);
    const edge = (key: string) => dataset.graph.edges.find((e) => e.key === key)?.attributes;
    expect(edge('moved-quote')?.evidence).toEqual([{ source, exact: 'words that are not there', anchored: false }]);
    expect(edge('bad-claimant')?.claimedBy).toBeNull();
    expect(edge('bad-date')?.date).toBeNull();
  });

  it('compiles an empty dataset, and one whose entities are all new, without throwing', () => {
    const empty: AuthoringDataset = { ...copy, sources: [], entities: [], relations: [], stories: [] };
    expect(compileForEditing(empty).dataset.graph.nodes).toEqual([]);
    const one = addEntity(empty, { kind: 'person', name: { en: 'Only One', zh: '唯一' } });
    const first = compileForEditing(one.dataset);
    expect(first.dataset.graph.nodes.map((n) => n.key)).toEqual([one.id]);
    const two = addEntity(one.dataset, { kind: 'person', name: { en: 'Second One', zh: '第二' } });
    const next = compileForEditing(two.dataset, positionsOf(first.dataset));
    const all = boxes(next.dataset);
    expect(overlapsOf(two.id, all)).toEqual([]);
    expect(next.dataset.graph.nodes[0]?.attributes).toEqual(first.dataset.graph.nodes[0]?.attributes);
  });

  it('makes up no portrait positions when the known ones have none (drawn from x/y in both orientations)', () => {
    const landscapeOnly = new Map([...builtInPositions].map(([key, { x, y }]) => [key, { x, y }]));
    const { dataset: ds, id } = withPerson(copy, 'Newcomer Person', hub);
    const { dataset } = compileForEditing(ds, landscapeOnly);
    expect(dataset.graph.nodes.every((n) => n.attributes.px === undefined && n.attributes.py === undefined)).toBe(true);
    expect(overlapsOf(id, boxes(dataset))).toEqual([]);
  });
});
