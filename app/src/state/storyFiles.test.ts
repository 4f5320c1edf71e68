// graph-data/stories/*.yaml through the data pipeline: compiled into the dataset, every problem an error with file:line like other data files.
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../model/data/compile';
import { formatValidationError } from '../model/data/errors';
import { fixture, lineOf } from '../model/data/fixtures/minimal';
import { validateData, type DataInput } from '../model/data/validate';
import { checkStoryView } from './storyViewCheck';

const STORY = `id: carol-and-bob
title:
  en: Carol against Bob Corp
  zh: 卡羅爾對鮑勃公司
steps:
  - view: v=1&s=e:carol
    caption:
      en: "[Carol](entity:carol) [sued](relation:rel-carol-sued-bob) Bob Corp."
      zh: "[卡羅爾](entity:carol)[起訴](relation:rel-carol-sued-bob)鮑勃公司。"
  - view: v=1&s=r:rel-carol-competes-bob&t=2015..2024
    caption:
      en: "She also [competes](relation:rel-carol-competes-bob) with it; see [step 1](step:1)."
      zh: "她也與它[競爭](relation:rel-carol-competes-bob)。"
`;
const PATH = 'graph-data/stories/carol-and-bob.yaml';

const withStories = (...stories: [path: string, text: string][]): DataInput => {
  const base = fixture();
  return { ...base, files: [...base.files, ...stories.map(([path, text]) => ({ path, text }))] };
};
const errorsOf = (input: DataInput): string[] => validateData(input, { checkStoryView }).errors.map(formatValidationError);

describe('stories in graph-data', () => {
  it('a valid story compiles into dataset.stories, in file order', () => {
    const dataset = compileDataset(withStories([PATH, STORY]), { checkStoryView });
    expect(dataset.stories?.map((s) => [s.id, s.steps.length])).toEqual([['carol-and-bob', 2]]);
    expect(dataset.stories?.[0]?.steps[1]?.view).toBe('v=1&s=r:rel-carol-competes-bob&t=2015..2024');
  });

  it('a dataset without stories compiles without the field (same bytes as before stories existed)', () => {
    expect('stories' in compileDataset(fixture(), { checkStoryView })).toBe(false);
  });

  it('a view naming an unknown entity is an error at the line of that view', () => {
    const broken = STORY.replace('v=1&s=e:carol', 'v=1&s=e:nobody');
    expect(errorsOf(withStories([PATH, broken]))).toEqual([`${PATH}:${lineOf(broken, 'view: v=1&s=e:nobody')} stories[carol-and-bob].steps[0].view: Ignored unknown entity 'nobody' in the view`]);
  });

  it('a view naming an unknown relation is an error too', () => {
    const broken = STORY.replace('s=r:rel-carol-competes-bob', 's=r:rel-nope');
    expect(errorsOf(withStories([PATH, broken]))).toEqual([`${PATH}:${lineOf(broken, 'view: v=1&s=r:rel-nope')} stories[carol-and-bob].steps[1].view: Ignored unknown relation 'rel-nope' in the view`]);
  });

  it('a caption citing an unknown relation or a missing step is an error at the caption line', () => {
    const broken = STORY.replace('[競爭](relation:rel-carol-competes-bob)', '[競爭](relation:rel-gone)').replace('(step:1)', '(step:7)');
    expect(errorsOf(withStories([PATH, broken]))).toEqual([
      `${PATH}:${lineOf(broken, '(step:7)')} stories[carol-and-bob].steps[1].caption.en: links to step 7, but the story has 2 step(s)`,
      `${PATH}:${lineOf(broken, 'relation:rel-gone')} stories[carol-and-bob].steps[1].caption.zh: cites relation "rel-gone", which is not in the dataset`,
    ]);
  });

  it('schema problems name the field and its line; a bad story does not hide the other data errors', () => {
    const broken = STORY.replace('  - view: v=1&s=e:carol\n', '  - view: v=1&s=e:carol\n    html: <b>x</b>\n').replace('id: carol-and-bob', 'id: Carol And Bob');
    const errors = errorsOf(withStories([PATH, broken]));
    expect(errors).toContain(`${PATH}:${lineOf(broken, 'id: Carol')} stories[Carol And Bob].id: expected a story id (a-z, 0-9, single hyphens)`);
    expect(errors).toContain(`${PATH}:${lineOf(broken, 'html:')} stories[Carol And Bob].steps[0].html: unknown field`);
  });

  it('a story file that is not a mapping, or not YAML, is an error naming the file', () => {
    expect(errorsOf(withStories([PATH, '- a\n- b\n']))).toEqual([`${PATH}:1: expected a story: a mapping with id, title and steps`]);
    expect(errorsOf(withStories([PATH, 'id: [unclosed\n']))[0]).toMatch(new RegExp(`^${PATH}:\\d+: YAML syntax error`));
  });

  it('the same story id in two files is an error in the second', () => {
    const second = 'graph-data/stories/copy.yaml';
    expect(errorsOf(withStories([PATH, STORY], [second, STORY]))).toEqual([`${second}:1 stories[carol-and-bob].id: duplicate story id "carol-and-bob" (also story 1)`]);
  });

  it('without the link reader (model alone) views are not checked, captions still are', () => {
    const broken = STORY.replace('v=1&s=e:carol', 'v=1&s=e:nobody').replace('entity:carol) [sued]', 'entity:nobody) [sued]');
    const errors = validateData(withStories([PATH, broken])).errors.map(formatValidationError);
    expect(errors).toEqual([`${PATH}:${lineOf(broken, 'en: "[Carol](entity:nobody)')} stories[carol-and-bob].steps[0].caption.en: cites entity "nobody", which is not in the dataset`]);
  });
});
