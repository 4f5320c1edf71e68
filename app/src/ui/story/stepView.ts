// A story step's view as the app's view state (read exactly like a deep link), and the current view written as a step.
import type { StoryStep } from '../../model/story/types';
import type { DatasetIndex } from '../../state/datasetIndex';
import { serializeViewState } from '../../state/serializeViewState';
import type { Lang, ViewState } from '../../state/types';
import { viewStateFromLink } from '../../state/viewStateFromLink';

/** The step's view through the link parser and cleaner; the reader's language is kept (captions follow it). */
export function stepViewState(step: StoryStep, index: DatasetIndex, lang: Lang): ViewState {
  return { ...viewStateFromLink(step.view, index).state, lang };
}

/**
 * The current view in the link format for a step: no head keys (the serializer writes none), no language (a story
 * plays in the reader's language) and no search text (a half-typed query is not part of what the step shows).
 */
export function viewForStep(state: ViewState): string {
  return serializeViewState({ ...state, lang: 'en', search: '' });
}
