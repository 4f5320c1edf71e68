// Notices: what a deep link asked for that was ignored or adjusted, as inert data with en/zh messages.
import type { Lang } from './types';

/** Every reason a part of a link can be ignored or adjusted. */
export const NOTICE_REASONS = [
  'too-long',
  'bad-encoding',
  'unknown-key',
  'forbidden-key',
  'duplicate-key',
  'invalid-value',
  'unknown-version',
  'future-version',
  'unknown-entity',
  'unknown-relation',
  'unknown-pair',
  'unknown-type',
  'unknown-kind',
  'evidence-out-of-range',
  'clamped',
  'truncated',
  'cleaned',
  'invalid-path',
  'reversed-range',
  'needs-path',
] as const;
export type NoticeReason = (typeof NOTICE_REASONS)[number];

/** One ignored or adjusted part of a link. `key` and `value` are echoed inert, truncated and with controls made visible. */
export interface Notice {
  key: string;
  value: string;
  reason: NoticeReason;
}

const MAX_ECHO = 40;
// C0/C1 controls, bidi marks/embeddings/overrides/isolates, zero-width characters and BOM.
// eslint-disable-next-line no-control-regex -- making control characters visible is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/** Makes a string safe to echo: at most 40 code points, invisible/bidi characters shown as `\u{…}` text. */
export function echo(value: string): string {
  const points = Array.from(value);
  const cut = points.length > MAX_ECHO ? `${points.slice(0, MAX_ECHO).join('')}…` : value;
  const wellFormed = cut.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return wellFormed.replace(INVISIBLE, (ch) => `\\u{${ch.codePointAt(0)?.toString(16) ?? ''}}`);
}

/** Builds a notice, echoing key and value safely. */
export function notice(key: string, value: string, reason: NoticeReason): Notice {
  return { key: echo(key), value: echo(value), reason };
}

type Messages = Record<NoticeReason, (key: string, value: string) => string>;

const EN: Messages = {
  'too-long': (_k, v) => `Ignored the whole link: it is too long (${v} characters)`,
  'bad-encoding': (k) => `Ignored '${k}' in the link: it is not properly encoded`,
  'unknown-key': (k) => `Ignored unknown part '${k}' in the link`,
  'forbidden-key': (k) => `Ignored '${k}' in the link: links cannot change security settings or load anything`,
  'duplicate-key': (k) => `Ignored a repeated '${k}' in the link`,
  'invalid-value': (k, v) => `Ignored invalid value '${v}' for '${k}' in the link`,
  'unknown-version': (_k, v) => `Opened the default view: link version '${v}' is not recognised`,
  'future-version': (_k, v) => `Opened the default view: the link is from a newer version (${v}) of this app`,
  'unknown-entity': (_k, v) => `Ignored unknown entity '${v}' in the link`,
  'unknown-relation': (_k, v) => `Ignored unknown relation '${v}' in the link`,
  'unknown-pair': (_k, v) => `Ignored the bundle '${v}' in the link: no relation joins those two entities`,
  'unknown-type': (_k, v) => `Ignored unknown relation type '${v}' in the link`,
  'unknown-kind': (_k, v) => `Ignored unknown entity kind '${v}' in the link`,
  'evidence-out-of-range': (_k, v) => `Showed the first evidence item: item ${v} does not exist`,
  clamped: (k, v) => `Adjusted '${k}' in the link: ${v} is out of range`,
  truncated: (k) => `Shortened '${k}' in the link: it was too long`,
  cleaned: (k) => `Removed control characters from '${k}' in the link`,
  'invalid-path': (_k, v) => `Ignored the path '${v}' in the link: its ends must be two different known entities`,
  'reversed-range': (_k, v) => `Swapped the ends of the time range '${v}' in the link`,
  'needs-path': (k) => `Ignored '${k}' in the link: it only applies to a path`,
};

const ZH: Messages = {
  'too-long': (_k, v) => `已忽略整个链接:链接过长(${v} 个字符)`,
  'bad-encoding': (k) => `已忽略链接中的“${k}”:编码不正确`,
  'unknown-key': (k) => `已忽略链接中的未知部分“${k}”`,
  'forbidden-key': (k) => `已忽略链接中的“${k}”:链接不能更改安全设置或加载任何内容`,
  'duplicate-key': (k) => `已忽略链接中重复的“${k}”`,
  'invalid-value': (k, v) => `已忽略链接中“${k}”的无效值“${v}”`,
  'unknown-version': (_k, v) => `已打开默认视图:无法识别链接版本“${v}”`,
  'future-version': (_k, v) => `已打开默认视图:该链接来自本应用的较新版本(${v})`,
  'unknown-entity': (_k, v) => `已忽略链接中的未知实体“${v}”`,
  'unknown-relation': (_k, v) => `已忽略链接中的未知关系“${v}”`,
  'unknown-pair': (_k, v) => `已忽略链接中的关系束“${v}”:这两个实体之间没有关系`,
  'unknown-type': (_k, v) => `已忽略链接中的未知关系类型“${v}”`,
  'unknown-kind': (_k, v) => `已忽略链接中的未知实体类别“${v}”`,
  'evidence-out-of-range': (_k, v) => `已显示第一条证据:第 ${v} 条证据不存在`,
  clamped: (k, v) => `已调整链接中的“${k}”:${v} 超出范围`,
  truncated: (k) => `已缩短链接中的“${k}”:内容过长`,
  cleaned: (k) => `已删除链接中“${k}”的控制字符`,
  'invalid-path': (_k, v) => `已忽略链接中的路径“${v}”:两端必须是两个不同的已知实体`,
  'reversed-range': (_k, v) => `已交换链接中时间范围“${v}”的两端`,
  'needs-path': (k) => `已忽略链接中的“${k}”:它只适用于路径`,
};

/** The human message for a notice, in the interface language. Plain text: render it as text. */
export function noticeMessage(n: Notice, lang: Lang): string {
  return (lang === 'zh' ? ZH : EN)[n.reason](n.key, n.value);
}
