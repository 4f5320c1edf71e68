// The one-file page's root: the explorer on the embedded dataset, read-only (no Open…, Datasets menu, drop target or import).
import { useEffect, useState } from 'react';
import { ImportError } from '../model/import/report';
import type { LoadedDataset } from '../ui/builtInDataset';
import { Explorer } from '../ui/Explorer';
import { t } from '../ui/i18n';
import { applyEmbeddedView, loadEmbeddedDataset } from './embeddedDataset';

type Screen = { kind: 'loading' } | { kind: 'ready'; data: LoadedDataset } | { kind: 'error'; message: string };

let loading: Promise<LoadedDataset> | null = null;
/** Loads once per page (StrictMode runs effects twice). */
function loadOnce(): Promise<LoadedDataset> {
  if (loading === null) {
    applyEmbeddedView();
    loading = loadEmbeddedDataset();
  }
  return loading;
}

const lang = (): 'en' | 'zh' => (/(^|[#&])l=zh(&|$)/.test(window.location.hash) ? 'zh' : 'en');

/** Root component of the one-file build. */
export function StandaloneApp() {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    loadOnce().then(
      (data) => live && setScreen({ kind: 'ready', data }),
      (e: unknown) => {
        const message = e instanceof ImportError ? `${e.where.file}: ${e.messages[lang()]}` : e instanceof Error ? e.message : String(e);
        if (live) setScreen({ kind: 'error', message });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  if (screen.kind === 'ready') return <Explorer data={screen.data} />;
  return (
    <main className="flex h-dvh items-center justify-center bg-canvas p-6 font-sans text-ink">
      {screen.kind === 'loading' ? (
        <p role="status">{t('export.standaloneLoading', lang())}</p>
      ) : (
        <p role="alert" className="max-w-prose">
          {t('export.standaloneFailed', lang(), { message: screen.message })}
        </p>
      )}
    </main>
  );
}
