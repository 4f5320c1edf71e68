// The built-in story (graph-data/stories/open-vs-closed.yaml) validates against the built-in data, and every caption cites the article's relations.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatValidationError } from '../model/data/errors';
import { readDataFolder } from '../model/data/readDataFolder';
import { validateData } from '../model/data/validate';
import { captionRefs, parseCaption } from '../model/story/caption';
import { checkStoryView } from './storyViewCheck';
import { parseStoryPosition } from './storyLink';
import { parseViewState } from './parseViewState';

const result = validateData(readDataFolder(resolve(__dirname, '../../..')), { checkStoryView });
const story = result.dataset?.stories.find((s) => s.id === 'open-vs-closed');

describe('the built-in story "Two weeks of open vs closed"', () => {
  it('validates with the rest of graph-data (views read like links, cited ids exist)', () => {
    expect(result.errors.map(formatValidationError)).toEqual([]);
    expect(story?.title).toEqual({ en: 'Two weeks of open vs closed', zh: '開源與閉源的兩周' });
  });

  it('has about six steps, each reachable by a step link', () => {
    expect(story?.steps.length).toBeGreaterThanOrEqual(5);
    expect(story?.steps.length).toBeLessThanOrEqual(8);
    story?.steps.forEach((_s, i) => expect(parseStoryPosition(`open-vs-closed.${i + 1}`)).toEqual({ storyId: 'open-vs-closed', step: i + 1 }));
  });

  it('every caption, in both languages, cites at least one relation, and both languages cite the same relations', () => {
    for (const step of story?.steps ?? []) {
      const en = captionRefs(parseCaption(step.caption.en)).relations;
      const zh = captionRefs(parseCaption(step.caption.zh)).relations;
      expect(en.length, step.caption.en).toBeGreaterThan(0);
      expect([...zh].sort(), step.caption.zh).toEqual([...en].sort());
    }
  });

  it('every step shows something: a selection or a path, within a time range', () => {
    for (const step of story?.steps ?? []) {
      const { state, notices } = parseViewState(step.view);
      expect(notices).toEqual([]);
      expect(state.selection !== undefined || state.path !== undefined, step.view).toBe(true);
      expect(state.timeFrom, step.view).toBe('2024-03-01');
    }
  });

  it('the relation a step selects is one its caption cites', () => {
    for (const step of story?.steps ?? []) {
      const selection = parseViewState(step.view).state.selection;
      if (selection?.kind !== 'relation') continue;
      expect(captionRefs(parseCaption(step.caption.en)).relations, step.view).toContain(selection.id);
    }
  });
});
