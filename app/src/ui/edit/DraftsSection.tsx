// The Datasets menu's edit part (issue 10): New dataset, Edit a copy of the open dataset, and the drafts on this device (open, delete after asking).
import { useEffect, useState } from 'react';
import type { CompiledVocabulary } from '../../model/schema';
import type { Lang } from '../../state/types';
import { listDrafts, removeDraft, type DraftMeta } from '../../storage/draftStore';
import type { LoadedDataset } from '../builtInDataset';
import { t } from '../i18n';
import { startCopyDraft, startNewDraft } from './startDraft';

/** What the Datasets menu passes in edit-capable pages. */
export interface DraftsSectionProps {
  lang: Lang;
  /** Whether the menu is open (the drafts are listed again each time it opens). */
  open: boolean;
  /** The dataset open for viewing ("Edit a copy" of it), or null in edit mode. */
  current: { id: string; name: string; data: LoadedDataset } | null;
  /** The draft open in edit mode, if any. */
  currentDraft: string | null;
  builtInVocabulary: () => CompiledVocabulary;
  onOpenDraft: (id: string) => void;
  /** Closes the menu. */
  onDone: () => void;
}

const ROW = 'flex w-full items-center gap-2 px-3 py-1.5 text-left hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-accent';
const SMALL = 'rounded border border-muted/50 px-2 py-0.5 text-xs hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-accent';

export function DraftsSection({ lang, open, current, currentDraft, builtInVocabulary, onOpenDraft, onDone }: DraftsSectionProps) {
  const [drafts, setDrafts] = useState<DraftMeta[]>([]);
  const [asking, setAsking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void listDrafts().then(
      (list) => live && setDrafts(list),
      () => live && setDrafts([]),
    );
    return () => {
      live = false;
    };
  }, [open]);

  const start = (make: () => Promise<string>): void => {
    setBusy(true);
    setError(null);
    make().then(
      (id) => {
        setBusy(false);
        onDone();
        onOpenDraft(id);
      },
      (e: unknown) => {
        setBusy(false);
        setError(t('edit.copyFailed', lang, { reason: e instanceof Error ? e.message : String(e) }));
      },
    );
  };

  return (
    <div className="border-t border-muted/20" data-section="drafts">
      <div className="flex flex-wrap gap-2 px-3 py-2">
        <button type="button" disabled={busy} className={SMALL} onClick={() => start(() => startNewDraft(t('edit.newName', lang), builtInVocabulary()))}>
          {t('edit.newDataset', lang)}
        </button>
        {current ? (
          <button
            type="button"
            disabled={busy}
            title={t('edit.editCopyHint', lang)}
            className={SMALL}
            onClick={() => start(() => startCopyDraft(t('edit.copyName', lang, { name: current.name }), current.data, current.id))}
          >
            {t('edit.editCopy', lang)}
          </button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="px-3 pb-2 text-xs text-red-800">
          {error}
        </p>
      ) : null}
      <p className="px-3 pt-1 text-xs font-semibold text-muted">{t('edit.drafts', lang)}</p>
      {drafts.length === 0 ? <p className="px-3 py-1 text-xs text-muted">{t('edit.noDrafts', lang)}</p> : null}
      <ul aria-label={t('edit.drafts', lang)}>
        {drafts.map((m) => (
          <li key={m.id} className="flex items-center border-t border-muted/10">
            {asking === m.id ? (
              <div role="group" aria-label={t('edit.deleteDraftNamed', lang, { name: m.name })} className="flex w-full flex-wrap items-center gap-2 px-3 py-1.5">
                <bdi className="min-w-0 flex-1 text-xs">{t('edit.confirmDelete', lang, { name: m.name })}</bdi>
                <button
                  type="button"
                  className={`${SMALL} text-red-800`}
                  onClick={() => {
                    setAsking(null);
                    void removeDraft(m.id).then(() => setDrafts((list) => list.filter((d) => d.id !== m.id)));
                  }}
                >
                  {t('edit.deleteDraft', lang)}
                </button>
                <button type="button" className={SMALL} onClick={() => setAsking(null)}>
                  {t('edit.cancel', lang)}
                </button>
              </div>
            ) : (
              <>
                <button
                  type="button"
                  className={ROW}
                  aria-current={currentDraft === m.id ? 'true' : undefined}
                  data-draft={m.id}
                  onClick={() => {
                    onDone();
                    if (currentDraft !== m.id) onOpenDraft(m.id);
                  }}
                >
                  <span className="min-w-0 flex-1">
                    <bdi className="block truncate font-medium">{m.name}</bdi>
                    <span className="block text-xs text-muted">{t('edit.draftSize', lang, { sources: m.sources, entities: m.entities, relations: m.relations })}</span>
                  </span>
                  {currentDraft === m.id ? <span className="text-xs text-muted">{t('import.current', lang)}</span> : null}
                </button>
                {currentDraft === m.id ? null : (
                  <button type="button" aria-label={t('edit.deleteDraftNamed', lang, { name: m.name })} className={`mr-2 ${SMALL}`} onClick={() => setAsking(m.id)}>
                    {t('edit.deleteDraft', lang)}
                  </button>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="px-3 py-1.5 text-xs text-muted">{t('edit.draftsNote', lang)}</p>
    </div>
  );
}
