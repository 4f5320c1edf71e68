// Which story step a link opens: `st=<story id>.<step from 1>`, a head key kept apart from the view keys (like `d=`).
import type { StoryPosition } from '../model/story/types';
import { stateString } from './linkPairs';
import { notice, type Notice } from './notices';

/** The link key of a story step. */
export const STORY_LINK_KEY = 'st';
/** Story ids: lower-case ASCII words joined by single hyphens, at most this long. */
export const MAX_STORY_ID = 64;
/** Highest step number a link can name. */
export const MAX_STORY_STEP = 999;

const STORY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const POSITION = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([1-9]\d{0,2})$/;

/** Whether `id` can be a story id (and so appear in a link). */
export function isStoryId(id: string): boolean {
  return id.length <= MAX_STORY_ID && STORY_ID.test(id);
}

/** Reads a `st=` value (`open-vs-closed.3`); null when it is not `<story id>.<step ≥ 1>`. */
export function parseStoryPosition(value: string): StoryPosition | null {
  if (value.length > MAX_STORY_ID + 4) return null;
  const m = POSITION.exec(value);
  if (!m || !isStoryId(m[1] as string)) return null;
  const step = Number(m[2]);
  return step <= MAX_STORY_STEP ? { storyId: m[1] as string, step } : null;
}

/** Writes a position as a `st=` value; throws on a position no link could hold (a bug in the caller). */
export function formatStoryPosition(position: StoryPosition): string {
  const value = `${position.storyId}.${position.step}`;
  if (!Number.isInteger(position.step) || parseStoryPosition(value) === null) throw new Error(`not a story position: ${JSON.stringify(position)}`);
  return value;
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Splits a link (fragment, `?query` or full URL) into its story position and the rest. A bad `st=` value is dropped
 * with an `invalid-value` notice, a second `st=` with `duplicate-key`; `rest` keeps every other key in order.
 * Whether the story and step exist is for the caller (`storyPositionIn`). Never throws.
 */
export function readStoryKey(link: string): { position: StoryPosition | null; notices: Notice[]; rest: string } {
  let position: StoryPosition | null = null;
  let seen = false;
  const notices: Notice[] = [];
  const rest: string[] = [];
  for (const part of stateString(link).split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq >= 0 ? part.slice(0, eq) : part;
    if (key !== STORY_LINK_KEY) {
      rest.push(part);
      continue;
    }
    const raw = eq >= 0 ? part.slice(eq + 1) : '';
    if (seen) {
      notices.push(notice(key, raw, 'duplicate-key'));
      continue;
    }
    seen = true;
    const value = decode(raw);
    position = value === null ? null : parseStoryPosition(value);
    if (position === null) notices.push(notice(key, value ?? raw, value === null ? 'bad-encoding' : 'invalid-value'));
  }
  return { position, notices, rest: rest.join('&') };
}

/** The story key as the head of a fragment (`st=<id>.<n>&`), empty for none. Goes after the dataset keys. */
export function storyKeyPrefix(position: StoryPosition | null): string {
  return position === null ? '' : `${STORY_LINK_KEY}=${formatStoryPosition(position)}&`;
}

/**
 * Checks a position against the stories a dataset has: the story must exist; a step past its end opens the last
 * step with a `clamped` notice. Returns null (with an `invalid-value` notice naming the id) for an unknown story.
 */
export function storyPositionIn(
  position: StoryPosition,
  stories: readonly { id: string; steps: readonly unknown[] }[],
): { position: StoryPosition | null; notices: Notice[] } {
  const story = stories.find((s) => s.id === position.storyId);
  if (story === undefined || story.steps.length === 0) return { position: null, notices: [notice(STORY_LINK_KEY, formatStoryPosition(position), 'invalid-value')] };
  if (position.step <= story.steps.length) return { position, notices: [] };
  return { position: { storyId: story.id, step: story.steps.length }, notices: [notice(STORY_LINK_KEY, String(position.step), 'clamped')] };
}
