// Tests for splitting the dataset into the core drawn first and the details loaded after: nothing lost, no words in the core.
import { describe, expect, it } from 'vitest';
import { miniDataset } from '../testing/miniGraph';
import { joinDataset, splitDataset } from './splitDataset';

describe('splitDataset / joinDataset', () => {
  const dataset = miniDataset();

  it('joining the two parts gives the dataset back exactly', () => {
    const { core, details } = splitDataset(dataset);
    expect(joinDataset(core, details)).toEqual(dataset);
    expect(JSON.parse(JSON.stringify(joinDataset(JSON.parse(JSON.stringify(core)), JSON.parse(JSON.stringify(details)))))).toEqual(dataset);
  });

  it('leaves no words in the core, but keeps ids, positions, types and the number of evidence items of each relation', () => {
    const { core } = splitDataset(dataset);
    expect(Object.keys(core.texts)).toEqual([]);
    core.graph.nodes.forEach((n, i) => {
      const full = dataset.graph.nodes[i];
      expect(n.attributes).toMatchObject({ aliases: [], descriptionEn: '', descriptionZh: '', mentions: [], label: full?.attributes.label, x: full?.attributes.x });
    });
    core.graph.edges.forEach((e, i) => {
      const full = dataset.graph.edges[i];
      expect(e.attributes).toMatchObject({ summaryEn: '', summaryZh: '', type: full?.attributes.type, date: full?.attributes.date });
      expect(e.attributes.evidence.length).toBe(full?.attributes.evidence.length);
      for (const ev of e.attributes.evidence) expect(ev).toEqual({ source: '', exact: '', prefix: '', suffix: '', start: 0, end: 0 });
    });
    expect(JSON.stringify(core)).not.toContain(dataset.graph.edges[0]?.attributes.summaryEn);
  });

  it('puts the stories in the details (not needed for the first draw) and joins them back', () => {
    const story = { id: 'a-story', title: { en: 'A story', zh: '故事' }, steps: [{ view: 'v=1&s=e:openai', caption: { en: 'about [OpenAI](entity:openai)', zh: '關於 OpenAI' } }] };
    const withStory = { ...dataset, stories: [story] };
    const { core, details } = splitDataset(withStory);
    expect('stories' in core).toBe(false);
    expect(details.stories).toEqual([story]);
    expect(joinDataset(core, details)).toEqual(withStory);
    const none = splitDataset(dataset);
    expect('stories' in none.details || 'stories' in joinDataset(none.core, none.details)).toBe(false);
  });

  it('refuses details that belong to another dataset', () => {
    const { core, details } = splitDataset(dataset);
    expect(() => joinDataset(core, { ...details, edges: details.edges.slice(1) })).toThrow(/do not match/);
    const renamed = { ...details, nodes: details.nodes.map((n, i) => (i === 0 ? { ...n, key: 'someone-else' } : n)) };
    expect(() => joinDataset(core, renamed)).toThrow(/entity 0 is 'someone-else'/);
  });
});
