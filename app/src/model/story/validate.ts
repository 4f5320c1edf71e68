// Story validation: the zod schema (schema.ts) plus what a story means against a dataset: ids, steps, captions, cited ids, step views.
import type { CompiledDataset } from '../schema';
import { captionRefs, parseCaption } from './caption';
import type { Story } from './types';

export { STORY_ID, STORY_LIMITS, storiesSchema, storySchema, storyStepSchema } from './schema';

/**
 * What a story is checked against: the same facts a link is cleaned against (state/datasetIndex.ts `DatasetIndex` has
 * this shape, so one can be passed for the other).
 */
export interface StoryTarget {
  entities: ReadonlySet<string>;
  /** Relation id → number of evidence items. */
  relations: ReadonlyMap<string, number>;
  relationTypes: ReadonlySet<string>;
  kinds?: ReadonlySet<string>;
  pairs?: ReadonlySet<string>;
  textLength: number;
}

/** A problem message in both interface languages. */
export interface StoryMessage {
  en: string;
  zh: string;
}

/**
 * Reads a step's view exactly as a link is read and returns what it had to ignore or adjust (empty = the view is
 * exactly valid). The model cannot import the link code (state/ sits above model/), so callers pass
 * `checkStoryView` from app/src/state/storyViewCheck.ts.
 */
export type StoryViewCheck = (view: string, target: StoryTarget) => StoryMessage[];

/** One problem in a story: which story, where inside it (`['steps', 2, 'view']`), and what. */
export interface StoryProblem {
  /** Index of the story in the list checked. */
  story: number;
  storyId: string;
  path: (string | number)[];
  message: StoryMessage;
}

/** The facts of a compiled dataset a story is checked against (a `StoryTarget`). */
export function storyTargetFromDataset(dataset: CompiledDataset): StoryTarget {
  const relations = new Map<string, number>();
  const pairs = new Set<string>();
  for (const e of dataset.graph.edges) {
    relations.set(e.key, e.attributes.evidence.length);
    pairs.add(e.source < e.target ? `${e.source}~${e.target}` : `${e.target}~${e.source}`);
  }
  const { vocabulary, sources } = dataset.graph.attributes;
  return {
    entities: new Set(dataset.graph.nodes.map((n) => n.key)),
    relations,
    relationTypes: new Set(vocabulary.relationTypes.map((t) => t.id)),
    kinds: new Set(vocabulary.kinds.map((k) => k.id)),
    pairs,
    textLength: sources.reduce((max, s) => Math.max(max, s.length ?? 0), 0),
  };
}

const q = (s: string): string => JSON.stringify(s);

/**
 * Checks stories (already valid by `storiesSchema`) against a dataset. Errors: repeated story ids; blank titles or
 * captions (both languages are required); a story without steps; a step view the link reader has to correct
 * (`checkView`: an unknown entity or relation id, an invalid value, an unknown key…); a caption citing an entity or
 * relation the dataset lacks, or linking to a step the story does not have.
 */
export function checkStories(stories: readonly Story[], target: StoryTarget, checkView: StoryViewCheck): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const firstIndex = new Map<string, number>();
  stories.forEach((story, index) => {
    const problem = (path: (string | number)[], en: string, zh: string): void => void problems.push({ story: index, storyId: story.id, path, message: { en, zh } });
    const first = firstIndex.get(story.id);
    if (first !== undefined) problem(['id'], `duplicate story id ${q(story.id)} (also story ${first + 1})`, `故事 ID ${q(story.id)} 重複（與第 ${first + 1} 個故事相同）`);
    else firstIndex.set(story.id, index);
    for (const lang of ['en', 'zh'] as const) {
      if (story.title[lang].trim() === '') problem(['title', lang], 'the title is empty', '標題是空的');
    }
    if (story.steps.length === 0) problem(['steps'], 'a story needs at least one step', '故事至少要有一個步驟');
    story.steps.forEach((step, s) => {
      for (const message of checkView(step.view, target)) problem(['steps', s, 'view'], message.en, message.zh);
      for (const lang of ['en', 'zh'] as const) {
        const path = ['steps', s, 'caption', lang];
        const caption = step.caption[lang];
        if (caption.trim() === '') {
          problem(path, 'the caption is empty (both languages are required)', '說明文字是空的（兩種語言都要填寫）');
          continue;
        }
        const refs = captionRefs(parseCaption(caption));
        for (const id of refs.entities) if (!target.entities.has(id)) problem(path, `cites entity ${q(id)}, which is not in the dataset`, `引用的實體 ${q(id)} 不在資料集中`);
        for (const id of refs.relations) if (!target.relations.has(id)) problem(path, `cites relation ${q(id)}, which is not in the dataset`, `引用的關係 ${q(id)} 不在資料集中`);
        for (const n of refs.steps) {
          if (n > story.steps.length) problem(path, `links to step ${n}, but the story has ${story.steps.length} step(s)`, `連到第 ${n} 步，但故事只有 ${story.steps.length} 步`);
        }
      }
    });
  });
  return problems;
}

/** `steps[2].caption.en` for a problem path. */
export function storyPathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}
