// A story written as YAML for graph-data/stories/<id>.yaml (every string double-quoted: JSON strings are valid YAML).
import type { Story } from '../../model/story/types';

const q = (s: string): string => JSON.stringify(s);

/** The story as a YAML document: id, title (en/zh), steps (view, caption en/zh). */
export function storyToYaml(story: Story): string {
  const lines = [
    `# Story "${story.title.en.replace(/[\r\n]/g, ' ')}": put this file in graph-data/stories/ and run npm run validate.`,
    `id: ${q(story.id)}`,
    'title:',
    `  en: ${q(story.title.en)}`,
    `  zh: ${q(story.title.zh)}`,
  ];
  if (story.steps.length === 0) lines.push('steps: []');
  else {
    lines.push('steps:');
    for (const step of story.steps) {
      lines.push(`  - view: ${q(step.view)}`, '    caption:', `      en: ${q(step.caption.en)}`, `      zh: ${q(step.caption.zh)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
