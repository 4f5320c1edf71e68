// The Datasets menu: the built-in dataset and those opened on this device, with size, Remove and Forget all.
import { useEffect, useId, useRef, useState } from 'react';
import { BUILT_IN_DATASET_ID } from '../../state/datasetLink';
import type { StoredDatasetMeta } from '../../storage/datasetStore';
import type { Lang } from '../../state/types';
import { buttonClass } from '../controls';
import { t } from '../i18n';
import { DraftsSection, type DraftsSectionProps } from '../edit/DraftsSection';

export interface DatasetsMenuProps {
  lang: Lang;
  currentId: string;
  stored: readonly StoredDatasetMeta[];
  onSwitch: (id: string) => void;
  onRemove: (id: string) => void;
  onForgetAll: () => void;
  /** Edit mode (issue 10): New dataset, Edit a copy and the drafts (absent: the menu has no edit part). */
  drafts?: Omit<DraftsSectionProps, 'lang' | 'open' | 'onDone'>;
}

const sizeText = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
const ROW = 'flex w-full items-center gap-2 px-3 py-1.5 text-left hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-accent';

/** A disclosure button opening the list of datasets; Escape closes it and returns focus. */
export function DatasetsMenu({ lang, currentId, stored, onSwitch, onRemove, onForgetAll, drafts }: DatasetsMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent): void => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const choose = (id: string): void => {
    setOpen(false);
    onSwitch(id);
  };

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button ref={button} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)} className={buttonClass(open)}>
        {t('import.datasets', lang)}
      </button>
      <div
        id={panelId}
        hidden={!open}
        data-panel="datasets"
        className="absolute right-0 z-30 mt-1 max-h-[80vh] w-80 overflow-y-auto rounded-md border border-muted/40 bg-white py-1 text-sm text-ink shadow-lg max-md:fixed max-md:inset-x-2 max-md:w-auto"
      >
        <ul aria-label={t('import.datasets', lang)}>
          <li>
            <button type="button" className={ROW} aria-current={currentId === BUILT_IN_DATASET_ID ? 'true' : undefined} onClick={() => choose(BUILT_IN_DATASET_ID)} data-dataset={BUILT_IN_DATASET_ID}>
              <span className="min-w-0 flex-1">{t('import.builtIn', lang)}</span>
              {currentId === BUILT_IN_DATASET_ID ? <span className="text-xs text-muted">{t('import.current', lang)}</span> : null}
            </button>
          </li>
          {stored.map((m) => (
            <li key={m.id} className="flex items-center border-t border-muted/20">
              <button type="button" className={ROW} aria-current={currentId === m.id ? 'true' : undefined} onClick={() => choose(m.id)} data-dataset={m.id}>
                <span className="min-w-0 flex-1">
                  <bdi className="block truncate font-medium">{m.name}</bdi>
                  <span className="block text-xs text-muted">{t('import.size', lang, { entities: m.entities, relations: m.relations, size: sizeText(m.bytes) })}</span>
                </span>
                {currentId === m.id ? <span className="text-xs text-muted">{t('import.current', lang)}</span> : null}
              </button>
              <button
                type="button"
                aria-label={t('import.removeNamed', lang, { name: m.name })}
                onClick={() => onRemove(m.id)}
                className="mr-2 rounded border border-muted/50 px-2 py-0.5 text-xs hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-accent"
              >
                {t('import.remove', lang)}
              </button>
            </li>
          ))}
        </ul>
        {stored.length === 0 ? <p className="px-3 py-1.5 text-xs text-muted">{t('import.noneStored', lang)}</p> : null}
        <p className="border-t border-muted/20 px-3 py-1.5 text-xs text-muted">{t('import.storedNote', lang)}</p>
        {stored.length > 0 ? (
          <button
            type="button"
            className={`${ROW} text-red-800`}
            onClick={() => {
              setOpen(false);
              onForgetAll();
            }}
          >
            {t('import.forgetAll', lang)}
          </button>
        ) : null}
        {drafts ? <DraftsSection lang={lang} open={open} onDone={() => setOpen(false)} {...drafts} /> : null}
      </div>
    </div>
  );
}
