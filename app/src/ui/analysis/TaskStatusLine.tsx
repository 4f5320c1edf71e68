// A heavy analysis's status under its heading: progress with Cancel while it runs in the worker, or cancelled/failed with Compute again.
import type { Lang } from '../../state/types';
import { t } from '../i18n';
import type { TaskControl } from './useAnalysisTask';

const BUTTON = 'rounded-md border border-muted/50 bg-white px-2 py-0.5 text-xs text-ink hover:bg-canvas focus-visible:outline-3 focus-visible:outline-accent';

/** Nothing while idle or done; a progress bar and Cancel while running; a notice and Compute again after a cancel or failure. */
export function TaskStatusLine({ control, what, lang }: { control: TaskControl; what: string; lang: Lang }) {
  if (control.status === 'running') {
    const pct = Math.round(control.fraction * 100);
    return (
      <div className="flex items-center gap-2 text-xs" data-task-status="running">
        <progress max={100} value={pct} aria-label={t('analysis.taskRunning', lang, { what, pct })} className="h-1.5 w-24 accent-accent" />
        <span role="status" className="text-muted">
          {t('analysis.taskRunning', lang, { what, pct })}
        </span>
        <button type="button" onClick={control.cancel} className={BUTTON}>
          {t('analysis.taskCancel', lang)}
        </button>
      </div>
    );
  }
  if (control.status === 'cancelled' || control.status === 'failed') {
    return (
      <div className="flex items-center gap-2 text-xs" data-task-status={control.status}>
        <span role="status">
          {control.status === 'cancelled' ? t('analysis.taskCancelled', lang, { what }) : t('analysis.taskFailed', lang, { what, message: control.message })}
        </span>
        <button type="button" onClick={control.retry} className={BUTTON}>
          {t('analysis.taskAgain', lang)}
        </button>
      </div>
    );
  }
  return null;
}
