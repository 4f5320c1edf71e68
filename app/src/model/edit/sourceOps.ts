// Edit operations on sources: add one from pasted or opened text, change its details, remove an unused one.
import type { SourceRecord } from '../schema';
import { sha256Hex } from '../import/normalize/sha256';
import type { AuthoringDataset } from './authoring';
import { refuse } from './editError';
import { uniqueId } from './ids';

/** Longest source text accepted (UTF-16 code units, about 4 MB of Latin text): a book is well under it. */
export const MAX_SOURCE_CHARS = 4 * 1024 * 1024;

export interface NewSource {
  title: { en: string; zh: string };
  text: string;
  /** BCP 47, e.g. `en`, `zh-Hant`. */
  language: string;
  /** Partial ISO date. */
  published: string;
  url?: string;
  publisher?: string;
}

/** The text as stored: no byte-order mark, line ends as `\n` (offsets count UTF-16 code units of this). */
export function normalizeSourceText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function checkUrl(url: string | undefined): string | undefined {
  if (url === undefined || url.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return refuse('source-url', `"${url.slice(0, 80)}" is not a web address (expected http:// or https://).`, `「${url.slice(0, 80)}」不是網址(應以 http:// 或 https:// 開頭)。`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    refuse('source-url', `Only http:// and https:// addresses can be a source's link (got ${parsed.protocol}).`, `來源連結只能是 http:// 或 https:// 網址(收到 ${parsed.protocol})。`);
  }
  return parsed.href;
}

/** Adds a source; refuses an empty or oversized text. Returns the new dataset and the source's id. */
export function addSource(dataset: AuthoringDataset, source: NewSource): { dataset: AuthoringDataset; id: string } {
  const text = normalizeSourceText(source.text);
  if (text.trim() === '') refuse('source-empty', 'The source has no text: paste or open the text its quotes come from.', '來源沒有文字:請貼上或開啟引文所出自的文字。');
  if (text.length > MAX_SOURCE_CHARS) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    refuse('source-too-large', `The source is ${mb} million characters; the limit is 4 million. Split it into parts and add each as a source.`, `來源有 ${mb} 百萬字元,上限為 4 百萬。請分成幾部分,各自加為一個來源。`);
  }
  const url = checkUrl(source.url);
  const taken = new Set(dataset.sources.map((s) => s.record.id));
  const id = uniqueId(source.title.en || source.title.zh, 'source', taken);
  const title = { en: source.title.en.trim() || source.title.zh.trim(), zh: source.title.zh.trim() || source.title.en.trim() };
  const record: SourceRecord = {
    id,
    title,
    language: source.language.trim() || 'und',
    published: source.published.trim(),
    file: `${id}.txt`,
    sha256: sha256Hex(text),
    ...(url === undefined ? {} : { url }),
    ...(source.publisher?.trim() ? { publisher: source.publisher.trim() } : {}),
  };
  return { dataset: { ...dataset, sources: [...dataset.sources, { record, text }] }, id };
}

/** Changes a source's title, language, date, link or publisher (never its text: quotes are anchored in it). */
export function updateSource(dataset: AuthoringDataset, id: string, patch: Partial<Omit<NewSource, 'text'>>): AuthoringDataset {
  if (!dataset.sources.some((s) => s.record.id === id)) refuse('source-unknown', `There is no source "${id}".`, `沒有來源「${id}」。`);
  const url = patch.url === undefined ? undefined : checkUrl(patch.url);
  return {
    ...dataset,
    sources: dataset.sources.map((s) => {
      if (s.record.id !== id) return s;
      const { url: _oldUrl, ...rest } = s.record;
      const record: SourceRecord = {
        ...(patch.url === undefined ? s.record : rest),
        ...(patch.title ? { title: patch.title } : {}),
        ...(patch.language ? { language: patch.language } : {}),
        ...(patch.published !== undefined ? { published: patch.published } : {}),
        ...(patch.publisher !== undefined ? { publisher: patch.publisher } : {}),
        ...(url === undefined ? {} : { url }),
      };
      return { ...s, record };
    }),
  };
}

/** Removes a source no evidence quotes; refuses (naming the relations) when some does. */
export function removeSource(dataset: AuthoringDataset, id: string): AuthoringDataset {
  const quoting = dataset.relations.filter((r) => r.evidence.some((e) => e.source === id)).map((r) => r.id);
  if (quoting.length > 0) {
    refuse('source-in-use', `The source is quoted by ${quoting.length} relation(s) (${quoting.slice(0, 3).join(', ')}): delete that evidence first.`, `有 ${quoting.length} 條關係引用此來源(${quoting.slice(0, 3).join('、')}):請先刪除那些證據。`);
  }
  return { ...dataset, sources: dataset.sources.filter((s) => s.record.id !== id) };
}
