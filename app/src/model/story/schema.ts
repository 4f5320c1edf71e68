// Stories as zod schemas: the shape a story must have wherever it comes from (YAML, bundle, stored edits); meaning is checked in validate.ts.
import { z } from '../z';
import type { Story } from './types';

/** Story ids: lower-case ASCII words joined by single hyphens (they appear in links as `st=<id>.<n>`). */
export const STORY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const STORY_LIMITS = {
  id: 64,
  title: 200,
  /** As many steps as a `st=` link can name. */
  steps: 999,
  /** A step's view is a link: the link parser's own limit. */
  view: 8000,
  caption: 4000,
} as const;

const text = (max: number) => z.string().max(max, `at most ${max} characters`);
const bilingualText = (max: number) => z.object({ en: text(max), zh: text(max) }).strict();

/**
 * One step. Lenient on purpose where an author's draft may be unfinished (an empty caption): the semantic check
 * (`checkStories`) reports those, so a stored draft still loads.
 */
export const storyStepSchema = z
  .object({
    view: text(STORY_LIMITS.view),
    caption: bilingualText(STORY_LIMITS.caption),
  })
  .strict();

export const storySchema = z
  .object({
    id: z.string().max(STORY_LIMITS.id, `at most ${STORY_LIMITS.id} characters`).regex(STORY_ID, 'expected a story id (a-z, 0-9, single hyphens)'),
    title: bilingualText(STORY_LIMITS.title),
    steps: z.array(storyStepSchema).max(STORY_LIMITS.steps, `at most ${STORY_LIMITS.steps} steps`),
  })
  .strict();

export const storiesSchema = z.array(storySchema);

// The schema and the shared contract (types.ts) must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _sameShape: Same<z.infer<typeof storySchema>, Story> = true;
void _sameShape;
