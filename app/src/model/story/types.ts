// Stories (guided tours): the shared contract between the story model (validation, YAML, bundle, links) and the story UI.
import type { Lang } from '../queries';

/** Text in both interface languages. */
export type Bilingual = Record<Lang, string>;

/** One step of a story: a saved view plus a caption. */
export interface StoryStep {
  /**
   * The view, written in the deep-link format (the fragment after `#`, without `d=`/`dn=`/`src=`/`st=`),
   * e.g. `s=r:musk-sues-openai.0&t=2024-02..2024-03`. Parsed with the same code as a link, so every
   * view state a link can hold (selection, filters, time, path, camera, layout…) can be a step.
   */
  view: string;
  /** Plain text with a tiny safe markup subset (see CaptionNode), one per language. */
  caption: Bilingual;
}

export interface Story {
  /** Stable id: lowercase letters, digits and hyphens; used in links as `st=<id>.<step number from 1>`. */
  id: string;
  title: Bilingual;
  steps: StoryStep[];
}

/**
 * A parsed caption: the only markup a caption may hold. Rendered as React text nodes, never parsed as HTML.
 * Source syntax: `**bold**`, `*italic*`, `[words](step:3)`, `[words](entity:<entity id>)`,
 * `[words](relation:<relation id>)` (a cited relation: opens its evidence), `[words](https://…)` (an
 * external link, http/https only, opened with rel="noopener noreferrer"). Anything else stays literal text.
 */
export type CaptionNode =
  | { type: 'text'; text: string }
  | { type: 'bold'; children: CaptionNode[] }
  | { type: 'italic'; children: CaptionNode[] }
  | { type: 'step'; step: number; children: CaptionNode[] }
  | { type: 'entity'; id: string; children: CaptionNode[] }
  | { type: 'relation'; id: string; children: CaptionNode[] }
  | { type: 'link'; href: string; children: CaptionNode[] };

/** Where a story step sits, for links: `st=<storyId>.<step>` with step counted from 1. */
export interface StoryPosition {
  storyId: string;
  /** 1-based step number. */
  step: number;
}
