// Strings of the phone layout (menu, sheets), in English and Traditional Chinese.
import type { AreaTable } from './areaTable';

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

const zh: Record<keyof typeof en, string> = {
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

/** The phone table: one template per key in each language. */
export const phone = { en, zh } satisfies AreaTable;
