// The downloaded story YAML reads back (with the yaml package the data pipeline uses) as the same story.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Story } from '../../model/story/types';
import { storyToYaml } from './storyYaml';

const hostile: Story = {
  id: 'two-weeks',
  title: { en: 'Two weeks: "open" vs closed', zh: '兩週:開放與封閉 #1' },
  steps: [
    { view: 'v=1&s=r:a-musk-sued-openai&t=2024-02..2024-03', caption: { en: '**Musk** sues: [the suit](relation:a-musk-sued-openai)\nline two: - [ ] {x}', zh: '馬斯克*起訴*' } },
    { view: 'v=1', caption: { en: "it's # not a comment: &anchor *alias !tag %dir @at `tick`", zh: '' } },
  ],
};

describe('storyToYaml', () => {
  it('round-trips titles, views and captions with YAML-special characters, quotes and newlines', () => {
    expect(parse(storyToYaml(hostile))).toEqual(hostile);
  });
  it('writes a story without steps as an empty list', () => {
    const empty: Story = { id: 's', title: { en: 'a', zh: 'b' }, steps: [] };
    expect(parse(storyToYaml(empty))).toEqual(empty);
  });
});
