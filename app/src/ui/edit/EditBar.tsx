// The edit bar: a second row under the toolbar in edit mode (Add source, Undo, Redo, Problems, downloads, slots, Leave), wrapping into a menu on phones.
import { useState, type ReactNode } from 'react';
import type { CopyNote } from '../../model/edit/fromCompiled';
import type { LoadedDataset } from '../builtInDataset';
import { buttonClass } from '../controls';
import { t } from '../i18n';
import { useIsPhone } from '../phone/useIsPhone';
import { AddSourceDialog } from './AddSourceDialog';
import { downloadDraftBundle, downloadDraftZip } from './draftDownloads';
import type { Problem } from './problems';
import { ProblemsPanel } from './ProblemsPanel';
import type { EditSession } from './session';
import type { EditShell } from './useEditSession';

export interface EditBarProps {
  session: EditSession;
  shell: EditShell;
  /** The draft as drawn (for the bundle). */
  data: LoadedDataset;
  /** The validator's problems (null while checking). */
  problems: Problem[] | null;
  /** What "Edit a copy" could not bring along (shown until dismissed). */
  notes: CopyNote[];
  onLeave: () => void;
  /** Opens the reader (after a source is added). */
  openReader: () => void;
  /** Re-layout (the regular layout, in a worker), running or failed. */
  relayout: { running: boolean; failed: string | null; run: () => void };
  /** Other engineers' controls: Save to graph-data/ (dev only), the shortcuts help. */
  slots?: { saveToRepo?: ReactNode; help?: ReactNode };
}

const DISABLED = 'disabled:cursor-not-allowed disabled:opacity-45';
/** The bar's buttons: the toolbar's look, a size smaller (the bar holds up to a dozen). */
const barButton = (pressed = false): string => buttonClass(pressed).replace('px-2.5 py-1.5 text-sm', 'px-2 py-1 text-[13px]');
const SMALL = 'rounded border border-muted/50 px-2 py-0.5 text-xs hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-accent';

