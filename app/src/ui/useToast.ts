// The explorer's toast: a short status line that clears itself, and copying to the clipboard with its outcome.
import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../state/types';
import { t } from './i18n';

/** The toast text (empty = none), a setter, and `copy(text)`, which toasts whether the clipboard took it. */
export function useToast(lang: Lang): { toast: string; setToast: (text: string) => void; copy: (text: string) => Promise<void> } {
  const [toast, setToast] = useState('');
  useEffect(() => {
    if (!toast) return;
    const id = setTimeout(() => setToast(''), 4000);
    return () => clearTimeout(id);
  }, [toast]);
  const copy = useCallback(
    async (text: string) => {
      try {
        await navigator.clipboard.writeText(text);
        setToast(t('shell.shareCopied', lang));
      } catch {
        setToast(t('shell.shareFailed', lang));
      }
    },
    [lang],
  );
  return { toast, setToast, copy };
}
