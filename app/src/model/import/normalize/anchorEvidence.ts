// Sources and quotes: matches each quote's source reference, anchors quotes whose source text came along (the compiler's own locator), keeps the rest unanchored.
import { evidenceSelector, findOccurrences } from '../../data/locate';
import type { CompiledEvidence, CompiledSource } from '../../schema';
import type { DraftEvidence, DraftSource, Where } from '../draft';
import type { ImportReport } from '../report';
import { addIssue, q } from './issues';
import { IdAllocator } from './normalizeIds';
import { parseDate } from './parseDates';
import { matchKey } from './text';

/** A source being built: its record and, when it came along, its full text. */
export interface SourceEntry {
  record: CompiledSource;
  text?: string;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** `zh` when a text is mostly Chinese characters, else `en`. */
function guessLanguage(text: string): string {
  const sample = text.slice(0, 2000);
  const cjk = sample.match(CJK)?.length ?? 0;
  return cjk > sample.replace(/\s/g, '').length / 3 ? 'zh' : 'en';
}

/** http(s) URLs only (anything else is dropped with a warning). */
function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The file name part of a path (`a/b/c.txt` → `c.txt`). */
const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** How many characters two strings share at their end (a) / start (b): scores prefix and suffix hints. */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** All sources of an import, looked up by id, title, file name or URL; new ones made for quotes that name an unknown source. */
export class SourceBook {
  readonly entries: SourceEntry[] = [];
  private readonly byRef = new Map<string, SourceEntry>();
  private readonly ids = new IdAllocator('source');
  anchored = 0;
  unanchored = 0;

  constructor(
    drafts: readonly DraftSource[],
    private readonly report: ImportReport,
  ) {
    for (const d of drafts) this.add(d);
  }

  private remember(ref: string | undefined, entry: SourceEntry): void {
    if (ref === undefined) return;
    const key = matchKey(ref);
    if (key !== '' && !this.byRef.has(key)) this.byRef.set(key, entry);
  }

  private add(d: DraftSource): SourceEntry {
    const title = d.title.trim() || d.titleZh?.trim() || baseName(d.where.file);
    const id = this.ids.claim(d.id ?? title, title, this.report, d.where, { en: 'source', zh: '來源' });
    const record: CompiledSource = {
      id,
      title: { en: title, zh: d.titleZh?.trim() || title },
      language: d.language?.trim() || (d.text !== undefined ? guessLanguage(d.text) : 'en'),
    };
    if (d.published !== undefined && d.published.trim() !== '') {
      const date = parseDate(d.published);
      if (date.ok) record.published = date.date;
      else addIssue(this.report, 'warning', 'bad-date', d.where, `source ${q(title)}: date ${q(d.published)} is not a date: left out`, `來源 ${q(title)}：日期 ${q(d.published)} 無法識別：已略去`);
    }
    if (d.url !== undefined && d.url.trim() !== '') {
      const url = safeUrl(d.url);
      if (url !== undefined) record.url = url;
      else addIssue(this.report, 'warning', 'bad-url', d.where, `source ${q(title)}: link ${q(d.url)} is not an http(s) address: left out`, `來源 ${q(title)}：連結 ${q(d.url)} 不是 http(s) 網址：已略去`);
    }
    if (d.publisher?.trim()) record.publisher = d.publisher.trim();
    const entry: SourceEntry = d.text === undefined ? { record } : { record, text: d.text };
    this.entries.push(entry);
    // A source text's file name names it too (`complaint.txt`, `complaint`); a source read from a bundle is named by its id and title only.
    const fileRefs = d.text !== undefined ? [d.where.file, baseName(d.where.file), baseName(d.where.file).replace(/\.[^.]+$/, '')] : [];
    for (const ref of [id, d.id, title, d.titleZh, ...fileRefs, record.url]) this.remember(ref, entry);
    return entry;
  }

