// UI strings of the evidence panels, in English and Traditional Chinese. `{x}` marks a placeholder.
import type { Lang } from '../../state/types';
import type { Stance, Status } from '../../model/schema';

export interface PanelStrings {
  detailsHeading: string;
  kind: string;
  aliases: string;
  relations: string;
  noRelations: string;
  unknownEntity: string;
  unknownRelation: string;
  outgoing: string;
  incoming: string;
  undirected: string;
  claimBy: string;
  fact: string;
  undated: string;
  openEvidence: string;
  evidenceHeading: string;
  type: string;
  fromTo: string;
  stance: string;
  stances: Record<Stance, string>;
  date: string;
  status: string;
  statuses: Record<Status, string>;
  quote: string;
  evidenceItem: string;
  sourceRef: string;
  unknownSource: string;
  quoteMismatch: string;
  showInArticle: string;
  copyLink: string;
  siblings: string;
  readerHeading: string;
  readerHint: string;
  /** The reader's keys, read by screen readers with the hint (aria-describedby of the text). */
  readerKeys: string;
  relationCount: string;
  entitiesCaption: string;
  relationsCaption: string;
  colName: string;
  colOtherName: string;
  colKind: string;
  colDegree: string;
  colRelation: string;
  colFrom: string;
  colType: string;
  colTo: string;
  colDate: string;
  colStatus: string;
  colQuote: string;
  sortBy: string;
  emptyTable: string;
  legendHeading: string;
  legendKinds: string;
  legendCategories: string;
  legendLines: string;
  legendFact: string;
  legendClaim: string;
  claimsMade: string;
  claimsMadeHint: string;
  showClaimsBy: string;
  claimsBy: string;
  claimsByAll: string;
}

/** All panel strings; pick with `panelStrings[lang]`. */
export const panelStrings: Record<Lang, PanelStrings> = {
  en: {
    detailsHeading: 'Details',
    kind: 'Kind',
    aliases: 'Also called',
    relations: 'Relations',
    noRelations: 'No relations.',
    unknownEntity: 'Unknown entity “{id}”.',
    unknownRelation: 'Unknown relation “{id}”.',
    outgoing: 'to',
    incoming: 'from',
    undirected: 'with',
    claimBy: 'claim by {name}',
    fact: 'fact',
    undated: 'undated',
    openEvidence: 'Evidence',
    evidenceHeading: 'Evidence',
    type: 'Type',
    fromTo: 'Between',
    stance: 'Stance',
    stances: { supports: 'supports', opposes: 'opposes', neutral: 'neutral' },
    date: 'Date',
    status: 'Reported as',
    statuses: { fact: 'fact', claim: 'claim' },
    quote: 'Quote',
    evidenceItem: 'Evidence {n} of {total}',
    sourceRef: '{title}, published {date}, characters {start}–{end}',
    unknownSource: 'unknown source “{id}”',
    quoteMismatch: 'The stored position does not match this quote in the source text; the quote is shown alone.',
    showInArticle: 'Show in article',
    copyLink: 'Copy link to this relation',
    siblings: 'Other relations between these two',
    readerHeading: 'Article',
    readerHint: 'Highlighted passages are evidence: select one to show its relations. Underlined names select the entity.',
    readerKeys: 'The text is one Tab stop: arrow keys move between highlighted passages and names, Home and End go to the first and last, Enter or Space selects.',
    relationCount: '{n} relations',
    entitiesCaption: 'Entities shown ({n})',
    relationsCaption: 'Relations shown ({n})',
    colName: 'Name',
    colOtherName: 'Chinese name',
    colKind: 'Kind',
    colDegree: 'Relations',
    colRelation: 'Relation',
    colFrom: 'From',
    colType: 'Type',
    colTo: 'To',
    colDate: 'Date',
    colStatus: 'Reported as',
    colQuote: 'Quote',
    sortBy: 'Sort by {col}',
    emptyTable: 'Nothing is shown under the current filters.',
    legendHeading: 'Legend',
    legendKinds: 'Entity kinds (shape)',
    legendCategories: 'Relation categories (arrow)',
    legendLines: 'Lines',
    legendFact: 'solid: narrated as fact',
    legendClaim: 'dashed: somebody’s claim',
    claimsMade: 'Claims made by {name}',
    claimsMadeHint: 'Relations the article reports as this entity’s claims; they need not involve it.',
    showClaimsBy: 'Show only {name}’s claims',
    claimsBy: 'Claims by',
    claimsByAll: 'Anyone (all relations)',
  },
  zh: {
    detailsHeading: '詳細資料',
    kind: '類別',
    aliases: '又稱',
    relations: '關係',
    noRelations: '沒有關係。',
    unknownEntity: '找不到實體「{id}」。',
    unknownRelation: '找不到關係「{id}」。',
    outgoing: '指向',
    incoming: '來自',
    undirected: '與',
    claimBy: '{name}的說法',
    fact: '事實',
    undated: '未註明日期',
    openEvidence: '證據',
    evidenceHeading: '證據',
    type: '類型',
    fromTo: '雙方',
    stance: '立場',
    stances: { supports: '支持', opposes: '反對', neutral: '中立' },
    date: '日期',
    status: '報導性質',
    statuses: { fact: '事實', claim: '說法' },
    quote: '引文',
    evidenceItem: '證據 {n}/{total}',
    sourceRef: '{title},發佈於 {date},第 {start}–{end} 字元',
    unknownSource: '未知來源「{id}」',
    quoteMismatch: '儲存的位置與原文中的這段引文不符;僅顯示引文本身。',
    showInArticle: '在文章中顯示',
    copyLink: '複製此關係的連結',
    siblings: '這兩者之間的其他關係',
    readerHeading: '文章',
    readerHint: '標示的段落是證據:選取即可顯示其關係。加底線的名稱可選取該實體。',
    readerKeys: '文章只佔一個 Tab 停駐點:方向鍵可在標示的段落與名稱之間移動,Home 與 End 跳到第一個與最後一個,Enter 或空白鍵即可選取。',
    relationCount: '{n} 項關係',
    entitiesCaption: '目前顯示的實體({n})',
    relationsCaption: '目前顯示的關係({n})',
    colName: '名稱',
    colOtherName: '英文名稱',
    colKind: '類別',
    colDegree: '關係數',
    colRelation: '關係',
    colFrom: '起點',
    colType: '類型',
    colTo: '終點',
    colDate: '日期',
    colStatus: '報導性質',
    colQuote: '引文',
    sortBy: '依{col}排序',
    emptyTable: '目前的篩選條件下沒有顯示任何項目。',
    legendHeading: '圖例',
    legendKinds: '實體類別(形狀)',
    legendCategories: '關係類別(箭頭)',
    legendLines: '線條',
    legendFact: '實線:以事實敘述',
    legendClaim: '虛線:某方的說法',
    claimsMade: '{name}提出的說法',
    claimsMadeHint: '文章報導為此實體所提出的說法的關係;不一定涉及此實體本身。',
    showClaimsBy: '只顯示{name}的說法',
    claimsBy: '說法提出者',
    claimsByAll: '不限(所有關係)',
  },
};

/** Replaces `{key}` placeholders with plain-text values (for strings that contain no names). */
export { format } from '../formatTemplate';
