// The re-layout worker's handler: the regular layout's positions for the graph sent, the request id echoed, errors answered not thrown.
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../model/data/compile';
import { compileForEditing, positionsOf } from '../model/edit/compileForEditing';
import { toDataInput } from '../model/edit/dataFiles';
import { smallDataset } from '../model/edit/testDataset';
import { handleRelayout } from './relayoutHandler';

describe('handleRelayout', () => {
  it('answers the positions npm run data gives the same graph, even for a graph drawn with other positions', () => {
    const { dataset } = smallDataset();
    const moved = new Map([...positionsOf(compileForEditing(dataset).dataset)].map(([key, p], i) => [key, { x: p.x + 100 * i, y: -p.y, px: 0, py: i * 50 }]));
    const drawn = compileForEditing(dataset, moved).dataset;
    expect(positionsOf(drawn)).toEqual(moved);
    const answer = handleRelayout({ type: 'relayout', id: 7, graph: drawn.graph });
    expect(answer.type).toBe('result');
    if (answer.type !== 'result') return;
    expect(answer.id).toBe(7);
    expect(new Map(answer.positions)).toEqual(positionsOf(compileDataset(toDataInput(dataset))));
  });

  it('answers an error with the request id instead of throwing when the graph cannot be read', () => {
    const { dataset } = smallDataset();
    const graph = compileForEditing(dataset).dataset.graph;
    const broken = { ...graph, edges: graph.edges.map((e) => ({ ...e, target: 'nobody' })) };
    const answer = handleRelayout({ type: 'relayout', id: 3, graph: broken });
    expect(answer).toMatchObject({ type: 'error', id: 3 });
  });
});
