// Reads stance (supports/opposes/neutral) and status (fact/claim) as people write them, in English and Chinese.
import type { Stance, Status } from '../../schema';
import { matchKey } from './text';

const STANCE_WORDS = new Map<string, Stance>();
for (const w of ['supports', 'support', 'supported', 'supporting', 'pro', 'for', 'positive', 'ally', 'allied', 'friendly', '+', 'yes', '支持', '正面', '贊成', '赞成', '友好']) STANCE_WORDS.set(w, 'supports');
for (const w of ['opposes', 'oppose', 'opposed', 'opposing', 'against', 'con', 'negative', 'hostile', '-', '−', '–', 'no', '反對', '反对', '負面', '负面', '敵對', '敌对']) STANCE_WORDS.set(w, 'opposes');
for (const w of ['neutral', 'none', '0', '±', '中立', '中性']) STANCE_WORDS.set(w, 'neutral');

const STATUS_WORDS = new Map<string, Status>();
for (const w of ['fact', 'facts', 'factual', 'true', 'confirmed', 'established', 'verified', '事實', '事实', '確認', '确认']) STATUS_WORDS.set(w, 'fact');
for (const w of ['claim', 'claims', 'claimed', 'alleged', 'allegation', 'allegedly', 'reported', 'disputed', 'unverified', '聲稱', '声称', '指控', '說法', '说法', '主張', '主张', '據稱', '据称']) STATUS_WORDS.set(w, 'claim');

/** The stance a value names, or undefined when it names none of them. */
export function readStance(value: string): Stance | undefined {
  return STANCE_WORDS.get(matchKey(value));
}

/** The status a value names, or undefined when it names neither. */
export function readStatus(value: string): Status | undefined {
  return STATUS_WORDS.get(matchKey(value));
}

/** A yes/no cell (`true`, `directed`, `是`…), or undefined when it is neither. */
export function readBoolean(value: string): boolean | undefined {
  const key = matchKey(value);
  if (['true', 'yes', 'y', '1', 'directed', 'direct', 'one-way', '->', '→', '是', '有向', '單向', '单向'].includes(key)) return true;
  if (['false', 'no', 'n', '0', 'undirected', 'mutual', 'two-way', 'both', '<->', '—', '否', '無向', '无向', '雙向', '双向'].includes(key)) return false;
  return undefined;
}
