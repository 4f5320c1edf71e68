// What the page shows instead of the explorer: loading a stored dataset, a link to a dataset not on this device, a refused src=.
import type { Lang } from '../../state/types';
import { buttonClass } from '../controls';
import { t } from '../i18n';
import { OpenButton } from './OpenButton';
import type { HostScreen } from './useDatasetHost';

export interface HostMessageProps {
  lang: Lang;
  screen: Exclude<HostScreen, { kind: 'ready' }>;
  onFiles: (files: File[]) => void;
  onBuiltIn: () => void;
}

/** A full-page message with the way forward (open the file, or go to the built-in dataset). */
export function HostMessage({ lang, screen, onFiles, onBuiltIn }: HostMessageProps) {
  if (screen.kind === 'loading') {
    return (
      <main className="flex h-dvh items-center justify-center bg-canvas p-6 text-ink" data-screen="loading">
        <p role="status">{t('import.loadingStored', lang)}</p>
      </main>
    );
  }
  return (
    <main className="mx-auto max-w-xl p-6 text-ink" data-screen={screen.kind}>
      <h1 className="text-xl font-bold">{t('shell.appName', lang)}</h1>
      {screen.kind === 'missing' ? (
        <>
          <h2 className="mt-4 text-lg font-semibold">{t('import.missingTitle', lang)}</h2>
          <p className="mt-2">
            <bdi>{screen.keys.name ? t('import.missingBody', lang, { name: screen.keys.name }) : t('import.missingBodyNoName', lang)}</bdi>
          </p>
        </>
      ) : null}
      {screen.kind === 'src-refused' ? (
        <p role="alert" className="mt-4">
          <bdi>{t('import.srcRefused', lang, { src: screen.src })}</bdi>
        </p>
      ) : null}
      {screen.kind === 'error' ? (
        <p role="alert" className="mt-4">
          <bdi>{screen.src === undefined ? screen.message : t('import.srcFailed', lang, { src: screen.src, reason: screen.message })}</bdi>
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-2">
        <OpenButton lang={lang} onFiles={onFiles} />
        <button type="button" className={buttonClass()} onClick={onBuiltIn}>
          {t('import.openBuiltIn', lang)}
        </button>
      </div>
    </main>
  );
}
