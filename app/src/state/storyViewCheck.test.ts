// Story validation on a small dataset: the schema's shape rules, and the meaning rules (ids, steps, captions, views read like links).
import { describe, expect, it } from 'vitest';
import { compiledDataset } from '../model/schema';
import { checkStories, storiesSchema, storyPathText, storyTargetFromDataset, type StoryProblem } from '../model/story/validate';
import type { Story } from '../model/story/types';
import { miniDataset } from '../model/testing/miniGraph';
import { datasetIndexFromGraph } from './datasetIndex';
import { graphFromDataset } from '../model/graph';
import { checkDatasetStories, checkStoryView } from './storyViewCheck';

const step = (view: string, en = 'A [sued](relation:musk-sued-openai).', zh = '[起訴](relation:musk-sued-openai)。') => ({ view, caption: { en, zh } });
const story = (id: string, steps: Story['steps']): Story => ({ id, title: { en: 'T', zh: '標題' }, steps });
const GOOD: Story = story('good', [
  step('v=1&s=r:musk-sued-openai:1&t=2024-03..2024-03'),
  step('v=1&s=e:vinod-khosla&f=1', '[Khosla](entity:vinod-khosla) [criticized](relation:khosla-criticized-musk) it; back to [step 1](step:1).', '[科斯拉](entity:vinod-khosla)[批評](relation:khosla-criticized-musk)。'),
  step('v=1&p=elon-musk,grok-1&hf=claim'),
]);

const where = (problems: StoryProblem[]): string[] => problems.map((p) => `${p.storyId} ${storyPathText(p.path)}: ${p.message.en}`);
const check = (stories: Story[]): string[] => where(checkDatasetStories(miniDataset(), stories));

describe('checkStories', () => {
  it('a well-made story has no problems', () => {
    expect(check([GOOD])).toEqual([]);
  });

  it('the dataset index and the model target agree, so either can be checked against', () => {
    const dataset = miniDataset();
    const fromModel = storyTargetFromDataset(dataset);
    const fromGraph = datasetIndexFromGraph(graphFromDataset(dataset));
    expect(fromModel).toEqual(fromGraph);
    expect(where(checkStories([GOOD], fromGraph, checkStoryView))).toEqual([]);
  });

  it('unknown entity and relation ids in a view are errors, at the step', () => {
    expect(check([story('s', [step('v=1&s=e:nobody')])])).toEqual([`s steps[0].view: Ignored unknown entity 'nobody' in the view`]);
    expect(check([story('s', [step('v=1&s=r:no-such-relation')])])).toEqual([`s steps[0].view: Ignored unknown relation 'no-such-relation' in the view`]);
    expect(check([story('s', [step('v=1'), step('v=1&p=elon-musk,nobody')])])[0]).toMatch(/^s steps\[1\]\.view: Ignored the path/);
    expect(check([story('s', [step('v=1&cb=nobody')])])).toHaveLength(1);
  });

  it('bad values, unknown keys and head keys in a view are errors too', () => {
    expect(check([story('s', [step('v=1&f=x')])])).toEqual([`s steps[0].view: Ignored invalid value 'x' for 'f' in the view`]);
    expect(check([story('s', [step('v=1&st=s.1')])])).toEqual([`s steps[0].view: Ignored unknown part 'st' in the view`]);
    expect(check([story('s', [step('v=1&src=x.json')])])[0]).toMatch(/'src'/);
    expect(check([story('s', [step('v=9')])])[0]).toMatch(/newer version/);
  });

  it('a view without v= is read as a link of version 0, like any old link', () => {
    expect(check([story('s', [step('s=e:openai')])])).toEqual([]);
  });

  it('captions citing unknown ids or missing steps are errors, in the language they are in', () => {
    const s = story('s', [step('v=1', '[x](entity:nobody) [y](relation:nothing) [z](step:2)', '[好](relation:musk-sued-openai) [步](step:3)')]);
    expect(check([s])).toEqual([
      `s steps[0].caption.en: cites entity "nobody", which is not in the dataset`,
      `s steps[0].caption.en: cites relation "nothing", which is not in the dataset`,
      's steps[0].caption.en: links to step 2, but the story has 1 step(s)',
      's steps[0].caption.zh: links to step 3, but the story has 1 step(s)',
    ]);
  });

  it('a link that is not one of the allowed forms cites nothing (it stays text), so it is not an id error', () => {
    expect(check([story('s', [step('v=1', '[x](javascript:alert(1)) and [y](relation:musk-sued-openai)')])])).toEqual([]);
  });

  it('repeated ids, empty steps, blank titles and blank captions are errors', () => {
    const blank: Story = { id: 'b', title: { en: ' ', zh: '' }, steps: [step('v=1', '', '  ')] };
    expect(check([GOOD, GOOD, story('empty', []), blank])).toEqual([
      'good id: duplicate story id "good" (also story 1)',
      'empty steps: a story needs at least one step',
      'b title.en: the title is empty',
      'b title.zh: the title is empty',
      'b steps[0].caption.en: the caption is empty (both languages are required)',
      'b steps[0].caption.zh: the caption is empty (both languages are required)',
    ]);
  });

  it('gives every message in Chinese too', () => {
    const [p] = checkDatasetStories(miniDataset(), [story('s', [step('v=1&s=e:nobody')])]);
    expect(p?.message.zh).toContain('nobody');
    expect(p?.message.zh).not.toBe(p?.message.en);
  });

  it("checks a dataset's own stories by default", () => {
    const dataset = { ...miniDataset(), stories: [story('s', [step('v=1&s=e:nobody')])] };
    expect(checkDatasetStories(dataset)).toHaveLength(1);
    expect(checkDatasetStories(miniDataset())).toEqual([]);
  });
});

describe('storiesSchema (shape)', () => {
  it('accepts a draft (no steps, empty caption) so stored edits still load; the meaning check reports them', () => {
    expect(storiesSchema.safeParse([story('draft', []), story('d2', [step('v=1', '', '')])]).success).toBe(true);
  });

  it('refuses bad ids, unknown fields, missing languages and over-long text', () => {
    const bad: unknown[] = [
      [{ ...GOOD, id: 'Bad Id' }],
      [{ ...GOOD, id: '../x' }],
      [{ ...GOOD, id: 'a'.repeat(65) }],
      [{ ...GOOD, extra: 1 }],
      [{ ...GOOD, title: { en: 'only English' } }],
      [{ ...GOOD, steps: [{ view: 'v=1', caption: { en: 'x', zh: 'y' }, html: '<b>' }] }],
      [{ ...GOOD, steps: [{ view: 'v=1', caption: { en: 'x'.repeat(4001), zh: 'y' } }] }],
      [{ ...GOOD, steps: [{ view: 1, caption: { en: 'x', zh: 'y' } }] }],
    ];
    for (const b of bad) expect(storiesSchema.safeParse(b).success).toBe(false);
  });

  it('a compiled dataset may carry stories, and is still valid without them', () => {
    expect(compiledDataset.safeParse({ ...miniDataset(), stories: [GOOD] }).success).toBe(true);
    expect(compiledDataset.safeParse(miniDataset()).success).toBe(true);
    expect(compiledDataset.safeParse({ ...miniDataset(), stories: [{ id: 'X' }] }).success).toBe(false);
  });
});
