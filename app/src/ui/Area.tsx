// One failure-contained area of the explorer: its ErrorBoundary, with the message and reload label in the view's language.
import type { ReactNode } from 'react';
import type { Lang } from '../state/types';
import { ErrorBoundary } from './ErrorBoundary';
import { t } from './i18n';

/** Wraps `children` so a render failure there shows "this part failed" with "Reload this view", and nothing else breaks. */
export function Area({ name, lang, children }: { name: string; lang: Lang; children: ReactNode }) {
  return (
    <ErrorBoundary area={name} message={t('shell.areaFailed', lang)} reloadLabel={t('shell.reloadView', lang)}>
      {children}
    </ErrorBoundary>
  );
}
