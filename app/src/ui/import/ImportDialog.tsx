// The import dialog: a progress bar naming the stage with Cancel while files are read, then the import report.
import { useEffect, useId, useRef } from 'react';
import { formatWhere } from '../../model/import/report';
import type { Lang } from '../../state/types';
import { buttonClass } from '../controls';
import { downloadBlob } from '../download';
import { t } from '../i18n';
import { importReportText } from './reportText';
import { MappingStep } from './MappingStep';
import type { ImportNotice, ImportProgress, MappingRequest } from './useDatasetHost';

const STAGES = ['read', 'parse', 'check', 'layout', 'draw'] as const;
const SEVERITY_CLASS = { error: 'border-red-700 text-red-800', warning: 'border-amber-600 text-ink', info: 'border-muted/50 text-ink' } as const;

export interface ImportDialogProps {
  lang: Lang;
  progress: ImportProgress | null;
  notice: ImportNotice | null;
  mapping: MappingRequest | null;
  onCancel: () => void;
  onClose: () => void;
}

/** Modal while importing (Escape cancels); the report stays until closed (Escape closes). */
export function ImportDialog({ lang, progress, notice, mapping, onCancel, onClose }: ImportDialogProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = progress !== null || notice !== null || mapping !== null;
  const mode = progress !== null ? 'progress' : mapping !== null ? 'mapping' : 'report';
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown, mode]);
  if (!shown) return null;
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-ink/30 p-4">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        data-dialog="import"
        data-mode={mode}
        className="flex max-h-[85vh] w-full max-w-xl flex-col rounded-lg bg-white p-4 text-ink shadow-xl"
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.stopPropagation();
          if (progress || mapping) onCancel();
          else onClose();
        }}
      >
        {progress ? <Progress lang={lang} progress={progress} headingId={headingId} heading={heading} onCancel={onCancel} /> : null}
        {!progress && mapping ? <MappingStep lang={lang} proposal={mapping.proposal} headingId={headingId} heading={heading} onConfirm={mapping.confirm} onCancel={onCancel} /> : null}
        {!progress && !mapping && notice ? <Report lang={lang} notice={notice} headingId={headingId} heading={heading} onClose={onClose} /> : null}
      </div>
    </div>
  );
}

function Progress({ lang, progress, headingId, heading, onCancel }: { lang: Lang; progress: ImportProgress; headingId: string; heading: React.RefObject<HTMLHeadingElement | null>; onCancel: () => void }) {
  const stageIndex = STAGES.indexOf(progress.stage);
  const overall = (stageIndex + (progress.fraction ?? 0.5)) / STAGES.length;
  return (
    <>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="text-base font-semibold">
        <bdi>{t('import.importing', lang, { files: progress.files.join(', ') })}</bdi>
      </h2>
      <p className="mt-2 text-sm" data-stage={progress.stage} role="status" aria-live="polite">
        {t(`import.stage.${progress.stage}`, lang)}…
      </p>
      <progress className="mt-1 h-2 w-full accent-accent" max={1} value={overall} aria-label={t('import.progressLabel', lang)} aria-valuetext={t(`import.stage.${progress.stage}`, lang)} />
      <ol className="mt-2 flex flex-wrap gap-x-3 text-xs text-muted" aria-hidden="true">
        {STAGES.map((s, i) => (
          <li key={s} className={i === stageIndex ? 'font-semibold text-ink' : i < stageIndex ? 'line-through' : ''}>
            {t(`import.stage.${s}`, lang)}
          </li>
        ))}
      </ol>
      <div className="mt-3 flex justify-end">
        <button type="button" onClick={onCancel} className={buttonClass()}>
          {t('import.cancel', lang)}
        </button>
      </div>
    </>
  );
}

function Report({ lang, notice, headingId, heading, onClose }: { lang: Lang; notice: ImportNotice; headingId: string; heading: React.RefObject<HTMLHeadingElement | null>; onClose: () => void }) {
  const { report } = notice;
  const c = report.counts;
  return (
    <>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="text-base font-semibold">
        {t('import.reportTitle', lang)}
      </h2>
      <p className="mt-1 text-sm" role="status" data-ok={notice.ok ? 'true' : 'false'}>
        <bdi>{notice.ok ? t('import.reportOk', lang, { name: notice.name }) : t('import.reportFailed', lang, { files: notice.files.join(', ') })}</bdi>
      </p>
      {notice.ok ? (
        <p className="mt-1 text-sm" data-counts="">
          {t('import.countsLine', lang, { entities: c.entities, relations: c.relations, evidence: c.evidence, anchored: c.anchored, unanchored: c.unanchored })}
          {c.skippedEntities + c.skippedRelations > 0 ? ` ${t('import.skippedLine', lang, { entities: c.skippedEntities, relations: c.skippedRelations })}` : ''}
        </p>
      ) : null}
      {notice.otherThanLink ? <p className="mt-1 text-sm text-muted">{t('import.missingOther', lang)}</p> : null}
      <h3 className="mt-3 text-sm font-semibold">{report.issues.length > 0 ? t('import.issuesHeading', lang, { n: report.issues.length }) : t('import.noIssues', lang)}</h3>
      <ul className="mt-1 min-h-0 flex-1 space-y-1 overflow-y-auto text-sm" data-list="issues">
        {report.issues.map((issue, i) => (
          <li key={i} data-severity={issue.severity} data-code={issue.code} className={`border-l-4 pl-2 ${SEVERITY_CLASS[issue.severity]}`}>
            <span className="sr-only">{t(`import.severity.${issue.severity}`, lang)}: </span>
            <span className="font-mono text-xs text-muted">
              <bdi>{formatWhere(issue.where)}</bdi>
            </span>
            {': '}
            <bdi>{issue.message[lang]}</bdi>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex justify-end gap-2">
        <button
          type="button"
          className={buttonClass()}
          onClick={() => downloadBlob(new Blob([importReportText(report, lang, notice.ok)], { type: 'text/plain;charset=utf-8' }), 'import-report.txt')}
        >
          {t('import.downloadReport', lang)}
        </button>
        <button type="button" className={buttonClass(true)} onClick={onClose}>
          {t('import.close', lang)}
        </button>
      </div>
    </>
  );
}
