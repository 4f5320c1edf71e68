// Adds bilingual issues to an import report (one helper so every message names its place the same way).
import type { Where } from '../draft';
import type { ImportReport, IssueSeverity } from '../report';

/** Appends one issue to the report. */
export function addIssue(report: ImportReport, severity: IssueSeverity, code: string, where: Where, en: string, zh: string): void {
  report.issues.push({ severity, code, where, message: { en, zh } });
}

/** A value quoted for a message, shortened so a huge cell cannot flood the report. */
export function q(value: string): string {
  const short = [...value].length > 80 ? `${[...value].slice(0, 77).join('')}…` : value;
  return `"${short}"`;
}
