// A story step's view read with the link reader itself: every notice it gives (unknown ids, bad values, unknown keys) is a story error.
import { checkStories, storyTargetFromDataset, type StoryProblem, type StoryViewCheck } from '../model/story/validate';
import type { Story } from '../model/story/types';
import type { CompiledDataset } from '../model/schema';
import { noticeMessage } from './notices';
import { viewStateFromLink } from './viewStateFromLink';

/**
 * The `StoryViewCheck` the model's `checkStories` takes: parse + clean the view exactly like a link
 * (`viewStateFromLink`); each notice becomes a message. An unknown entity or relation id, a path whose ends are
 * not entities, an evidence index past the end, an unknown or head key (`d=`, `st=`) are all reported.
 */
export const checkStoryView: StoryViewCheck = (view, target) =>
  viewStateFromLink(view, target).notices.map((n) => ({ en: noticeMessage(n, 'en').replace(/ in the link\b/, ' in the view'), zh: noticeMessage(n, 'zh') }));

/** Checks a dataset's stories (or `stories`, e.g. an author's edits) against that dataset, views included. */
export function checkDatasetStories(dataset: CompiledDataset, stories: readonly Story[] = dataset.stories ?? []): StoryProblem[] {
  return checkStories(stories, storyTargetFromDataset(dataset), checkStoryView);
}
