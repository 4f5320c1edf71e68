// UI strings of the timeline and analysis panels, in English and Traditional Chinese. `{x}` marks a placeholder.
import type { Lang } from '../../state/types';
import { format } from '../formatTemplate';

const en = {
  analysisHeading: 'Analysis',
  timelineHeading: 'Timeline',
  timelineAxis: 'Dated relations by month, {from} to {to}',
  from: 'From',
  to: 'To',
  allTime: 'All dates',
  outside: 'Relations outside the range',
  hide: 'Hide',
  fade: 'Fade',
  showUndated: 'Show undated relations',
  undated: 'Undated: {n}',
  play: 'Play',
  pause: 'Pause',
  monthButton: '{month}: {n} relations, list them',
  monthMore: '+{n}',
  monthList: 'Relations dated {month}',
  close: 'Close',
  rangeAll: 'All dates shown.',
  range: 'Relations from {from} to {to}.',
  outOfRange: '(outside the range)',
  pathHeading: 'Path finder',
  pathFrom: 'Path from',
  pathTo: 'Path to',
  pickPlaceholder: 'Type a name…',
  noSuggestions: 'No matching entity',
  factsOnly: 'Facts only (leave out claims)',
  swap: 'Swap ends',
  clearPath: 'Clear path',
  pickTwo: 'Pick two entities to see how they are connected.',
  pickDifferent: 'Pick two different entities.',
  noPath: 'No connection between {from} and {to} among the relations shown.',
  noPathFacts: 'Facts only is on: claims might connect them.',
  pathTitle: 'Path {n}: {hops} steps',
  pathsFound: '{n} shortest paths found.',
  hopAlong: 'along the relation',
  hopAgainst: 'against its direction',
  hopUndirected: 'no direction',
  alternatives: '+{n} more relations between them',
  centralityHeading: 'Centrality',
  sizeBy: 'Size nodes by',
  sizeNone: 'Default (connections)',
  degree: 'Degree',
  betweenness: 'Betweenness',
  pagerank: 'PageRank',
  degreeHelp: 'Share of the other entities each one is directly linked to.',
  betweennessHelp: 'How often an entity lies on the shortest paths between others: the bridges.',
  pagerankHelp: 'Importance passed along relations: linked to by important entities, weighted by how many relations.',
  ranking: 'Top {n} by {measure}',
  colRank: 'Rank',
  colEntity: 'Entity',
  colScore: 'Score',
  campsHeading: 'Camps',
  colourByCamp: 'Colour by camp',
  campsIntro: 'Who sides with whom, from relations with a stance: support (+) against opposition (−).',
  campName: 'Camp {n}: {leader}',
  campMembers: '{n} members',
  reasonPositive: 'Supports or is supported by members of this camp.',
  reasonShared: 'Opposes the same side as this camp.',
  reasonAlone: 'Only opposition, and no camp opposes the same side: stands alone.',
  inside: 'Support inside the camp',
  against: 'Opposition to other camps',
  via: 'This camp’s opposition to the same side',
  tensions: 'Relations that do not fit',
  unassigned: '{n} shown entities have no relation with a stance and belong to no camp.',
  noCamps: 'No relation with a stance is shown, so there are no camps.',
  why: 'Why here?',
};

export type AnalysisKey = keyof typeof en;

const zh: Record<AnalysisKey, string> = {
  analysisHeading: '分析',
  timelineHeading: '時間軸',
  timelineAxis: '依月份排列的有日期關係,{from} 至 {to}',
  from: '起',
  to: '迄',
  allTime: '全部日期',
  outside: '範圍外的關係',
  hide: '隱藏',
  fade: '淡化',
  showUndated: '顯示沒有日期的關係',
  undated: '無日期:{n}',
  play: '播放',
  pause: '暫停',
  monthButton: '{month}:{n} 條關係,列出',
  monthMore: '+{n}',
  monthList: '{month} 的關係',
  close: '關閉',
  rangeAll: '顯示所有日期。',
  range: '顯示 {from} 至 {to} 的關係。',
  outOfRange: '(在範圍之外)',
  pathHeading: '路徑搜尋',
  pathFrom: '路徑起點',
  pathTo: '路徑終點',
  pickPlaceholder: '輸入名稱……',
  noSuggestions: '沒有符合的實體',
  factsOnly: '只用事實(排除說法)',
  swap: '對調兩端',
  clearPath: '清除路徑',
  pickTwo: '選擇兩個實體,查看它們如何相連。',
  pickDifferent: '請選擇兩個不同的實體。',
  noPath: '在顯示的關係中,{from} 與 {to} 之間沒有連結。',
  noPathFacts: '目前只用事實:納入說法或許能連上。',
  pathTitle: '路徑 {n}:{hops} 步',
  pathsFound: '找到 {n} 條最短路徑。',
  hopAlong: '順著關係方向',
  hopAgainst: '逆著關係方向',
  hopUndirected: '無方向',
  alternatives: '兩者之間另有 {n} 條關係',
  centralityHeading: '中心性',
  sizeBy: '節點大小依據',
  sizeNone: '預設(連結數)',
  degree: '度數',
  betweenness: '中介性',
  pagerank: 'PageRank',
  degreeHelp: '每個實體直接連到其他實體的比例。',
  betweennessHelp: '實體位於其他實體之間最短路徑上的頻率:即橋樑角色。',
  pagerankHelp: '沿關係傳遞的重要性:被重要實體連結者得分高,並依關係數加權。',
  ranking: '依{measure}排名前 {n}',
  colRank: '名次',
  colEntity: '實體',
  colScore: '分數',
  campsHeading: '陣營',
  colourByCamp: '依陣營著色',
  campsIntro: '依帶有立場的關係判斷誰與誰同一陣線:支持(+)與反對(−)。',
  campName: '陣營 {n}:{leader}',
  campMembers: '{n} 位成員',
  reasonPositive: '與本陣營成員互相支持。',
  reasonShared: '與本陣營反對同一方。',
  reasonAlone: '只有反對關係,且沒有陣營反對同一方:自成一方。',
  inside: '陣營內的支持',
  against: '對其他陣營的反對',
  via: '本陣營對同一方的反對',
  tensions: '不一致的關係',
  unassigned: '顯示中的 {n} 個實體沒有帶立場的關係,不屬於任何陣營。',
  noCamps: '目前沒有顯示帶立場的關係,因此沒有陣營。',
  why: '為何在此陣營?',
};

const tables: Record<Lang, Record<AnalysisKey, string>> = { en, zh };

/** Every key (for completeness tests). */
export const ANALYSIS_KEYS = Object.keys(en) as AnalysisKey[];

/** The string `key` in `lang` with `{name}` placeholders filled (plain text: render it as text). */
export function at(key: AnalysisKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return format(tables[lang][key], vars);
}

/** The raw template (with `{x}` placeholders) for `fillTemplate`, which puts React nodes in. */
export function template(key: AnalysisKey, lang: Lang): string {
  return tables[lang][key];
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A YYYY-MM month for people: "Nov 2023" / "2023年11月". */
export function formatMonth(month: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const n = Number(m[2]);
  return lang === 'zh' ? `${m[1]}年${n}月` : `${MONTHS_EN[n - 1] ?? m[2]} ${m[1]}`;
}
