// Loads graph-data/stories/*.yaml (one story per file: id, title, steps) schema-checked, and turns story problems into file:line errors.
import { storySchema } from '../story/schema';
import type { StoryProblem } from '../story/validate';
import type { Story } from '../story/types';
import { fieldPath, type ValidationError } from './errors';
import { parseYamlFile, type DataFile } from './yamlFile';

/** A story file: `stories/<name>.yaml` (any folder depth above `stories/`). */
export function isStoryFile(path: string): boolean {
  const parts = path.split('/');
  return parts[parts.length - 2] === 'stories' && /\.ya?ml$/.test(parts[parts.length - 1] ?? '');
}

/** A story that passed its schema, plus how to name a line inside its file. */
export interface LocatedStory {
  value: Story;
  file: string;
  /** Builds an error about `field` of the story (`['steps', 2, 'view']`), with that field's line. */
  error(field: readonly (string | number)[], message: string): ValidationError;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Parses and schema-checks each story file; errors are `file:line stories[<id>].field: problem`. */
export function loadStoryFiles(files: readonly DataFile[]): { stories: LocatedStory[]; errors: ValidationError[] } {
  const stories: LocatedStory[] = [];
  const errors: ValidationError[] = [];
  for (const file of files) {
    const { parsed, errors: syntax } = parseYamlFile(file);
    if (syntax.length > 0) {
      errors.push(...syntax);
      continue;
    }
    const value = parsed.value;
    const rawId = isPlainObject(value) && typeof value.id === 'string' && value.id !== '' ? value.id : null;
    const recordId = rawId ?? `#${stories.length}`;
    const error = (field: readonly (string | number)[], message: string): ValidationError => ({
      file: file.path,
      line: parsed.lineOf(field),
      collection: 'stories',
      recordId,
      field: fieldPath(field),
      message,
    });
    if (!isPlainObject(value)) {
      errors.push({ file: file.path, line: parsed.lineOf([]), collection: null, recordId: null, field: null, message: 'expected a story: a mapping with id, title and steps' });
      continue;
    }
    const result = storySchema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') for (const key of issue.keys) errors.push(error([...path, key], 'unknown field'));
        else errors.push(error(path, issue.message));
      }
      continue;
    }
    stories.push({ value: result.data, file: file.path, error });
  }
  return { stories, errors };
}

/** A story problem (from `checkStories`, indexes into `stories`) as a located validation error. */
export function storyProblemError(stories: readonly LocatedStory[], problem: StoryProblem): ValidationError {
  const story = stories[problem.story];
  if (story === undefined) return { file: 'graph-data/stories/', line: null, collection: 'stories', recordId: problem.storyId, field: fieldPath(problem.path), message: problem.message.en };
  return story.error(problem.path, problem.message.en);
}
