// The selection actions docked at the top of the edit-mode reader: what is selected, New relation (n), New entity, Add as alias of…, Add evidence to…, and refusals.
import { useEffect } from 'react';
import type { Lang } from '../../../state/types';
import { t } from '../../i18n';
import { readSelection } from './domSelection';
import { getPassageState, requestEditor, setPassageState, usePassageState, type EditorRequest } from './passageStore';

const ACTION =
  'rounded-md border border-muted/60 bg-white px-2 py-0.5 text-xs text-ink hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent';

/** Follows the document's selection: a selection in an edit-mode reader becomes the current passage (a new one clears the last refusal). */
export function usePassageSelection(): void {
  useEffect(() => {
    const onChange = (): void => {
      const read = readSelection(document.getSelection());
      if (read.kind === 'none') return;
      const before = getPassageState();
      const passage = read.kind === 'passage' ? read.passage : null;
      const same = passage && before.passage && passage.source === before.passage.source && passage.start === before.passage.start && passage.end === before.passage.end;
      if (same && before.problem === null) return;
      setPassageState({ passage, problem: read.kind === 'passage' ? null : read.kind, message: null });
    };
    document.addEventListener('selectionchange', onChange);
    setPassageState({ bars: getPassageState().bars + 1 });
    return () => {
      document.removeEventListener('selectionchange', onChange);
      setPassageState({ bars: getPassageState().bars - 1, passage: null, problem: null, message: null });
    };
  }, []);
}

const PREVIEW = 90;

/** The bar: the live quote (or a hint), the four actions, and the last refusal (role=alert). */
export function PassageBar({ lang, text }: { lang: Lang; text: string }) {
  usePassageSelection();
  const { passage, problem, message } = usePassageState();
  const words = passage ? text.slice(passage.start, passage.end).trim() : '';
  const preview = words.length > PREVIEW ? `${words.slice(0, PREVIEW - 1)}…` : words;
  const ask = (request: EditorRequest) => () => void requestEditor(request);
  // Buttons keep the reader's selection: they do not take it away on mouse down.
  const keep = (e: { preventDefault: () => void }) => e.preventDefault();
  return (
    <div className="relative flex flex-col gap-1 border-b border-muted/30 pb-2" data-testid="passage-bar" role="region" aria-label={t('passages.barLabel', lang)}>
      {/* One line whatever it says, so the text below never moves while a selection is being dragged. */}
      <p className="h-4 truncate text-xs leading-4 text-muted" aria-live="polite" title={preview || t('passages.selectHint', lang)}>
        {problem ? null : preview ? (
          <>
            {t('passages.selected', lang)} <q className="text-ink">{preview}</q>
          </>
        ) : (
          t('passages.selectHint', lang)
        )}
      </p>
      <div className="flex flex-wrap gap-1">
        <button type="button" className={ACTION} onMouseDown={keep} onClick={ask({ kind: 'new-relation' })} aria-keyshortcuts="n">
          {t('passages.newRelation', lang)} <kbd className="text-muted">n</kbd>
        </button>
        <button type="button" className={ACTION} onMouseDown={keep} onClick={ask({ kind: 'new-entity' })}>
          {t('passages.newEntity', lang)}
        </button>
        <button type="button" className={ACTION} onMouseDown={keep} onClick={ask({ kind: 'alias' })}>
          {t('passages.aliasAction', lang)}
        </button>
        <button type="button" className={ACTION} onMouseDown={keep} onClick={ask({ kind: 'add-evidence' })}>
          {t('passages.addEvidenceAction', lang)}
        </button>
      </div>
      {/* Over the text, not above it: a message coming or going never moves the words being selected. */}
      {problem || message ? (
        <p role="alert" className="absolute inset-x-0 top-full z-10 mt-1 rounded-md border border-muted/40 bg-mark px-2 py-1 text-xs text-ink shadow-md" data-testid="passage-problem">
          {message ? message[lang] : t(problem === 'cross-source' ? 'passages.crossSource' : 'passages.outside', lang)}
        </p>
      ) : null}
    </div>
  );
}
