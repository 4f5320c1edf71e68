// Safe, unique ids for imported elements: keeps the file's id when it is safe, else renames it and says why.
import type { Where } from '../draft';
import type { ImportReport } from '../report';
import { addIssue, q } from './issues';
import { slugify } from './text';

/** Names a plain object or Graphology would mishandle as keys (`__proto__`, `constructor`, `toString`…). */
const RESERVED = new Set<string>([...Object.getOwnPropertyNames(Object.prototype), 'prototype', '__proto__']);
/** Ids kept as the file gives them: a letter or digit, then letters, digits and `_ . : ~ -`, at most 128 characters. */
const SAFE_ID = /^[\p{L}\p{N}][\p{L}\p{N}_.:~-]{0,127}$/u;

/** Whether `id` may be used as it is (before checking it is unique). */
export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id) && !RESERVED.has(id);
}

/** Hands out unique ids within one namespace (entities, relations, sources, kinds or types). */
export class IdAllocator {
  private readonly used = new Set<string>();

  constructor(
    private readonly prefix: string,
    taken: Iterable<string> = [],
  ) {
    for (const id of taken) this.used.add(id);
  }

  has(id: string): boolean {
    return this.used.has(id);
  }

  /** A fresh id built from `wanted` (`id-` before reserved names, slugified when unsafe, `-2`, `-3`… when taken); never reports. */
  fresh(wanted: string): string {
    let base = RESERVED.has(wanted) ? `id-${wanted}` : isSafeId(wanted) ? wanted : slugify(wanted);
    if (RESERVED.has(base)) base = `id-${base}`;
    if (!isSafeId(base)) base = '';
    let id = base === '' ? `${this.prefix}-${this.used.size + 1}` : base;
    for (let n = 2; this.used.has(id); n++) id = base === '' ? `${this.prefix}-${this.used.size + n}` : `${base}-${n}`;
    this.used.add(id);
    return id;
  }

  /** The file's id when it is safe and unused; otherwise a fresh one, with a report line naming the old and new id (none when the file gave no id). */
  claim(wanted: string | undefined, fallback: string, report: ImportReport, where: Where, what: { en: string; zh: string }): string {
    const raw = wanted ?? '';
    if (raw !== '' && isSafeId(raw) && !this.used.has(raw)) {
      this.used.add(raw);
      return raw;
    }
    const duplicate = raw !== '' && isSafeId(raw);
    const id = this.fresh(raw === '' ? fallback : raw);
    if (raw === '') return id;
    if (duplicate) {
      addIssue(report, 'warning', 'duplicate-id', where, `${what.en} id ${q(raw)} is used twice: renamed ${q(id)}`, `${what.zh} id ${q(raw)} 重複：已改名為 ${q(id)}`);
    } else {
      const severity = RESERVED.has(raw) ? 'warning' : 'info';
      addIssue(report, severity, 'renamed-id', where, `${what.en} id ${q(raw)} is not a safe id: renamed ${q(id)}`, `${what.zh} id ${q(raw)} 不是安全的 id：已改名為 ${q(id)}`);
    }
    return id;
  }
}
