// UI strings of the phone layout (menu, sheets), in English and Traditional Chinese.
import type { Lang } from '../../state/types';

const en = {
  more: 'More',
  moreControls: 'More controls',
  expandSheet: 'Expand sheet',
  collapseSheet: 'Collapse sheet',
  closeArticle: 'Close article',
  backToEvidence: 'Back to evidence',
  backToDetails: 'Back to details',
  closeFilters: 'Close filters',
  closeAnalysis: 'Close analysis',
};

/** A key of the phone strings. */
export type PhoneKey = keyof typeof en;

const zh: Record<PhoneKey, string> = {
  more: '更多',
  moreControls: '更多控制項',
  expandSheet: '展開面板',
  collapseSheet: '收合面板',
  closeArticle: '關閉原文',
  backToEvidence: '返回證據',
  backToDetails: '返回詳細資料',
  closeFilters: '關閉篩選',
  closeAnalysis: '關閉分析',
};

/** The phone strings for each language (exported for the parity test). */
export const phoneStrings: Readonly<Record<Lang, Readonly<Record<PhoneKey, string>>>> = { en, zh };

/** The string `key` in `lang`. */
export function pt(key: PhoneKey, lang: Lang): string {
  return phoneStrings[lang][key];
}
