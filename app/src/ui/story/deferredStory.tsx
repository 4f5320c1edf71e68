// The story UI's entry points for the explorer, loaded on first use (their code stays out of the first bundle).
import type { ComponentProps } from 'react';
import { deferred } from '../deferred';
import type { StoryHost } from './storyHost';
import type { StoryMenu as StoryMenuComponent } from './StoryMenu';

/** The toolbar's Stories menu. */
export const StoryMenu = deferred<ComponentProps<typeof StoryMenuComponent>>(() => import('./StoryMenu').then((m) => m.StoryMenu));
/** Story mode over the graph: the step card, arrow keys, or the story editor. */
export const StoryLayer = deferred<{ host: StoryHost }>(() => import('./StoryLayer').then((m) => m.StoryLayer));
