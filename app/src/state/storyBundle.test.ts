// Stories in dataset bundles: written by toBundle, read back by fromBundle; a story naming unknown ids is left out and reported, the data still opens.
import { describe, expect, it } from 'vitest';
import { datasetContentId } from '../model/bundle/contentId';
import { fromBundle, parseBundle } from '../model/bundle/fromBundle';
import { serializeBundle, toBundle } from '../model/bundle/toBundle';
import { emptyReport } from '../model/import/report';
import type { Story } from '../model/story/types';
import { miniDataset } from '../model/testing/miniGraph';
import { checkStoryView } from './storyViewCheck';

const story = (id: string, view: string, en = '[Musk sued](relation:musk-sued-openai)'): Story => ({
  id,
  title: { en: `Story ${id}`, zh: `故事 ${id}` },
  steps: [{ view, caption: { en, zh: '[起訴](relation:musk-sued-openai)' } }],
});
const GOOD = story('good', 'v=1&s=r:musk-sued-openai&t=2024-03..2024-03');

async function reopen(stories: Story[], withViews = true) {
  const text = serializeBundle(toBundle({ ...miniDataset(), stories }));
  const report = emptyReport();
  const dataset = await fromBundle(parseBundle('b.json', text), report, withViews ? { file: 'b.json', checkStoryView } : { file: 'b.json' });
  return { dataset, report, text };
}

describe('stories in bundles', () => {
  it('toBundle writes the stories, fromBundle reads them back unchanged and without issues', async () => {
    const { dataset, report, text } = await reopen([GOOD]);
    expect(JSON.parse(text).stories).toEqual([GOOD]);
    expect(dataset.stories).toEqual([GOOD]);
    expect(report.issues).toEqual([]);
  });

  it('a dataset without stories writes an empty list and reads back without the field', async () => {
    expect(toBundle(miniDataset()).stories).toEqual([]);
    const { dataset } = await reopen([]);
    expect('stories' in dataset).toBe(false);
  });

  it('a story whose view names an unknown entity is left out with a warning naming it and the field; the others and the data stay', async () => {
    const { dataset, report } = await reopen([story('bad', 'v=1&s=e:nobody'), GOOD]);
    expect(dataset.stories?.map((s) => s.id)).toEqual(['good']);
    expect(dataset.graph.nodes.length).toBe(miniDataset().graph.nodes.length);
    expect(report.issues).toEqual([
      {
        severity: 'warning',
        code: 'invalid-story',
        where: { file: 'b.json', column: 'stories[0].steps[0].view', element: 'bad' },
        message: { en: `story "bad" left out: Ignored unknown entity 'nobody' in the view`, zh: expect.stringContaining('nobody') },
      },
    ]);
  });

  it('a caption citing an unknown relation, and a repeated story id, leave those stories out', async () => {
    const { dataset, report } = await reopen([GOOD, story('cites', 'v=1', '[x](relation:no-such)'), GOOD]);
    expect(dataset.stories?.map((s) => s.id)).toEqual(['good']);
    expect(report.issues.map((i) => i.where.column)).toEqual(['stories[1].steps[0].caption.en', 'stories[2].id']);
  });

  it('without the link reader, views are not checked but captions are', async () => {
    const { dataset } = await reopen([story('bad-view', 'v=1&s=e:nobody'), story('bad-caption', 'v=1', '[x](entity:nobody)')], false);
    expect(dataset.stories?.map((s) => s.id)).toEqual(['bad-view']);
  });

  it('the content id does not change with the stories, so d= links survive adding or editing one', async () => {
    const plain = await datasetContentId(miniDataset());
    expect(await datasetContentId({ ...miniDataset(), stories: [GOOD] })).toBe(plain);
    expect(await datasetContentId({ ...miniDataset(), graph: { ...miniDataset().graph, nodes: miniDataset().graph.nodes.slice(1) } })).not.toBe(plain);
  });
});
