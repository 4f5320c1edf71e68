// Edit mode's root (loaded on use): opens the draft from this device, runs its session, and shows it in the explorer with the edit bar.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { BUILT_IN_DATASET_ID } from '../../state/datasetLink';
import type { Lang } from '../../state/types';
import { loadDraft, type StoredDraft } from '../../storage/draftStore';
import { buttonClass } from '../controls';
import { Explorer } from '../Explorer';
import { t } from '../i18n';
import { compileDraft, drawnCompiled, drawnPositions, type DrawnDraft } from './draftData';
import { cancelRelayout, RelayoutCancelled, relayoutInWorker } from './relayout/relayoutClient';
import { EditBar } from './EditBar';
import { DevSaveToRepo } from './save/devSaveToRepo';
import { ShortcutsHelpButton } from './passages/deferredPassages';
import type { ExplorerEdit } from './explorerEdit';
import { notDrawn, problemsOf } from './problems';
import { installEditTestHook } from './testHook';
import { useEditSession } from './useEditSession';
import { useValidation } from './useValidation';

export interface EditHostProps {
  draftId: string;
  /** The language of the link, for the screens before the explorer. */
  lang: Lang;
  datasetControls: (lang: Lang) => ReactNode;
  overlay: (lang: Lang) => ReactNode;
  /** Leaves edit mode, showing the dataset with this id (the one copied, or the built-in one). */
  onLeave: (datasetId: string) => void;
}

type Opened = { kind: 'loading' } | { kind: 'missing' } | { kind: 'error'; message: string } | { kind: 'ready'; draft: StoredDraft };

export function EditHost({ draftId, lang, datasetControls, overlay, onLeave }: EditHostProps) {
  const [opened, setOpened] = useState<Opened>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    loadDraft(draftId).then(
      (draft) => live && setOpened(draft ? { kind: 'ready', draft } : { kind: 'missing' }),
      (e: unknown) => live && setOpened({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [draftId]);

  if (opened.kind === 'ready') return <DraftEditor draft={opened.draft} datasetControls={datasetControls} overlay={overlay} onLeave={onLeave} />;
  return (
    <main className="mx-auto max-w-xl p-6 text-ink" data-screen={opened.kind === 'loading' ? 'loading' : 'draft-missing'}>
      {opened.kind === 'loading' ? <p role="status">{t('edit.openingDraft', lang)}</p> : null}
      {opened.kind !== 'loading' ? (
        <>
          <p role="alert" className="mb-4">
            {opened.kind === 'missing' ? t('edit.draftMissing', lang) : opened.message}
          </p>
          <button type="button" className={buttonClass()} onClick={() => onLeave(BUILT_IN_DATASET_ID)}>
            {t('import.openBuiltIn', lang)}
          </button>
        </>
      ) : null}
      {overlay(lang)}
    </main>
  );
}

function DraftEditor({ draft, datasetControls, overlay, onLeave }: Omit<EditHostProps, 'draftId' | 'lang'> & { draft: StoredDraft }) {
  const shell = useEditSession(draft);
  // Each edit compiles the draft anew; nodes already drawn keep their positions (held from the previous compile).
  const [drawn, setDrawn] = useState<{ for: StoredDraft['dataset']; drawing: DrawnDraft }>(() => ({ for: shell.dataset, drawing: compileDraft(shell.dataset) }));
  if (drawn.for !== shell.dataset) setDrawn({ for: shell.dataset, drawing: compileDraft(shell.dataset, drawnPositions(drawn.drawing.data)) });
  const { data, skipped } = drawn.drawing;
  const [relayout, setRelayout] = useState<'idle' | 'running' | { failed: string }>('idle');
  const runRelayout = (): void => {
    setRelayout('running');
    const dataset = drawn.for;
    relayoutInWorker(drawnCompiled(data)).then(
      (positions) => {
        setRelayout('idle');
        // A later edit wins: the new positions apply only to the draft they were computed for.
        setDrawn((current) => (current.for === dataset ? { for: dataset, drawing: compileDraft(dataset, positions) } : current));
      },
      (e: unknown) => {
        if (e instanceof RelayoutCancelled) return setRelayout('idle');
        setRelayout({ failed: e instanceof Error ? e.message : String(e) });
      },
    );
  };
  useEffect(() => () => cancelRelayout(), []);
  const latestShell = useRef(shell);
  useEffect(() => {
    latestShell.current = shell;
  });
  useEffect(() => installEditTestHook(() => latestShell.current), []);
  const validation = useValidation(shell.dataset);
  const problems = useMemo(
    () => (validation.result && !validation.checking ? [...problemsOf(validation.result, shell.dataset), ...skipped.map(notDrawn)] : null),
    [validation, shell.dataset, skipped],
  );
  const leave = (): void => onLeave(draft.meta.copiedFrom ?? BUILT_IN_DATASET_ID);
  const edit = useMemo<ExplorerEdit>(
    () => ({
      shell,
      bar: (session, view) => (
        <EditBar
          session={session}
          shell={shell}
          data={data}
          problems={problems}
          notes={draft.notes}
          onLeave={leave}
          openReader={view.openReader}
          relayout={{ running: relayout === 'running', failed: typeof relayout === 'object' ? relayout.failed : null, run: runRelayout }}
          slots={{ help: <ShortcutsHelpButton lang={session.lang} />, saveToRepo: DevSaveToRepo ? <DevSaveToRepo dataset={session.dataset} lang={session.lang} /> : null }}
        />
      ),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `leave` only reads the draft's origin
    [shell, data, problems, draft.notes, relayout],
  );
  return <Explorer key="draft" data={data} datasetControls={datasetControls} overlay={overlay} edit={edit} />;
}
