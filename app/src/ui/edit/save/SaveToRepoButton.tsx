// "Save to graph-data/" in the edit bar (dev server only): asks first, posts the draft, and shows what happened, with the validator's problems when it refused.
import { useState } from 'react';
import type { SaveAnswer } from '../../../edit-server/protocol';
import type { AuthoringDataset } from '../../../model/edit/authoring';
import type { Lang } from '../../../state/types';
import { buttonClass } from '../../controls';
import { t } from '../../i18n';
import { saveToRepo } from './saveToRepo';

export interface SaveToRepoButtonProps {
  dataset: AuthoringDataset;
  lang: Lang;
}

// Problems listed at most (the endpoint sends up to 200).
const SHOWN = 20;

type State = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'saving' } | { kind: 'done'; answer: SaveAnswer };

function outcome(answer: SaveAnswer, lang: Lang): string {
  if (answer.ok) {
    return answer.backup === null
      ? t('saveRepo.savedNoBackup', lang, { written: answer.written.length })
      : t('saveRepo.saved', lang, { written: answer.written.length, removed: answer.removed.length, backup: answer.backup });
  }
  if (answer.reason === 'invalid-data') return t('saveRepo.invalid', lang, { n: answer.problems?.length ?? 0 });
  return t('saveRepo.refused', lang, { message: answer.message });
}

export function SaveToRepoButton({ dataset, lang }: SaveToRepoButtonProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const save = (): void => {
    setState({ kind: 'saving' });
    void saveToRepo(dataset).then((answer) => setState({ kind: 'done', answer }));
  };
  const problems = state.kind === 'done' && !state.answer.ok ? (state.answer.problems ?? []) : [];
  return (
    <span className="relative inline-flex flex-wrap items-center gap-2" data-control="save-to-repo">
      <button
        type="button"
        className={`${buttonClass(state.kind === 'confirm')} disabled:cursor-not-allowed disabled:opacity-45`}
        title={t('saveRepo.hint', lang)}
        aria-expanded={state.kind === 'confirm'}
        disabled={state.kind === 'saving'}
        onClick={() => setState(state.kind === 'confirm' ? { kind: 'idle' } : { kind: 'confirm' })}
      >
        {state.kind === 'saving' ? t('saveRepo.saving', lang) : t('saveRepo.button', lang)}
      </button>
      {state.kind === 'confirm' || state.kind === 'done' ? (
        <div
          role={state.kind === 'done' && !state.answer.ok ? 'alert' : 'status'}
          className="absolute right-0 top-full z-40 mt-1 w-[min(28rem,calc(100vw-1rem))] rounded-md border border-muted/40 bg-white p-3 text-sm text-ink shadow-lg"
          data-panel="save-to-repo"
          data-outcome={state.kind === 'done' ? (state.answer.ok ? 'saved' : state.answer.reason) : undefined}
        >
          {state.kind === 'confirm' ? (
            <>
              <p className="mb-2">{t('saveRepo.confirm', lang)}</p>
              <div className="flex gap-2">
                <button type="button" className={buttonClass()} onClick={save}>
                  {t('saveRepo.confirmSave', lang)}
                </button>
                <button type="button" className={buttonClass()} onClick={() => setState({ kind: 'idle' })}>
                  {t('saveRepo.cancel', lang)}
                </button>
              </div>
            </>
          ) : (
            <>
              <p className="mb-2 break-words">{outcome(state.answer, lang)}</p>
              {problems.length > 0 ? (
                <ul className="mb-2 max-h-60 list-disc overflow-auto pl-5 text-xs" data-list="save-problems">
                  {problems.slice(0, SHOWN).map((p, i) => (
                    <li key={i} className="break-words">
                      {p.message}
                    </li>
                  ))}
                  {problems.length > SHOWN ? <li>{t('saveRepo.more', lang, { n: problems.length - SHOWN })}</li> : null}
                </ul>
              ) : null}
              <button type="button" className={buttonClass()} onClick={() => setState({ kind: 'idle' })}>
                {t('saveRepo.close', lang)}
              </button>
            </>
          )}
        </div>
      ) : null}
    </span>
  );
}
