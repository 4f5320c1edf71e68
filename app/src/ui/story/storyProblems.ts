// What is wrong with a story draft, for the editor: the story model's schema and checks (views read like links), plus a clashing id.
import { storySchema } from '../../model/story/schema';
import type { Story } from '../../model/story/types';
import { checkStories, storyPathText } from '../../model/story/validate';
import type { DatasetIndex } from '../../state/datasetIndex';
import { checkStoryView } from '../../state/storyViewCheck';
import type { Lang } from '../../state/types';

/** Plain-text messages, each naming where (`steps[1].caption.en: …`); empty when the draft is fine. */
export function storyProblems(draft: Story, index: DatasetIndex, others: readonly Story[], lang: Lang): string[] {
  const parsed = storySchema.safeParse(draft);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${storyPathText(issue.path.filter((p) => typeof p !== 'symbol'))}: ${issue.message}`);
  const out = checkStories([draft], index, checkStoryView).map((p) => `${storyPathText(p.path)}: ${p.message[lang]}`);
  if (others.some((s) => s.id === draft.id)) out.unshift(`id: ${lang === 'zh' ? `已有另一個導覽使用 "${draft.id}"` : `another story is called "${draft.id}"`}`);
  return out;
}
