// Runs a form's operation through the session as one undo step, returning the model's refusal (in the UI language) for the form to show.
import type { AuthoringDataset } from '../../../model/edit/authoring';
import { EditError } from '../../../model/edit/editError';
import type { Lang } from '../../../state/types';
import { t } from '../../i18n';
import type { EditSession } from '../session';

/** Tries `op` on the present dataset first, so a refusal is shown in the form (the dataset unchanged); else applies it. Null = applied. */
export function applyEdit(session: Pick<EditSession, 'dataset' | 'apply' | 'lang'>, label: string, op: (ds: AuthoringDataset) => AuthoringDataset, lang: Lang = session.lang): string | null {
  const refused = refusalOf(() => op(session.dataset), lang);
  if (refused !== null) return refused;
  return session.apply(label, op) ? null : t('passages.notApplied', lang);
}

/** The EditError message of `run` in `lang`, or null when it does not refuse (other errors are rethrown). */
export function refusalOf(run: () => unknown, lang: Lang): string | null {
  try {
    run();
    return null;
  } catch (e) {
    if (e instanceof EditError) return e.messages[lang];
    throw e;
  }
}
