// "Open…": a standard file input (several files at once) behind a toolbar button.
import { useRef } from 'react';
import type { Lang } from '../../state/types';
import { buttonClass } from '../controls';
import { t } from '../i18n';

/** File types the importer reads (the input also accepts anything: content sniffing decides). */
export const OPEN_ACCEPT = '.json,.zip,.gexf,.graphml,.xml,.csv,.tsv,.txt,.md,.xlsx';

/** The Open button and its hidden file input (`data-testid="open-files"` for tests). */
export function OpenButton({ lang, onFiles }: { lang: Lang; onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" title={t('import.openHint', lang)} onClick={() => input.current?.click()} className={buttonClass()}>
        {t('import.open', lang)}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={OPEN_ACCEPT}
        aria-hidden="true"
        data-testid="open-files"
        className="sr-only"
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          onFiles(files);
        }}
      />
    </>
  );
}