export function EditBar({ session, shell, data, problems, notes, onLeave, openReader, relayout, slots }: EditBarProps) {
  const { lang } = session;
  const isPhone = useIsPhone();
  const [adding, setAdding] = useState(false);
  const [problemsOpen, setProblemsOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [notesShown, setNotesShown] = useState(notes.length > 0);
  const errors = problems?.filter((p) => p.severity === 'error').length ?? 0;
  const warnings = problems?.filter((p) => p.severity === 'warning').length ?? 0;

  const download = (write: () => string): void => {
    try {
      const file = write();
      setMessage(errors > 0 ? t('edit.downloadedWithErrors', lang, { file, n: errors }) : t('edit.downloaded', lang, { file }));
    } catch (e) {
      setMessage(t('edit.downloadFailed', lang, { reason: e instanceof Error ? e.message : String(e) }));
    }
    setMenuOpen(false);
  };

  const saveText =
    shell.save.kind === 'saving' ? t('edit.saving', lang) : shell.save.kind === 'saved' ? t('edit.saved', lang) : shell.save.kind === 'failed' ? '' : '';

  const secondary = (
    <>
      <button type="button" className={`${barButton()} ${DISABLED}`} disabled={relayout.running} onClick={relayout.run}>
        {relayout.running ? t('edit.relayoutRunning', lang) : t('edit.relayout', lang)}
      </button>
      <button type="button" className={barButton()} onClick={() => download(() => downloadDraftBundle(data, session.dataset))}>
        {t('edit.downloadBundle', lang)}
      </button>
      <button type="button" className={barButton()} onClick={() => download(() => downloadDraftZip(session.dataset))}>
        {t('edit.downloadZip', lang)}
      </button>
      {slots?.saveToRepo}
      {slots?.help}
      <button type="button" className={barButton()} onClick={onLeave}>
        {t('edit.leave', lang)}
      </button>
    </>
  );

  return (
    <div className="relative z-30 shrink-0">
      <section aria-label={t('edit.bar', lang)} data-bar="edit" className="flex flex-wrap items-center gap-2 border-b border-amber-300 bg-amber-50 px-3 py-1.5">
        <p className="min-w-0 max-w-[16rem] truncate text-sm max-md:sr-only">
          <span className="font-semibold">{t('edit.editing', lang)}</span> <bdi>{session.dataset.name}</bdi>
        </p>
        <button type="button" className={barButton()} onClick={() => setAdding(true)}>
          {t('edit.addSource', lang)}
        </button>
        <button type="button" className={`${barButton()} ${DISABLED}`} title={t('edit.undoHint', lang)} aria-keyshortcuts="Control+Z Meta+Z" disabled={!session.canUndo} onClick={session.undo}>
          {t('edit.undo', lang)}
        </button>
        <button type="button" className={`${barButton()} ${DISABLED}`} title={t('edit.redoHint', lang)} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" disabled={!session.canRedo} onClick={session.redo}>
          {t('edit.redo', lang)}
        </button>
        <button
          type="button"
          className={`${barButton(problemsOpen)} ${errors > 0 && !problemsOpen ? 'border-red-400 text-red-900' : ''}`}
          aria-expanded={problemsOpen}
          title={problems === null ? undefined : t('edit.problemsHint', lang, { errors, warnings })}
          data-errors={problems === null ? undefined : errors}
          onClick={() => setProblemsOpen((o) => !o)}
        >
          {problems === null ? t('edit.checking', lang) : t('edit.problems', lang, { n: errors + warnings })}
        </button>
        {isPhone ? (
          <div
            className="relative"
            onKeyDown={(e) => {
              if (e.key === 'Escape' && menuOpen) {
                e.stopPropagation();
                setMenuOpen(false);
              }
            }}
          >
            <button type="button" className={barButton(menuOpen)} aria-expanded={menuOpen} onClick={() => setMenuOpen((o) => !o)}>
              {t('edit.more', lang)}
            </button>
            {menuOpen ? (
              <div className="fixed inset-x-2 z-40 mt-1 flex flex-col items-stretch gap-2 rounded-md border border-muted/40 bg-white p-2 shadow-lg" data-panel="edit-menu">
                {secondary}
              </div>
            ) : null}
          </div>
        ) : (
          secondary
        )}
        <p role="status" className="ml-auto text-xs text-muted">
          {saveText}
        </p>
      </section>
      {relayout.failed ? (
        <p role="alert" className="border-b border-red-300 bg-red-50 px-3 py-1 text-sm text-red-900">
          {t('edit.relayoutFailed', lang, { reason: relayout.failed })}
        </p>
      ) : null}
      {shell.save.kind === 'failed' ? (
        <p role="alert" className="border-b border-red-300 bg-red-50 px-3 py-1 text-sm text-red-900">
          {t('edit.saveFailed', lang, { reason: shell.save.message })}
        </p>
      ) : null}
      {shell.refusal ? (
        <div role="alert" className="flex items-start gap-2 border-b border-red-300 bg-red-50 px-3 py-1 text-sm text-red-900">
          <p className="flex-1">{t('edit.refused', lang, { label: shell.refusal.label, message: shell.refusal.error.messages[lang] })}</p>
          <button type="button" className={SMALL} onClick={shell.dismissRefusal}>
            {t('edit.dismiss', lang)}
          </button>
        </div>
      ) : null}
      {message ? (
        <div role="status" className="flex items-start gap-2 border-b border-muted/30 bg-white px-3 py-1 text-sm">
          <p className="flex-1">{message}</p>
          <button type="button" className={SMALL} onClick={() => setMessage('')}>
            {t('edit.dismiss', lang)}
          </button>
        </div>
      ) : null}
      {notesShown ? (
        <section aria-label={t('edit.copyNotesTitle', lang)} className="max-h-40 overflow-y-auto border-b border-muted/30 bg-white px-3 py-1 text-sm">
          <div className="flex items-center gap-2">
            <h2 className="flex-1 font-semibold">{t('edit.copyNotesTitle', lang)}</h2>
            <button type="button" className={SMALL} onClick={() => setNotesShown(false)}>
              {t('edit.dismiss', lang)}
            </button>
          </div>
          <ul className="list-disc pl-5">
            {notes.map((n, i) => (
              <li key={i}>{n[lang]}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {problemsOpen ? <ProblemsPanel session={session} problems={problems} onClose={() => setProblemsOpen(false)} /> : null}
      {adding ? (
        <AddSourceDialog
          session={session}
          onClose={() => setAdding(false)}
          onAdded={(_id, title) => {
            setAdding(false);
            setMessage(t('edit.sourceAdded', lang, { title }));
            openReader();
          }}
        />
      ) : null}
    </div>
  );
}