  /** The source a quote names (by id, title, file name or URL); a new source (title = the reference) when it names none known. */
  sourceFor(ev: DraftEvidence): SourceEntry {
    const refs = [ev.source, ev.url].filter((r): r is string => r !== undefined && r.trim() !== '');
    for (const ref of refs) {
      const hit = this.byRef.get(matchKey(ref)) ?? (safeUrl(ref) !== undefined ? this.byRef.get(matchKey(safeUrl(ref) as string)) : undefined);
      if (hit) return hit;
    }
    const title = refs[0] ?? baseName(ev.where.file);
    const url = ev.url !== undefined ? safeUrl(ev.url) : refs[0] !== undefined ? safeUrl(refs[0]) : undefined;
    const where: Where = ev.where;
    if (refs.length === 0) {
      addIssue(this.report, 'warning', 'quote-without-source', where, `quote ${q(ev.quote)} names no source: kept under the source ${q(title)}`, `引文 ${q(ev.quote)} 沒有註明來源：歸入來源 ${q(title)}`);
    }
    const draft: DraftSource = { title, where: { file: ev.where.file } };
    if (url !== undefined) draft.url = url;
    const entry = this.add(draft);
    for (const ref of refs) this.remember(ref, entry);
    if (refs.length > 0) {
      addIssue(this.report, 'info', 'new-source', where, `source ${q(title)} is not among the sources read: added it (its text is not available, so its quotes stay unanchored)`, `來源 ${q(title)} 不在已讀取的來源中：已新增（沒有原文，其引文無法定位）`);
    }
    return entry;
  }

  /** The compiled evidence for a quote: anchored (W3C selectors) when its source text came along and contains it, else unanchored. */
  evidence(ev: DraftEvidence): CompiledEvidence {
    const entry = this.sourceFor(ev);
    const id = entry.record.id;
    const quote = ev.quote;
    if (entry.text === undefined) {
      this.unanchored++;
      return { source: id, exact: quote, anchored: false };
    }
    const text = entry.text;
    const start = this.pickOccurrence(text, quote, ev, entry.record.title);
    if (start === undefined) {
      this.unanchored++;
      addIssue(this.report, 'warning', 'quote-not-found', ev.where, `quote ${q(quote)} is not in the text of ${q(entry.record.title.en)}: kept unanchored`, `引文 ${q(quote)} 不在 ${q(entry.record.title.zh)} 的原文中：保留為未定位`);
      return { source: id, exact: quote, anchored: false };
    }
    this.anchored++;
    return evidenceSelector(id, text, start, start + quote.length);
  }

  // Which occurrence of the quote is meant: the given start, else the best prefix/suffix match, else the only one, else the first (warned).
  private pickOccurrence(text: string, quote: string, ev: DraftEvidence, title: { en: string; zh: string }): number | undefined {
    const starts = findOccurrences(text, quote);
    if (starts.length === 0) return undefined;
    if (starts.length === 1) return starts[0];
    if (ev.start !== undefined && starts.includes(ev.start)) return ev.start;
    if (ev.prefix || ev.suffix) {
      let best = starts[0] as number;
      let bestScore = -1;
      for (const s of starts) {
        const score = sharedEnd(text.slice(Math.max(0, s - (ev.prefix?.length ?? 0)), s), ev.prefix ?? '') + sharedStart(text.slice(s + quote.length, s + quote.length + (ev.suffix?.length ?? 0)), ev.suffix ?? '');
        if (score > bestScore) [best, bestScore] = [s, score];
      }
      if (bestScore > 0) return best;
    }
    if (ev.start !== undefined) {
      const nearest = starts.reduce((a, b) => (Math.abs(b - (ev.start as number)) < Math.abs(a - (ev.start as number)) ? b : a));
      return nearest;
    }
    addIssue(this.report, 'warning', 'quote-ambiguous', ev.where, `quote ${q(quote)} occurs ${starts.length} times in ${q(title.en)}: anchored to the first`, `引文 ${q(quote)} 在 ${q(title.zh)} 中出現 ${starts.length} 次：已定位到第一處`);
    return starts[0];
  }

  /** The compiled sources, and the texts keyed by source id (sha256 and length are filled in by the caller). */
  texts(): Map<string, string> {
    const out = new Map<string, string>();
    for (const e of this.entries) if (e.text !== undefined) out.set(e.record.id, e.text);
    return out;
  }
}
