// The import report as a plain-text file to download: counts, then every issue as `file row/line, column: message`.
import { formatWhere, type ImportReport } from '../../model/import/report';
import type { Lang } from '../../state/types';

/** The report in one language, one issue per line. */
export function importReportText(report: ImportReport, lang: Lang, ok: boolean): string {
  const c = report.counts;
  const lines = [
    lang === 'zh' ? 'Evidence Graph 匯入報告' : 'Evidence Graph import report',
    '',
    ...report.files.map((f) => `${f.name} (${f.format ?? '?'}, ${f.bytes} bytes)`),
    '',
    ok
      ? `${c.entities} entities, ${c.relations} relations, ${c.evidence} quotes (${c.anchored} anchored, ${c.unanchored} not anchored); skipped: ${c.skippedEntities} entities, ${c.skippedRelations} relations`
      : lang === 'zh'
        ? '匯入失敗;未開啟任何資料。'
        : 'The import failed; nothing was opened.',
    '',
    ...report.issues.map((i) => `[${i.severity}] ${formatWhere(i.where)}: ${i.message[lang]}`),
  ];
  return `${lines.join('\n')}\n`;
}
