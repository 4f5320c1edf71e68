// The import report for a terminal and as Markdown: counts, then every issue as `file row/line, column: message`.
import { escapeMarkdownInline } from '../../app/src/model/formats/markdownEscape';
import { formatWhere, type ImportIssue, type ImportReport } from '../../app/src/model/import/report';

type Lang = 'en' | 'zh';

/** One issue as one line: its place, then the message (graph-data errors already start with `file:line`). */
export function issueLine(issue: ImportIssue, lang: Lang): string {
  const message = issue.message[lang];
  const where = formatWhere(issue.where);
  const text = issue.where.file !== '' && message.startsWith(issue.where.file) ? message : where === '' ? message : `${where}: ${message}`;
  return `${issue.severity}: ${text}`;
}

/** What was read, in one line. */
export function countsLine(report: ImportReport, lang: Lang): string {
  const c = report.counts;
  return lang === 'zh'
    ? `${c.sources} 個來源、${c.entities} 個實體、${c.relations} 條關係、${c.evidence} 則引文（已定位 ${c.anchored}，未定位 ${c.unanchored}）；略過 ${c.skippedEntities} 個實體、${c.skippedRelations} 條關係`
    : `${c.sources} sources, ${c.entities} entities, ${c.relations} relations, ${c.evidence} quotes (${c.anchored} anchored, ${c.unanchored} not anchored); skipped ${c.skippedEntities} entities, ${c.skippedRelations} relations`;
}

/** The whole report for the terminal. */
export function reportLines(report: ImportReport, ok: boolean, lang: Lang): string[] {
  const files = report.files.map((f) => `${f.name}: ${f.format ?? (lang === 'zh' ? '未知格式' : 'unknown format')}, ${f.bytes} bytes`);
  const outcome = ok ? countsLine(report, lang) : lang === 'zh' ? '匯入失敗；未產生任何資料。' : 'import failed; nothing was written.';
  return [...files, outcome, ...report.issues.map((i) => issueLine(i, lang))];
}

/** The report as a Markdown document (data text escaped, so a hostile file name or value stays text). */
export function reportMarkdown(report: ImportReport, ok: boolean, lang: Lang): string {
  const zh = lang === 'zh';
  const lines = [
    `# ${zh ? 'Evidence Graph 匯入報告' : 'Evidence Graph import report'}`,
    '',
    ...report.files.map((f) => `- ${escapeMarkdownInline(f.name)} (${f.format ?? '?'}, ${f.bytes} bytes)`),
    '',
    escapeMarkdownInline(ok ? countsLine(report, lang) : zh ? '匯入失敗；未產生任何資料。' : 'Import failed; nothing was written.'),
    '',
  ];
  if (report.issues.length > 0) {
    lines.push(`## ${zh ? '問題' : 'Issues'} (${report.issues.length})`, '');
    for (const issue of report.issues) lines.push(`- ${escapeMarkdownInline(issueLine(issue, lang))}`);
    lines.push('');
  }
  return lines.join('\n');
}
