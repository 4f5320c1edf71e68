// The issues a format parser collects while reading (skipped hyperedges, invalid typed values): carried on the draft.
import type { Where } from '../draft';
import type { ImportIssue, IssueSeverity } from '../report';

/** A value quoted for a message, shortened so a huge value cannot flood the report. */
export function quoted(value: string): string {
  const chars = [...value];
  return JSON.stringify(chars.length > 80 ? `${chars.slice(0, 77).join('')}…` : value);
}

/** Collects a parser's issues; `once` keys keep a repeated note (an unused attribute) to one line per file. */
export class ParserIssues {
  readonly list: ImportIssue[] = [];
  private readonly seen = new Set<string>();

  add(severity: IssueSeverity, code: string, where: Where, en: string, zh: string): void {
    this.list.push({ severity, code, where, message: { en, zh } });
  }

  warn(code: string, where: Where, en: string, zh: string): void {
    this.add('warning', code, where, en, zh);
  }

  info(code: string, where: Where, en: string, zh: string): void {
    this.add('info', code, where, en, zh);
  }

  /** Whether `key` is new (and marks it seen): callers build a repeated note's text only the first time. */
  first(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  /** Adds the issue only the first time `key` is seen. */
  once(key: string, severity: IssueSeverity, code: string, where: Where, en: string, zh: string): void {
    if (this.first(key)) this.add(severity, code, where, en, zh);
  }
}
